import EntenteCore

/// Whom a judgement is aimed at when it names an act, not an actor: "North Korea launched a
/// rocket, and Japan condemned *the launch*" is aimed at North Korea.
extension Roles {
    /// Nouns that name an act already told without repeating its verb ("condemned *the move*").
    static let actNouns: WordSet = ["move", "decision", "step", "action", "act"]

    /// The doer of the act the judging verb at `trigger` takes as its object: a noun after it
    /// (past determiners and adjectives) of the same lemma as a verb earlier in the sentence
    /// ("launched" … "the launch"), or one of ``actNouns`` standing for the nearest earlier
    /// verb that has a coded subject. The doer is that verb's clause subject, when it is
    /// another party than the source.
    static func judgedActDoer(after trigger: Int, source: Int?, view: SentenceView) -> Int? {
        var noun = trigger + 1
        while noun < view.tokens.count, view.tokens[noun].tag == .determiner || view.tokens[noun].tag == .adjective { noun += 1 }
        guard noun < view.tokens.count, view.tokens[noun].tag == .noun, !view.insideMention[noun] else { return nil }
        let standsForAnyAct = actNouns.contains(key: view.lemmaKeys[noun])
        for verb in stride(from: trigger - 1, through: 0, by: -1) where view.tokens[verb].tag == .verb {
            guard standsForAnyAct || view.lemmaKeys[verb] == view.lemmaKeys[noun] else { continue }
            guard let doer = view.clauses.subjects[view.clauses.clauseOf[verb]] else {
                if standsForAnyAct { continue }
                return nil
            }
            return isOtherParty(doer, source: source, trigger: trigger, view: view) ? doer : nil
        }
        return nil
    }
}
