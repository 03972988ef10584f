import EntenteCore

/// Whom a denial answers: the one who accused. "Iran denied *U.S.* accusations that it had
/// supplied drones", "Russia denied that it was behind the attack, a day after *Prime Minister
/// Theresa May* said Moscow was responsible", "Seoul denied it had sent shells to Ukraine, after
/// *Moscow* warned it". CAMEO's 016 (deny responsibility) is aimed at the accuser, not at whom
/// the denied act concerned.
extension Roles {
    /// Nouns that name an accusation.
    static let accusationNouns: WordSet = [
        "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "report", "reports",
    ]

    /// Verbs by which a clause after "after" accuses: "after Washington *blamed* Tehran".
    static let accusingVerbs: WordSet = ["accuse", "blame", "allege", "claim", "charge", "say", "warn", "suggest"]

    /// The accuser a denial answers, if the sentence names one with a country that is not the
    /// source's own side: the
    /// actor right before an accusation noun (adjectives between: "U.S. and European
    /// accusations"), the one after "by" right after such a noun ("claims by Congolese
    /// lawmakers"), or the subject of an "after" clause whose first verb accuses.
    static func accuser(source: Int?, trigger: Int, view: SentenceView) -> Int? {
        // The accuser may be who the sentence quotes ("…, a day after Theresa May said …"), but
        // not the source's own side.
        func fits(_ m: Int) -> Bool {
            !view.mentions[m].isPlace && view.mentions[m].codes.contains(where: ActorCode.hasCountry) && m != source
                && !isSourcesOwn(m, source: source, view: view)
        }
        for m in view.mentions.indices where fits(m) {
            var i = view.mentions[m].tokens.upperBound
            while i < view.tokens.count, view.tokens[i].tag == .adjective { i += 1 }
            if accusationNouns.contains(key: view.keys[i]) { return m }
            let start = view.mentions[m].tokens.lowerBound
            if start >= 2, view.lowered[start - 1] == "by", accusationNouns.contains(key: view.keys[start - 2]) { return m }
        }
        for (k, clause) in view.clauses.ranges.enumerated() where view.lowered[clause.lowerBound] == "after" {
            guard let subject = view.clauses.subjects[k], view.mentions[subject].tokens.lowerBound > clause.lowerBound, fits(subject),
                  let verb = clause.first(where: { view.tokens[$0].tag == .verb }), accusingVerbs.contains(key: view.lemmaKeys[verb]) else { continue }
            return subject
        }
        return nil
    }
}
