import EntenteCore

/// CAMEO codes an attack on a named political figure as an assassination: killed (186,
/// "assassinate") or shot, stabbed or wounded and alive (185, "attempt to assassinate"), which
/// the generic patterns of "kill", "shoot" or "stab" (190, 193, 180) cannot tell. "Israeli
/// Prime Minister Yitzhak Rabin was shot dead by a Jewish extremist" → 186; "Slovak Prime
/// Minister Robert Fico was shot several times and seriously wounded" → 185.
///
/// Such an attacker is often a lone man the dictionaries cannot place ("a gunman", "a
/// 71-year-old man"); with no one else of another country in the sentence, the attack is a
/// domestic one, made by the victim's country's civilians (`CVL`).
enum Assassinations {
    /// Verbs (by lemma) of an attack on a person.
    static let attackVerbs: WordSet = ["kill", "murder", "slay", "assassinate", "shoot", "gun", "stab", "wound", "injure"]

    /// Verbs whose act leaves the victim dead.
    static let killingVerbs: WordSet = ["kill", "murder", "slay", "assassinate"]

    /// Words after the verb that say the victim died ("shot dead", "stabbed to death").
    static let deathWords: WordSet = ["dead", "death"]

    /// The generic codes an assassination replaces: killing with unstated weapons (190),
    /// small arms (193), unconventional violence (180), physical assault (182).
    static let genericCodes: WordSet = ["190", "193", "180", "182", "18", "19"]

    /// The victim of the candidate's attack: its target, when a named person with one code
    /// that has a country (a leader from the leaders' dictionaries, "Prime Minister Shinzo Abe"),
    /// not an organisation's, and not written as a possessor.
    static func victim(of candidate: EventCoder.Candidate, view: SentenceView) -> Int? {
        guard let target = candidate.target, candidate.impliedTargetCode == nil,
              attackVerbs.contains(key: view.lemmaKeys[candidate.trigger]) else { return nil }
        let mention = view.mentions[target]
        guard mention.source == .person, let code = mention.code, ActorCode.hasCountry(code),
              !EventCoder.transnationalPrefixes.contains(ActorCode.country(of: code)),
              // "President Habyarimana's plane was shot down": the possessor is not the one hit.
              !["'s", "\u{2019}s"].contains(view.lowered[mention.tokens.upperBound]) else { return nil }
        return target
    }

    /// 186 or 185 for a generic attack code on a named political figure, else the code unchanged.
    static func code(_ code: String, candidate: EventCoder.Candidate, view: SentenceView) -> String {
        guard genericCodes.contains(code), victim(of: candidate, view: view) != nil else { return code }
        let trigger = candidate.trigger
        let dies = killingVerbs.contains(key: view.lemmaKeys[trigger])
            || Range.between(trigger + 1, min(view.tokens.count, trigger + 4)).contains { deathWords.contains(key: view.keys[$0]) }
        return dies ? "186" : "185"
    }

    /// The victim's country's civilians (`CVL`), for an assassination whose attacker is not
    /// named: the candidate has no source, is stated as having happened, and no actor of
    /// another country than the victim's is named in the sentence (not "killed in an *Israeli*
    /// strike").
    static func domesticAttacker(of candidate: EventCoder.Candidate, view: SentenceView) -> String? {
        guard candidate.source == nil, candidate.mode.isFactual, let code = candidate.pattern.code,
              genericCodes.contains(code) || code == "186" || code == "185",
              let victim = victim(of: candidate, view: view), let victimCode = view.mentions[victim].code else { return nil }
        let country = ActorCode.country(of: victimCode)
        return Roles.namesAnotherCountry(than: country, view: view, countingInternational: true) ? nil : country + "CVL"
    }
}
