import EntenteCore

/// A greedy parse that stops where its reader has what it needs: the moves are made left to
/// right and only as far as asked (``advance(through:)``), so a question about the start of
/// a long sentence ("who came?" in "This decision came two days after …") is answered from
/// the first few words' moves. The moves made are exactly the first moves of the whole
/// parse: each reads the words ahead (up to three), not the moves after it.
///
/// What a prefix settles, in the arc-eager system: a word that has left the front of the
/// buffer has all its left children; it has its head if that head is to its left, otherwise
/// it waits on the stack for one to its right; and a word popped from the stack has all its
/// children. ``isOpen(_:)`` says which words may still gain children, ``hasHead(_:)`` which
/// have their head.
public struct IncrementalParse: Sendable {
    let nodes: [ParserToken]
    let tags: [PartOfSpeech]
    let model: ParserModel
    var state: ArcEagerState

    /// The parse of `words`, given their UPOS tags, before any move. The arrays have one
    /// entry a word; extra entries of the longer one are ignored. `lowered`, the words
    /// lower-cased, saves lower-casing them again.
    public init(words: [String], tags: [PartOfSpeech], model: ParserModel, lowered: [String]? = nil) {
        let count = min(words.count, tags.count)
        self.init(nodes: ParserToken.nodes(words: Array(words.prefix(count)), tags: Array(tags.prefix(count)), ambiguity: model.ambiguity, lowered: lowered),
                  tags: Array(tags.prefix(count)), model: model)
    }

    init(nodes: [ParserToken], tags: [PartOfSpeech], model: ParserModel) {
        self.nodes = nodes
        self.tags = tags
        self.model = model
        state = ArcEagerState(count: tags.count)
    }

    /// The number of words.
    public var count: Int { tags.count }

    /// Whether every move is made: the tree is whole.
    public var isComplete: Bool { state.isFinal }

    /// Makes the moves until word `word` (0-based) has left the front of the buffer, or the
    /// parse is complete.
    public mutating func advance(through word: Int) {
        guard !state.isFinal, state.front <= word + 1 else { return }
        let model = model
        nodes.withUnsafeBufferPointer { nodes in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(ParserFeatures.count, ParserFeatures.labelCount)) { features in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: max(4, model.labels.count)) { scores in
                    while !state.isFinal, state.front <= word + 1 {
                        let move = DependencyParser.bestMove(state, nodes, model: model, features: features, scores: scores, singleRoot: true)
                        let label = move == .left || move == .right
                            ? DependencyParser.bestLabel(state, move, nodes, model: model, features: features, scores: scores) : 0
                        state.apply(move, label: label)
                    }
                }
            }
        }
    }

    /// Whether word `word` (0-based) has its head.
    public func hasHead(_ word: Int) -> Bool { isComplete || state.heads[word + 1] >= 0 }

    /// Whether word `word` (0-based) has left the front of the buffer: it has all its left
    /// children, and any child it gains later stands to the right of every child it has.
    public func hasLeftBuffer(_ word: Int) -> Bool { isComplete || word + 1 < state.front }

    /// Whether word `word` (0-based) may still gain children: it is on the stack or has not
    /// left the buffer, and the parse is not complete.
    public func isOpen(_ word: Int) -> Bool { !isComplete && (state.onStack[word + 1] || word + 1 >= state.front) }

    /// The tree so far. When complete, the repaired tree of ``DependencyParser``; before, the
    /// words without a head yet have head -1 and relation "".
    public func tree() -> DependencyTree {
        let arcs = arcs()
        return DependencyTree(heads: arcs.heads, relations: arcs.labels.map { $0 >= 0 ? model.labels[$0] : "" })
    }

    /// ``tree()`` as label columns of the model's `labels`.
    public func arcs() -> ParseArcs {
        guard count > 0 else { return ParseArcs(heads: [], labels: [], isComplete: true, front: 1, open: []) }
        if isComplete { return DependencyParser.repairedArcs(state, tags: tags, model: model) }
        let heads = (1...count).map { Int(state.heads[$0]) }
        let labels = (1...count).map { state.heads[$0] >= 0 ? Int(state.labels[$0]) : -1 }
        return ParseArcs(heads: heads, labels: labels, isComplete: false, front: state.front, open: (0..<count).map(isOpen))
    }

    /// The model parsing.
    public var parserModel: ParserModel { model }
}
