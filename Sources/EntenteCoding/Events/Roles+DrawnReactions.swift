import EntenteCore

/// "…, drawing a sharp rebuke from Beijing", "The decision drew criticism from China": a
/// reaction noun that a verb of eliciting takes as its object, followed by "from" and an actor,
/// is that actor's reaction to the subject of the eliciting verb's clause. Before, the noun had
/// no possessor, "by" or light verb, and no source.
extension Roles {
    /// Verbs (by lemma) whose object is a reaction they call forth.
    static let elicitingVerbs: WordSet = ["draw", "prompt", "spark", "provoke", "trigger", "attract", "earn", "elicit", "face"]

    /// For a noun at `trigger` right before "from" and an actor, governed by an eliciting verb:
    /// the actor after "from" (who reacts) and the subject of the verb's clause (to whom).
    static func drawnReaction(_ trigger: Int, clause: Range<Int>, view: SentenceView) -> (reactor: Int, drawer: Int)? {
        guard view.lowered[trigger + 1] == "from" else { return nil }
        var start = trigger + 2
        if view.tokens[start].tag == .determiner { start += 1 }
        guard let reactor = view.mentionStarting[start], !view.mentions[reactor].isPlace,
              let verb = Modality.governingVerb(ofNoun: trigger, in: clause, view: view),
              elicitingVerbs.contains(key: view.lemmaKeys[verb]),
              let drawer = view.clauses.subjects[view.clauses.clauseOf[verb]],
              view.groupHead(drawer) != view.groupHead(reactor) else { return nil }
        return (view.groupHead(reactor), drawer)
    }
}
