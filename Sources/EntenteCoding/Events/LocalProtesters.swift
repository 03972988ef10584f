import EntenteCore

/// "Tens of thousands of people rallied in front of South Korea's National Assembly", "Nearly
/// two million people marched through Hong Kong": protesters the dictionaries place in no
/// country (`---CVL`, `---AGR`) protest where they are, so they are people of the country
/// the protest takes place in — the country of a place in the clause, else that of the state
/// organ they protest against. Without this their protest was dropped for want of a country.
/// Only protests (root 14): a bare "gunmen" or "villagers" in a one-country sentence is left
/// alone (see ``LoneCountry``).
enum LocalProtesters {
    /// The source code the protest of `candidate` implies, when its source has no country.
    static func sourceCode(of candidate: EventCoder.Candidate, view: SentenceView) -> String? {
        guard candidate.impliedSourceCode == nil, let code = candidate.pattern.code, code.hasPrefix("14"),
              let source = candidate.source, let sourceCode = view.mentions[source].codes.first,
              view.mentions[source].codes.allSatisfy({ !ActorCode.hasCountry($0) }),
              sourceCode.hasPrefix(ActorCode.unknownCountry),
              ActorMatcher.civilianSectors.contains(String(sourceCode.dropFirst(3).prefix(3))) else { return nil }
        guard let country = placeCountry(of: candidate, view: view) ?? organCountry(of: candidate, view: view) else { return nil }
        return country + sourceCode.dropFirst(3)
    }

    /// The country of the first place named in the trigger's clause.
    static func placeCountry(of candidate: EventCoder.Candidate, view: SentenceView) -> String? {
        let clause = view.clause(of: candidate.trigger)
        guard let place = view.mentions.first(where: { $0.isPlace && clause.contains($0.tokens.lowerBound) }) else { return nil }
        return country(ofPlace: place)
    }

    /// The country a place lies in. "farmers protested in Brussels": a city coded for the
    /// organisation seated there is still in its host country; nil for any other place of no
    /// state.
    static func country(ofPlace place: ActorMention) -> String? {
        guard let code = place.codes.first, ActorCode.hasCountry(code) else { return nil }
        let country = ActorCode.country(of: code)
        if EventCoder.transnationalPrefixes.contains(country) {
            return place.source == .capital ? seatHosts[place.text.lowercased()] : nil
        }
        return country
    }

    /// The host countries of the cities the dictionaries code as an organisation's capital
    /// (`capital` in `70-organizations.actors`): "Brussels" is the EU's, in Belgium.
    static let seatHosts: [String: String] = ["brussels": "BEL", "bruxelles": "BEL"]

    /// The country of the target when it is a state or one of its organs (its government,
    /// parliament, courts, police, army).
    static func organCountry(of candidate: EventCoder.Candidate, view: SentenceView) -> String? {
        guard let target = candidate.target, let code = candidate.impliedTargetCode ?? view.mentions[target].codes.first,
              ActorCode.hasCountry(code), EventCoder.stateOrgans.contains(String(code.dropFirst(3).prefix(3))) else { return nil }
        let country = ActorCode.country(of: code)
        return EventCoder.transnationalPrefixes.contains(country) ? nil : country
    }
}
