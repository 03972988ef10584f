import EntenteCore

/// Groups of mentions joined by "and", "or" or commas: "Mali, Niger and Burkina Faso".
enum Coordination {
    static let joiners: Set<String> = [",", "and", "or", "&"]

    /// Index groups of two or more coordinated, non-place mentions.
    static func groups(_ mentions: [ActorMention], tokens: [Token]) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in mentions.indices {
            if let last = current.last, joined(mentions[last], mentions[index], tokens: tokens) {
                current.append(index)
            } else {
                if current.count >= 2 { groups.append(current) }
                current = mentions[index].isPlace ? [] : [index]
            }
        }
        if current.count >= 2 { groups.append(current) }
        return groups
    }

    static func joined(_ a: ActorMention, _ b: ActorMention, tokens: [Token]) -> Bool {
        guard !b.isPlace, a.tokens.upperBound < b.tokens.lowerBound else { return false }
        let gap = tokens[a.tokens.upperBound..<b.tokens.lowerBound].map { $0.text.lowercased() }
        return gap.count <= 2 && gap.allSatisfy { joiners.contains($0) }
    }
}
