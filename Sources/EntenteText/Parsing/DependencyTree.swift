/// A labeled dependency tree over the words of one sentence, in CoNLL-U numbering: word `i`
/// (0-based in the arrays) has head `heads[i]`, where 0 is the artificial root and `k > 0`
/// is the k-th word.
public struct DependencyTree: Sendable, Hashable {
    /// The head of each word: 0 for the root, otherwise the 1-based index of the head word.
    public var heads: [Int]
    /// The relation of each word to its head, subtype included ("nsubj:pass").
    public var relations: [String]

    /// Creates a tree; both arrays have one entry a word.
    public init(heads: [Int], relations: [String]) {
        self.heads = heads
        self.relations = relations
    }

    /// The gold tree of an annotated sentence.
    public init(_ sentence: CoNLLU.AnnotatedSentence) {
        heads = sentence.words.map(\.head)
        relations = sentence.words.map(\.relation)
    }

    /// Whether no two arcs cross (drawn above the sentence, root arc included): the trees an
    /// arc-eager parser can build exactly.
    public static func isProjective(_ heads: [Int]) -> Bool {
        for (index, head) in heads.enumerated() {
            let dependent = index + 1
            let (low, high) = (min(head, dependent), max(head, dependent))
            for k in (low + 1)..<max(high, low + 1) {
                // Every word strictly inside the arc must be dominated by the arc's head.
                var ancestor = k
                var steps = 0
                while ancestor != 0, ancestor != head, steps <= heads.count {
                    ancestor = heads[ancestor - 1]
                    steps += 1
                }
                if ancestor != head { return false }
            }
        }
        return true
    }
}
