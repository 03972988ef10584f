/// A tree or partial tree as numbers: per word (0-based in the arrays), its head in CoNLL-U
/// numbering (0 the root, -1 none yet) and its label column in the model's `labels` (-1 none yet).
public struct ParseArcs: Sendable {
    /// The head of each word: 0 for the root, k > 0 for the k-th word, -1 while it has none.
    public let heads: [Int]
    /// The label column of each word's arc, -1 while it has none.
    public let labels: [Int]
    /// Whether every move is made.
    public let isComplete: Bool
    /// The first buffer word (1-based): words before it have left the buffer.
    let front: Int
    /// Per word, in a partial parse: whether it may still gain children (empty when complete).
    let open: [Bool]

    /// Whether word `word` (0-based) has its head.
    public func hasHead(_ word: Int) -> Bool { isComplete || heads[word] >= 0 }

    /// Whether word `word` (0-based) has left the front of the buffer (see
    /// ``IncrementalParse/hasLeftBuffer(_:)``).
    public func hasLeftBuffer(_ word: Int) -> Bool { isComplete || word + 1 < front }

    /// Whether word `word` (0-based) may still gain children.
    public func isOpen(_ word: Int) -> Bool { !isComplete && open[word] }
}
