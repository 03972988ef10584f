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

    /// The agent after "by" of the act a judging verb at `trigger` takes as its object:
    /// "condemned the isolation of Qatar *by Saudi Arabia*", "criticised the killing of
    /// protesters *by the police*". A judgement of an act is aimed at whoever did it, not at
    /// whom it was done to. The object is a noun right after the trigger (past determiners and
    /// adjectives), and "by" must follow it in the clause before any verb or punctuation.
    static func judgedActAgent(after trigger: Int, clause: Range<Int>, source: Int?, view: SentenceView) -> Int? {
        var noun = trigger + 1
        while noun < clause.upperBound, view.tokens[noun].tag == .determiner || view.tokens[noun].tag == .adjective { noun += 1 }
        guard noun < clause.upperBound, view.tokens[noun].tag == .noun, !view.insideMention[noun] else { return nil }
        var i = noun + 1
        while i + 1 < clause.upperBound, i <= noun + 12 {
            let tag = view.tokens[i].tag
            if tag == .verb || tag == .punctuation || tag == .auxiliary { return nil }
            if view.lowered[i] == "by" {
                let start = view.lowered[i + 1] == "the" ? i + 2 : i + 1
                guard let agent = view.mentionStarting[start], !view.mentions[agent].isPlace,
                      isOtherParty(agent, source: source, trigger: trigger, view: view) else { return nil }
                return agent
            }
            i += 1
        }
        return nil
    }
}
