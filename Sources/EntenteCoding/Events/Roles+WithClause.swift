import EntenteCore

extension Roles {
    /// Whether mention `m` is the subject of a "with" clause of its own: "opened peace talks
    /// near Oslo, *with Norway and Cuba acting as guarantors*", "…, with Russia backing the
    /// rebels". Such a "with" sets a circumstance beside the act; it names no one the act is
    /// done to, as "talks with Norway" would.
    static func isSubjectOfWithClause(_ m: Int, view: SentenceView) -> Bool {
        let first = view.groupOf[m]?.first ?? m
        let last = view.groupOf[m]?.last ?? m
        let before = view.mentions[first].tokens.lowerBound - 1
        let after = view.mentions[last].tokens.upperBound
        guard before >= 0, view.lowered[before] == "with", after < view.tokens.count else { return false }
        return view.tokens[after].tag == .verb && view.lowered[after].hasSuffix("ing")
    }
}
