import EntenteCore

/// Groups of mentions joined by "and", "or" or commas: "Mali, Niger and Burkina Faso".
///
/// A run joined by commas alone is an apposition ("Burkina Faso's leader, Captain Ibrahim
/// Traoré"), not a group, so a group needs a conjunction somewhere in it.
enum Coordination {
    static let conjunctions: WordSet = ["and", "or", "&"]

    /// Index groups of two or more coordinated, non-place mentions.
    static func groups<Tokens: RandomAccessCollection>(_ mentions: [ActorMention], tokens: Tokens, lowered: PaddedArray<String>) -> [[Int]] where Tokens.Element == Token, Tokens.Index == Int {
        var groups: [[Int]] = []
        var current: [Int] = []
        var hasConjunction = false
        func close() {
            if current.count >= 2, hasConjunction { groups.append(current) }
        }
        for index in mentions.indices {
            if let last = current.last, let gap = joiningGap(mentions[last], mentions[index], tokens: tokens),
               !opensClause(at: index, after: last, mentions: mentions, tokens: tokens, lowered: lowered) {
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

    /// "… severed ties with France, and Chad recalled its ambassador": ", and" after a lone
    /// mention, before names whose list runs into a verb, opens a new clause with its own
    /// subject and joins no list. After a list ("Mali, Niger, and Chad signed …") the comma is
    /// the list's own; without a comma ("attacks in Mali and Niger killed …") there is no break.
    static func opensClause<Tokens: RandomAccessCollection>(at index: Int, after previous: Int, mentions: [ActorMention], tokens: Tokens, lowered: PaddedArray<String>) -> Bool where Tokens.Element == Token, Tokens.Index == Int {
        let gap = Range.between(mentions[previous].tokens.upperBound, mentions[index].tokens.lowerBound)
        guard gap.contains(where: { lowered[$0] == "," }), gap.contains(where: { conjunctions.contains(lowered[$0]) }) else { return false }
        let before = mentions[previous].tokens.lowerBound - 1
        if lowered[before] == "," || conjunctions.contains(lowered[before]) { return false }
        let end = endOfList(startingWith: mentions[index], mentions: mentions, lowered: lowered)
        return end < tokens.count && (tokens[end].tag == .verb || tokens[end].tag == .auxiliary)
    }

    /// Where a list of mentions that opens with `first` ends: past each ", X", "and X", "or
    /// X" and ", and X" that follows it ("the United States, Japan and South Korea").
    static func endOfList(startingWith first: ActorMention, mentions: [ActorMention], lowered: PaddedArray<String>) -> Int {
        var end = first.tokens.upperBound
        while true {
            var next = end
            if lowered[next] == "," { next += 1 }
            if lowered[next] == "and" || lowered[next] == "or" { next += 1 }
            if lowered[next] == "the" { next += 1 }
            guard next > end, let member = mentions.first(where: { $0.tokens.lowerBound == next }) else { return end }
            end = member.tokens.upperBound
        }
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
