import EntenteCore

/// CAMEO codes a refusal to cooperate or to yield in its own root 12: "will not lift the
/// embargo" is 1244, "would not extradite the two suspects" 1213, "refused to lift the ban"
/// 1241. A negated act of roots 04 and 06–08 that its actor states it will not do is
/// therefore coded as the matching 12x refusal, said now; a negated act told as a fact ("did
/// not lift") is no event.
enum RefusalCodes {
    /// Longest code prefix first.
    static let table: [(prefix: String, refusal: String)] = [
        ("0831", "1231"), ("081", "1241"), ("082", "1242"), ("083", "123"), ("084", "1243"), ("085", "1244"),
        ("086", "1245"), ("087", "1246"), ("08", "124"),
        ("061", "1211"), ("062", "1212"), ("063", "1213"), ("06", "121"),
        ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"), ("07", "122"),
        ("04", "125"),
    ]

    /// The 12x code for refusing `code`, if CAMEO has one.
    static func refusal(of code: String) -> String? {
        table.first { code.hasPrefix($0.prefix) }?.refusal
    }
}

extension Modality {
    /// Verbs that, before "to", refuse what follows: "refused to lift the ban".
    static let refusingVerbs: WordSet = ["refuse", "decline", "reject"]

    /// Auxiliaries that, negated right before an act, state that it will not be done.
    static let statingAuxiliaries: WordSet = ["will", "would", "wo", "shall"]

    /// Whether the negated act at `trigger` is refused by its actor: "refused (on Monday) to
    /// lift", or "will not", "would not", "won't", "will never" with only adverbs between ("will
    /// not immediately lift"). "Did not lift", "failed to lift" tell a fact, not a refusal.
    static func isRefusal(_ trigger: Int, view: SentenceView) -> Bool {
        if trigger >= 2, view.lowered[trigger - 1] == "to" {
            let governor = governingWord(beforeTo: trigger - 1, view: view)
            return governor >= 0 && view.tokens[governor].tag == .verb && refusingVerbs.contains(key: view.lemmaKeys[governor])
        }
        var i = trigger - 1
        while i > 0, view.tokens[i].tag == .adverb, !negations.contains(key: view.keys[i]) { i -= 1 }
        guard i >= 1, ["not", "n't", "never"].contains(view.lowered[i]) else { return false }
        return statingAuxiliaries.contains(key: view.keys[i - 1])
    }
}
