import EntenteCore

/// Finds who a sentence quotes: "…, the Pentagon said", "Niger said that …", "according to
/// Niger's foreign ministry".
enum Attribution {
    static let speechVerbs: Set<String> = ["say", "tell", "announce", "state", "claim", "report", "confirm", "add", "write", "declare", "insist"]

    struct Reporter {
        var code: String
        var mention: Int
    }

    static func reporter(in view: SentenceView) -> Reporter? {
        for i in view.tokens.indices where view.tokens[i].tag == .verb && speechVerbs.contains(view.lemmas[i]) && !view.lowered[i].hasSuffix("ing") {
            // "…, X said." / "X said that …"
            if let subject = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == i }),
               let code = view.mentions[subject].codes.first {
                return Reporter(code: code, mention: subject)
            }
            // "…, said X."
            if let after = view.mentionStarting[i + 1] ?? view.mentionStarting[i + 2], let code = view.mentions[after].codes.first {
                return Reporter(code: code, mention: after)
            }
        }
        if let according = view.lowered.indices.first(where: { view.lowered[$0] == "according" && view.lowered[safe: $0 + 1] == "to" }),
           let mention = view.mentions.indices.first(where: { (according + 2...according + 4).contains(view.mentions[$0].tokens.lowerBound) }),
           let code = view.mentions[mention].codes.first {
            return Reporter(code: code, mention: mention)
        }
        return nil
    }
}
