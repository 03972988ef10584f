import EntenteCore

/// Groups of mentions joined by "and", "or" or commas: "Mali, Niger and Burkina Faso".
///
/// A run joined by commas alone is an apposition ("Burkina Faso's leader, Captain Ibrahim
/// Traoré"), not a group, so a group needs a conjunction somewhere in it.
enum Coordination {
    static let conjunctions: WordSet = ["and", "or", "&"]

    /// Index groups of two or more coordinated, non-place mentions.
    static func groups<Tokens: RandomAccessCollection>(_ mentions: [ActorMention], tokens: Tokens) -> [[Int]] where Tokens.Element == Token, Tokens.Index == Int {
        var groups: [[Int]] = []
        var current: [Int] = []
        var hasConjunction = false
        func close() {
            if current.count >= 2, hasConjunction { groups.append(current) }
        }
        for index in mentions.indices {
            if let last = current.last, let gap = joiningGap(mentions[last], mentions[index], tokens: tokens) {
                current.append(index)
                hasConjunction = hasConjunction || gap.contains { conjunctions.contains($0) }
            } else {
                close()
                current = mentions[index].isPlace ? [] : [index]
                hasConjunction = false
            }
        }
        close()
        return groups
    }

    /// The lower-cased tokens between two mentions, if they are commas and conjunctions,
    /// with at most a determiner and adjectives before the second ("Arnor and the evil Gondor").
    static func joiningGap<Tokens: RandomAccessCollection>(_ a: ActorMention, _ b: ActorMention, tokens: Tokens) -> [String]? where Tokens.Element == Token, Tokens.Index == Int {
        guard !b.isPlace, a.tokens.upperBound < b.tokens.lowerBound else { return nil }
        let range = a.tokens.upperBound..<b.tokens.lowerBound
        guard range.count <= 5 else { return nil }
        let gap = range.map { tokens[$0].text.lowercased() }
        guard let firstModifier = range.firstIndex(where: { !(tokens[$0].text == "," || conjunctions.contains(gap[$0 - range.lowerBound])) }) else {
            return gap.count <= 2 ? gap : nil
        }
        guard firstModifier > range.lowerBound,
              range[firstModifier...].allSatisfy({ tokens[$0].tag == .determiner || tokens[$0].tag == .adjective }) else { return nil }
        return gap
    }
}
