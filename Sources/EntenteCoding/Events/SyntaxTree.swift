import EntenteCore
import EntenteText

/// A sentence's dependency tree (see ``DependencyParser``) read the way the role rules ask
/// of it: token indices from 0, each word's head and relation, its children by relation.
struct SyntaxTree {
    /// The head token of each token, nil for the root word (and, in a partial tree, for a
    /// word without its head yet).
    let heads: [Int?]
    /// Each token's label column in `names` (-1: no head yet).
    private let labelColumns: [Int]
    private let fullNames: [String]
    private let universalNames: [String]
    /// Children of each token, left to right, end to end: those of token `i` are
    /// `childList[childStarts[i]..<childStarts[i + 1]]` (two arrays, not one a token).
    private let childStarts: [Int]
    private let childList: [Int]
    /// The arcs a partial tree was read from, which answer whether a word has its head, has
    /// left the buffer or may still gain children; nil once the tree is whole.
    private let partial: ParseArcs?

    /// Relation names read through label columns: `tree.relations[i]` without a string a word.
    struct Relations {
        fileprivate let columns: [Int]
        fileprivate let names: [String]

        /// The relation of token `index`, "" while it has no head.
        subscript(index: Int) -> String { columns[index] >= 0 ? names[columns[index]] : "" }
    }

    /// The universal relation of each token to its head, without subtype ("nsubj", "obl"),
    /// and its full relation ("nsubj:pass", "obl:agent").
    var relations: Relations { Relations(columns: labelColumns, names: universalNames) }
    var fullRelations: Relations { Relations(columns: labelColumns, names: fullNames) }

    /// Whether the parse is whole. A partial tree (see ``IncrementalParse``) answers the
    /// `settled…` questions only where the moves still to come cannot change the answer.
    var isComplete: Bool { partial == nil }

    /// What a partial tree cannot answer yet: the caller parses further and asks again.
    struct Undetermined: Error {}

    /// A whole tree given by relation names (one a token).
    init(_ tree: DependencyTree) {
        let universal = tree.relations.map { relation in relation.split(separator: ":", maxSplits: 1).first.map(String.init) ?? relation }
        self.init(heads: tree.heads, labels: Array(tree.relations.indices), fullNames: tree.relations, universalNames: universal, partial: nil)
    }

    /// The tree of `parse` as far as it has gone.
    init(_ parse: IncrementalParse) {
        let arcs = parse.arcs()
        let model = parse.parserModel
        self.init(heads: arcs.heads, labels: arcs.labels, fullNames: model.labels, universalNames: model.universalLabels,
                  partial: arcs.isComplete ? nil : arcs)
    }

    private init(heads conllHeads: [Int], labels: [Int], fullNames: [String], universalNames: [String], partial: ParseArcs?) {
        let count = conllHeads.count
        let heads = conllHeads.map { $0 > 0 && $0 <= count ? $0 - 1 : nil }
        self.heads = heads
        labelColumns = labels
        self.fullNames = fullNames
        self.universalNames = universalNames
        var starts = [Int](repeating: 0, count: count + 1)
        for head in heads { if let head { starts[head + 1] += 1 } }
        for index in 0..<count { starts[index + 1] += starts[index] }
        var next = starts
        var list = [Int](repeating: 0, count: starts[count])
        for (index, head) in heads.enumerated() {
            guard let head else { continue }
            list[next[head]] = index
            next[head] += 1
        }
        childStarts = starts
        childList = list
        self.partial = partial
    }

    /// The children of `index`, left to right.
    private func children(of index: Int) -> ArraySlice<Int> { childList[childStarts[index]..<childStarts[index + 1]] }

    private func headKnown(_ index: Int) -> Bool { partial?.hasHead(index) ?? true }
    private func leftBuffer(_ index: Int) -> Bool { partial?.hasLeftBuffer(index) ?? true }
    private func isOpen(_ index: Int) -> Bool { partial?.isOpen(index) ?? false }

    /// The tree of `sentence`'s tokens, as tagged, or nil when it has none.
    static func parse(_ tokens: PaddedArray<Token>, model: ParserModel) -> SyntaxTree? {
        guard !tokens.isEmpty else { return nil }
        let tree = DependencyParser.parse(words: tokens.map(\.text), tags: tokens.map { $0.tag ?? .other }, model: model)
        guard tree.heads.count == tokens.count else { return nil }
        return SyntaxTree(tree)
    }

    /// The head of `index` (nil for the root word), once it is known.
    func settledHead(of index: Int) throws -> Int? {
        guard headKnown(index) else { throw Undetermined() }
        return heads[index]
    }

    /// The universal relation of `index` to its head, once it is known.
    func settledRelation(of index: Int) throws -> String {
        guard headKnown(index) else { throw Undetermined() }
        return relations[index]
    }

    /// ``child(of:_:)``, once no later move can give `index` an earlier such child or, when
    /// it has none, a first one.
    func settledChild(of index: Int, _ names: Set<String>) throws -> Int? {
        guard leftBuffer(index) else { throw Undetermined() }
        if let found = child(of: index, names) { return found }
        guard !isOpen(index) else { throw Undetermined() }
        return nil
    }

    /// ``childrenOf(_:_:)``, once `index` can gain no more children.
    func settledChildren(of index: Int, _ names: Set<String>) throws -> [Int] {
        guard !isOpen(index) else { throw Undetermined() }
        return childrenOf(index, names)
    }

    /// The case marker of a nominal, once `index` can gain no more children.
    func settledPreposition(of index: Int, lowered: PaddedArray<String>) throws -> String? {
        guard !isOpen(index) else { throw Undetermined() }
        return preposition(of: index, lowered: lowered)
    }

    /// Whether `index` is a token of the tree.
    func contains(_ index: Int) -> Bool { index >= 0 && index < heads.count }

    /// The first child of `index` whose relation (with subtype, or its universal part) is
    /// one of `names`.
    func child(of index: Int, _ names: Set<String>) -> Int? {
        guard contains(index) else { return nil }
        return children(of: index).first { names.contains(fullNames[labelColumns[$0]]) || names.contains(universalNames[labelColumns[$0]]) }
    }

    /// The children of `index` whose relation is one of `names`.
    func childrenOf(_ index: Int, _ names: Set<String>) -> [Int] {
        guard contains(index) else { return [] }
        return children(of: index).filter { names.contains(fullNames[labelColumns[$0]]) || names.contains(universalNames[labelColumns[$0]]) }
    }

    /// The case marker of a nominal (its `case` child's lower-cased word), if any.
    func preposition(of index: Int, lowered: PaddedArray<String>) -> String? {
        child(of: index, ["case"]).map { lowered[$0] }
    }
}
