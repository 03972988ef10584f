import EntenteCore

/// "Thailand extradited Russian arms dealer Viktor Bout to the United States", "Turkey
/// extradited two suspected Islamic State members to Iraq": a verb that moves someone or
/// something to a recipient acts on the recipient named after "to", not on what it moves, even
/// when what it moves is an actor with a country.
extension Roles {
    /// Verbs (by lemma) that hand someone or something over to a recipient. Not "deport": a
    /// deportation (174) is aimed at those deported ("deported 200 Venezuelans to El Salvador"
    /// is done to Venezuela).
    static let transferVerbs: WordSet = [
        "extradite", "hand", "transfer", "repatriate", "return", "send", "deliver", "sell", "supply",
        "give", "ship", "donate", "surrender",
    ]

    /// The recipient of a transfer whose object is mention `object`: the first actor with a
    /// country (a place only if it names a country or its capital) introduced by "to" (with or
    /// without "the") after the object, no verb, comma or clause end between; nil if none or
    /// if the trigger is no transfer verb.
    static func recipient(of trigger: Int, object: Int, source: Int?, clause: Range<Int>, view: SentenceView) -> Int? {
        let start = view.groupOf[object].map { view.mentions[$0.last!].tokens.upperBound } ?? view.mentions[object].tokens.upperBound
        return recipient(of: trigger, from: start, source: source, clause: clause, view: view)
    }

    /// The recipient of a passive transfer, whose subject is what is handed over: "a gang
    /// leader was extradited by Guatemala *to the United States*". Looked for as after an
    /// active's object, from right after the trigger (past the "by" agent).
    static func passiveRecipient(of trigger: Int, source: Int?, clause: Range<Int>, view: SentenceView) -> Int? {
        recipient(of: trigger, from: trigger + 1, source: source, clause: clause, view: view)
    }

    /// ``recipient(of:object:source:clause:view:)`` looked for from token `start`.
    private static func recipient(of trigger: Int, from start: Int, source: Int?, clause: Range<Int>, view: SentenceView) -> Int? {
        guard transferVerbs.contains(key: view.lemmaKeys[trigger]) else { return nil }
        var k = start
        while k < min(clause.upperBound, start + 8) {
            if view.lowered[k] == "to", view.tokens[k].tag == .adposition {
                let next = view.lowered[k + 1] == "the" ? k + 2 : k + 1
                guard let m = view.mentionStarting[next] else { return nil }
                let mention = view.mentions[m]
                guard !mention.isPlace || mention.kind == .country || mention.source == .capital else { return nil }
                return isOtherParty(m, source: source, trigger: trigger, view: view) ? m : nil
            }
            if view.tokens[k].tag == .verb || view.lowered[k] == "," { return nil }
            k += 1
        }
        return nil
    }
}
