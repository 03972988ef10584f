import EntenteCore

/// Targets a sentence implies rather than names: the government protests are against, the
/// population a curfew falls on, a state's own people.
extension Roles {
    /// The target a sentence implies for an act with source `source` and code `code`, with the
    /// mention its code is read off; the target found so far, with no code, when none applies.
    static func impliedTarget(code: String, match: PatternMatch, trigger: Int, source: Int, target: Int?, clause: Range<Int>,
                              view: SentenceView, notes: inout ExplanationNotes) -> (target: Int?, code: String?) {
        // "Thousands rallied in Tbilisi": a protest with no one named protests against the
        // government of the country it takes place in, as ICEWS and GDELT code it.
        if target == nil, code.hasPrefix("14"), let (mention, country) = homeCountry(source: source, in: clause, view: view) {
            notes.add("target: the government where the protest takes place (\(country)GOV)")
            return (mention, country + "GOV")
        }
        // "Iranian security forces arrested hundreds of protesters": a state's police, spies,
        // courts or government act on people of their own country unless a place says otherwise.
        if target == nil, let object = match.countrylessObject ?? countrylessObject(after: trigger, view: view),
           let implied = domesticTarget(object, source: source, root: String(code.prefix(2)), view: view) {
            notes.add("target: people of the source's own country (\(implied))")
            return (object, implied)
        }
        // "Burkinabe troops massacred about 170 villagers": people of no named country whom
        // force is used on belong where it happens, or, with no other country in the
        // sentence, to the armed side's own.
        if target == nil, violentRoots.contains(String(code.prefix(2))),
           let object = match.countrylessObject ?? countrylessObject(after: trigger, view: view),
           let implied = victimsCountryCode(object, source: source, clause: clause, view: view) {
            notes.add("target: people where the force is used (\(implied))")
            return (object, implied)
        }
        // "Hutu militias killed tens of thousands of Tutsis": mass violence (20) is done to a
        // population, named or not: the people where it happens.
        if target == nil, MassKillings.code(code, trigger: trigger, view: view).hasPrefix("20"),
           let (mention, country) = homeCountry(source: source, in: clause, view: view),
           mention != source || !namesAnotherCountry(than: country, view: view) {
            notes.add("target: the population where the mass violence happens (\(country)CVL)")
            return (mention, country + "CVL")
        }
        // "Nigerian police arrested Moshood Abiola": a person the dictionaries do not know,
        // arrested or repressed (17) by a state's own organs at home, is one of its people.
        if target == nil, code.hasPrefix("17"), startsUnknownName(trigger + 1, view: view),
           let implied = domesticTarget(nil, source: source, root: "17", view: view) {
            notes.add("target: a person of the source's own country (\(implied))")
            return (source, implied)
        }
        // "German prosecutors are investigating whether an aide passed information …": an
        // investigation (09) by a state's own organs that names no one looks into something in
        // their own country.
        if target == nil, code.hasPrefix("09"), let implied = domesticTarget(nil, source: source, root: "09", view: view) {
            notes.add("target: the source's own country, where it investigates (\(implied))")
            return (source, implied)
        }
        // "Colombia's government deployed thousands of police officers in Bogota": a show of
        // force with the state's own forces as its object is aimed at the population.
        if let target, code.hasPrefix("15"), let sourceCode = view.mentions[source].codes.first,
           let targetCode = view.mentions[target].codes.first, EventCoder.isStateActingOnItself(sourceCode, targetCode) {
            let implied = ActorCode.country(of: sourceCode) + "CVL"
            notes.add("target: the population the state's own forces are shown to (\(implied))")
            return (target, implied)
        }
        // "Sri Lanka's president declared a state of emergency", "the junta lifted the curfew in
        // Bamako": restrictions imposed or eased with no one named fall on the population.
        if target == nil, populationCodes.contains(where: { code.hasPrefix($0) }),
           let (mention, country) = homeCountry(source: source, in: clause, view: view) {
            notes.add("target: the population where the measure applies (\(country)CVL)")
            return (mention, country + "CVL")
        }
        return (target, nil)
    }

    /// The mention right after the trigger (only fillers between) when none of its codes has
    /// a country: "released *opposition leader* Aung San Suu Kyi".
    static func countrylessObject(after trigger: Int, view: SentenceView) -> Int? {
        var i = trigger + 1
        while i < view.tokens.count, view.mentionStarting[i] == nil, view.isFiller(i) { i += 1 }
        guard i < view.tokens.count, let m = view.mentionStarting[i], !view.mentions[m].isPlace,
              !view.mentions[m].codes.isEmpty, !view.mentions[m].codes.contains(where: ActorCode.hasCountry) else { return nil }
        return m
    }

    /// A name of two or more capitalised words that is no actor mention: a person the
    /// dictionaries do not know.
    static func startsUnknownName(_ i: Int, view: SentenceView) -> Bool {
        guard i + 1 < view.tokens.count else { return false }
        return (i...i + 1).allSatisfy { k in
            view.tokens[k].tag == .properNoun && !view.insideMention[k] && view.tokens[k].text.first?.isUppercase == true
        }
    }

    /// State organs that act at home: police, intelligence, courts, government.
    static let domesticSectors: WordSet = ["COP", "SPY", "JUD", "GOV"]

    /// For a target with no country, acted on by a domestic state organ, the target's sector
    /// in the organ's country, unless a place in the sentence lies in another country.
    /// With no target mention, the organ's country's civilians.
    static func domesticTarget(_ target: Int?, source: Int, root: String, view: SentenceView) -> String? {
        let targetCodes = target.map { view.mentions[$0].codes } ?? ["---CVL"]
        guard let targetCode = targetCodes.first, targetCodes.allSatisfy({ !ActorCode.hasCountry($0) }),
              let sourceCode = view.mentions[source].codes.first, ActorCode.hasCountry(sourceCode) else { return nil }
        // Armies act abroad too; at home they arrest, ban and repress (17).
        let sector = String(sourceCode.dropFirst(3).prefix(3))
        guard domesticSectors.contains(sector) || sector == "MIL" && root == "17" else { return nil }
        let country = ActorCode.country(of: sourceCode)
        guard !EventCoder.transnationalPrefixes.contains(country),
              view.mentions.allSatisfy({ !$0.isPlace || $0.codes.allSatisfy { ActorCode.country(of: $0) == country } }) else { return nil }
        return country + targetCode.dropFirst(3)
    }

    /// The code of civilian victims `victims` (a mention with no country) of force used by
    /// `source`: their sector in the country of the first place in the clause, else in the
    /// source's own country when no mention in the sentence names another one.
    static func victimsCountryCode(_ victims: Int, source: Int, clause: Range<Int>, view: SentenceView) -> String? {
        guard let victimsCode = view.mentions[victims].codes.first,
              ActorMatcher.civilianSectors.contains(String(victimsCode.dropFirst(3).prefix(3))),
              let (mention, country) = homeCountry(source: source, in: clause, view: view) else { return nil }
        guard mention != source || !namesAnotherCountry(than: country, view: view) else { return nil }
        return country + victimsCode.dropFirst(3)
    }

    /// Whether a mention in the sentence names a state other than `country`. International
    /// bodies and groups (`IGO`, `NGO`, …) are no other state ("…, Amnesty International
    /// said") unless `countingInternational`.
    static func namesAnotherCountry(than country: String, view: SentenceView, countingInternational: Bool = false) -> Bool {
        view.mentions.contains { other in
            other.codes.contains { code in
                let prefix = ActorCode.country(of: code)
                return ActorCode.hasCountry(code) && prefix != country && (countingInternational || !EventCoder.transnationalPrefixes.contains(prefix))
            }
        }
    }

    /// Codes of restrictions a state imposes on or lifts from its own population: curfews,
    /// states of emergency, bans on parties and media (172x) and their easing (081x).
    static let populationCodes = ["172", "081"]

    /// "…the boundary with Kosovo, where ethnic Serbs have been blocking roads": a clause
    /// opened by "where" takes place at the last place or country named before it.
    static func whereAntecedent(of clause: Range<Int>, view: SentenceView) -> Int? {
        guard view.lowered[clause.lowerBound] == "where" else { return nil }
        return view.mentions.indices.last { m in
            let mention = view.mentions[m]
            return mention.tokens.upperBound <= clause.lowerBound && (mention.isPlace || mention.kind == .country || mention.source == .capital)
        }
    }

    /// Where an act with no named target takes place: the country of the first place in the
    /// clause, else the source's own. Returns the mention the country is read off.
    static func homeCountry(source: Int, in clause: Range<Int>, view: SentenceView) -> (mention: Int, country: String)? {
        let place = view.mentions.indices.first { view.mentions[$0].isPlace && clause.contains(view.mentions[$0].tokens.lowerBound) }
            ?? whereAntecedent(of: clause, view: view)
        let mention = place ?? source
        // "workers marched through Brussels": an organisation's seat is in its host country.
        if view.mentions[mention].isPlace { return LocalProtesters.country(ofPlace: view.mentions[mention]).map { (mention, $0) } }
        guard let code = view.mentions[mention].codes.first, ActorCode.hasCountry(code) else { return nil }
        let country = ActorCode.country(of: code)
        guard !EventCoder.transnationalPrefixes.contains(country) else { return nil }
        return (mention, country)
    }
}
