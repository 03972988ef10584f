import EntenteCore
import EntenteText

/// A sentence's dependency tree (see ``DependencyParser``) read the way the role rules ask
/// of it: token indices from 0, each word's head and relation, its children by relation.
struct SyntaxTree {
    /// The head token of each token, nil for the root word (and, in a partial tree, for a
    /// word without its head yet).
    let heads: [Int?]
    /// The universal relation of each token to its head, without subtype ("nsubj", "obl"),
    /// and its full relation ("nsubj:pass", "obl:agent").
    let relations: [String]
    let fullRelations: [String]
    /// Children of each token, left to right.
    let children: [[Int]]
    /// Whether the parse is whole. A partial tree (see ``IncrementalParse``) answers the
    /// `settled…` questions only where the moves still to come cannot change the answer.
    let isComplete: Bool
    /// Per token, in a partial tree: whether it has its head, whether it has left the
    /// buffer, and whether it may still gain children.
    private let headKnown: [Bool]
    private let leftBuffer: [Bool]
    private let open: [Bool]

    /// What a partial tree cannot answer yet: the caller parses further and asks again.
    struct Undetermined: Error {}

    init(_ tree: DependencyTree) {
        self.init(tree, isComplete: true, headKnown: [], leftBuffer: [], open: [])
    }

    /// The tree of `parse` as far as it has gone.
    init(_ parse: IncrementalParse) {
        let words = 0..<parse.count
        self.init(parse.tree(), isComplete: parse.isComplete, headKnown: words.map(parse.hasHead),
                  leftBuffer: words.map(parse.hasLeftBuffer), open: words.map(parse.isOpen))
    }

    private init(_ tree: DependencyTree, isComplete: Bool, headKnown: [Bool], leftBuffer: [Bool], open: [Bool]) {
        let count = tree.heads.count
        heads = tree.heads.map { $0 > 0 && $0 <= count ? $0 - 1 : nil }
        fullRelations = tree.relations
        relations = tree.relations.map { relation in relation.split(separator: ":", maxSplits: 1).first.map(String.init) ?? relation }
        var children = [[Int]](repeating: [], count: count)
        for (index, head) in heads.enumerated() {
            if let head { children[head].append(index) }
        }
        self.children = children
        self.isComplete = isComplete
        self.headKnown = headKnown
        self.leftBuffer = leftBuffer
        self.open = open
    }

    /// The tree of `sentence`'s tokens, as tagged, or nil when it has none.
    static func parse(_ tokens: PaddedArray<Token>, model: ParserModel) -> SyntaxTree? {
        guard !tokens.isEmpty else { return nil }
        let tree = DependencyParser.parse(words: tokens.map(\.text), tags: tokens.map { $0.tag ?? .other }, model: model)
        guard tree.heads.count == tokens.count else { return nil }
        return SyntaxTree(tree)
    }

    /// The head of `index` (nil for the root word), once it is known.
    func settledHead(of index: Int) throws -> Int? {
        guard isComplete || headKnown[index] else { throw Undetermined() }
        return heads[index]
    }

    /// The universal relation of `index` to its head, once it is known.
    func settledRelation(of index: Int) throws -> String {
        guard isComplete || headKnown[index] else { throw Undetermined() }
        return relations[index]
    }

    /// ``child(of:_:)``, once no later move can give `index` an earlier such child or, when
    /// it has none, a first one.
    func settledChild(of index: Int, _ names: Set<String>) throws -> Int? {
        guard isComplete || leftBuffer[index] else { throw Undetermined() }
        if let found = child(of: index, names) { return found }
        guard isComplete || !open[index] else { throw Undetermined() }
        return nil
    }

    /// ``childrenOf(_:_:)``, once `index` can gain no more children.
    func settledChildren(of index: Int, _ names: Set<String>) throws -> [Int] {
        guard isComplete || !open[index] else { throw Undetermined() }
        return childrenOf(index, names)
    }

    /// The case marker of a nominal, once `index` can gain no more children.
    func settledPreposition(of index: Int, lowered: PaddedArray<String>) throws -> String? {
        guard isComplete || !open[index] else { throw Undetermined() }
        return preposition(of: index, lowered: lowered)
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
