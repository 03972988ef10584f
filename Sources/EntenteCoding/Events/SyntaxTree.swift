import EntenteCore
import EntenteText

/// A sentence's dependency tree (see ``DependencyParser``) read the way the role rules ask
/// of it: token indices from 0, each word's head and relation, its children by relation.
struct SyntaxTree {
    /// The head token of each token, nil for the root word.
    let heads: [Int?]
    /// The universal relation of each token to its head, without subtype ("nsubj", "obl"),
    /// and its full relation ("nsubj:pass", "obl:agent").
    let relations: [String]
    let fullRelations: [String]
    /// Children of each token, left to right.
    let children: [[Int]]

    init(_ tree: DependencyTree) {
        let count = tree.heads.count
        heads = tree.heads.map { $0 > 0 && $0 <= count ? $0 - 1 : nil }
        fullRelations = tree.relations
        relations = tree.relations.map { relation in relation.split(separator: ":", maxSplits: 1).first.map(String.init) ?? relation }
        var children = [[Int]](repeating: [], count: count)
        for (index, head) in heads.enumerated() {
            if let head { children[head].append(index) }
        }
        self.children = children
    }

    /// The tree of `sentence`'s tokens, as tagged, or nil when it has none.
    static func parse(_ tokens: PaddedArray<Token>, model: ParserModel) -> SyntaxTree? {
        guard !tokens.isEmpty else { return nil }
        let tree = DependencyParser.parse(words: tokens.map(\.text), tags: tokens.map { $0.tag ?? .other }, model: model)
        guard tree.heads.count == tokens.count else { return nil }
        return SyntaxTree(tree)
    }

    /// Whether `index` is a token of the tree.
    func contains(_ index: Int) -> Bool { index >= 0 && index < heads.count }

    /// The first child of `index` whose relation (with subtype, or its universal part) is
    /// one of `names`.
    func child(of index: Int, _ names: Set<String>) -> Int? {
        guard contains(index) else { return nil }
        return children[index].first { names.contains(fullRelations[$0]) || names.contains(relations[$0]) }
    }

    /// The children of `index` whose relation is one of `names`.
    func childrenOf(_ index: Int, _ names: Set<String>) -> [Int] {
        guard contains(index) else { return [] }
        return children[index].filter { names.contains(fullRelations[$0]) || names.contains(relations[$0]) }
    }

    /// The case marker of a nominal (its `case` child's lower-cased word), if any.
    func preposition(of index: Int, lowered: PaddedArray<String>) -> String? {
        child(of: index, ["case"]).map { lowered[$0] }
    }
}
