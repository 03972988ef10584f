import EntenteCore

/// "…, as a second contingent of Kenyan police **officers** landed in Port-au-Prince",
/// "Planes carrying medical **supplies** from Qatar and Kuwait landed in Beirut": when a
/// pattern's words before a verb trigger named the head of its subject (see
/// ``PatternMatch/subjectHead``), the actor is in that noun phrase, whatever the clause cutter
/// took as the clause's subject (here Haiti's prime minister, or none).
extension Roles {
    /// The actor of the subject phrase headed at `head`: the mention holding the head
    /// ("Kenyan police officers"), else the mention after a "from" or "of" right after the head,
    /// past fillers ("supplies from Qatar", "a contingent of about 200 Kenyan police officers"), else a mention ending in the two tokens before the head
    /// ("a Chinese medical team"); only one with a country, and never past the trigger.
    static func subjectPhraseActor(head: Int, trigger: Int, view: SentenceView) -> Int? {
        func placed(_ m: Int?) -> Int? {
            guard let m, !view.mentions[m].isPlace, view.mentions[m].codes.contains(where: ActorCode.hasCountry) else { return nil }
            return m
        }
        if let own = placed(view.mentions.indices.first(where: { view.mentions[$0].tokens.contains(head) })) { return own }
        // "supplies from Qatar", "a contingent of about 200 Kenyan police officers".
        if ["from", "of"].contains(view.lowered[head + 1]) {
            var k = head + 2
            while k < trigger, view.mentionStarting[k] == nil, view.isFiller(k) { k += 1 }
            if k < trigger, let origin = placed(view.mentionStarting[k]) { return origin }
        }
        return [head - 1, head - 2].lazy.compactMap { placed(view.mentionEnding[$0]) }.first
    }
}

extension Roles {
    /// Whether the subject phrase at `head` speaks for itself: the clause has no subject with
    /// a country, or a comma or a subordinator ("as", "after", "when") stands between that
    /// subject and the head, so the head opens a clause of its own the cutter did not split.
    static func subjectPhraseOverrides(head: Int, trigger: Int, view: SentenceView) -> Bool {
        guard let subject = view.clauses.subjects[view.clauses.clauseOf[trigger]],
              view.mentions[subject].codes.contains(where: ActorCode.hasCountry) else { return true }
        let end = view.mentions[subject].tokens.upperBound
        return Range.between(end, head).contains { view.lowered[$0] == "," || view.tokens[$0].tag == .subordinatingConjunction }
    }
}
