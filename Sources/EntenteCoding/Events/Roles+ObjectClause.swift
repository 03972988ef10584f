import EntenteCore

/// Whom an act done to a thing is aimed at, when the thing is described by a clause of its
/// own: "revoked the military accord *that allowed U.S. troops* to operate", "refused to extend
/// the grain deal, *which had allowed Ukraine* to export grain".
extension Roles {
    /// Words that open a clause describing the noun before it.
    static let describingOpeners: WordSet = ["which", "that", "who", "whose"]

    /// How many tokens may stand between the pattern's last word and the clause (a comma, the
    /// rest of the object's noun phrase).
    static let objectReach = 3

    /// The first actor (not a place, not a possessive pronoun) that may be the target in the
    /// clause right after the trigger's, when that clause opens with "which", "that", "who" or
    /// "whose" at most ``objectReach`` tokens after the pattern's last word. Only for a pattern that names the
    /// object with a word ("revoked the *accord*"): with none, the clause may describe anything.
    static func objectClauseTarget(after trigger: Int, patternEnd: Int, source: Int?, view: SentenceView) -> Int? {
        let k = view.clauses.clauseOf[trigger] + 1
        guard k < view.clauses.ranges.count else { return nil }
        let next = view.clauses.ranges[k]
        guard next.lowerBound >= patternEnd, next.lowerBound <= patternEnd + objectReach,
              describingOpeners.contains(key: view.keys[next.lowerBound]) else { return nil }
        return view.mentions.indices.first { m in
            let mention = view.mentions[m]
            // "a federation that focuses on *their* shared history": a possessive names whose
            // thing it is, not whom the clause concerns.
            let possessive = mention.tokens.count == 1 && possessivePronouns.contains(key: view.keys[mention.tokens.lowerBound])
            return next.contains(mention.tokens.lowerBound) && !mention.isPlace && !possessive
                && isOtherParty(m, source: source, trigger: trigger, view: view)
                && !isSameState(m, as: source, view: view)
        }
    }

    /// Whether mention `m` is only an organ of the state `source` belongs to ("declined to
    /// comment on reports that *the National Security Agency* had monitored Merkel's phone",
    /// said by the White House): the event would be dropped as a state acting on itself, so
    /// the clause's next actor is the one it concerns.
    static func isSameState(_ m: Int, as source: Int?, view: SentenceView) -> Bool {
        guard let source else { return false }
        let sourceCodes = view.actors(of: source).map(\.code)
        return !sourceCodes.isEmpty && view.mentions[m].codes.allSatisfy { code in
            sourceCodes.contains { EventCoder.isStateActingOnItself($0, code) }
        }
    }
}
