import EntenteCore

/// Finds who a sentence quotes: "…, the Pentagon said", "Niger said that …", "according to
/// Niger's foreign ministry".
enum Attribution {
    static let speechVerbs: WordSet = ["say", "tell", "announce", "state", "claim", "report", "confirm", "add", "write", "declare", "insist"]

    struct Reporter {
        var code: String
        var mention: Int
    }

    /// Verbs that report only at the end of a sentence: "…, a UN panel found.", "…, satellite
    /// images showed."
    static let findingVerbs: WordSet = ["find", "conclude", "show", "estimate", "determine", "establish"]

    static func reporter(in view: SentenceView) -> Reporter? {
        for i in view.tokens.indices where view.tokens[i].tag == .verb && !view.lowered[i].hasSuffix("ing")
            && (speechVerbs.contains(key: view.lemmaKeys[i]) || findingVerbs.contains(key: view.lemmaKeys[i]) && isSentenceFinal(i, view: view)) {
            // "…, X said." / "X said that …"
            // "a UN panel found": nouns of the speaker's phrase may follow the mention.
            if let subject = view.mentions.indices.last(where: { m in
                let end = view.mentions[m].tokens.upperBound
                return end <= i && i - end <= 2 && Range.between(end, i).allSatisfy { view.tokens[$0].tag == .noun }
            }),
               let code = view.mentions[subject].codes.first {
                return Reporter(code: code, mention: subject)
            }
            // "…, said X."
            if let after = view.mentionStarting[i + 1] ?? view.mentionStarting[i + 2], let code = view.mentions[after].codes.first {
                return Reporter(code: code, mention: after)
            }
        }
        if let according = view.lowered.indices.first(where: { view.lowered[$0] == "according" && view.lowered[$0 + 1] == "to" }),
           let mention = view.mentions.indices.first(where: { (according + 2...according + 4).contains(view.mentions[$0].tokens.lowerBound) }),
           let code = view.mentions[mention].codes.first {
            return Reporter(code: code, mention: mention)
        }
        return nil
    }

    /// Whether only punctuation, or a date ("on Sunday"), follows token `i`.
    static func isSentenceFinal(_ i: Int, view: SentenceView) -> Bool {
        Range.between(i + 1, view.tokens.count).allSatisfy { k in
            view.tokens[k].tag == .punctuation || view.sentence.dates.contains { $0.tokens.contains(k) } || view.lowered[k] == "on"
        }
    }
}
