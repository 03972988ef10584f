/// The arc-eager transition system (Nivre 2003) as a value state machine. Node 0 is the
/// artificial root, which starts on the stack and never leaves it; words are nodes 1…n. A
/// parse ends when the buffer is empty; words still without a head then are attached by
/// ``DependencyParser``'s repair step.
///
/// Besides the stack, buffer and arcs, the state keeps what the feature templates read about
/// each node (its outermost children, valencies and label sets), updated as arcs are added,
/// so extracting features is a fixed number of array reads.
struct ArcEagerState {
    /// The four moves; arcs carry their label separately.
    enum Move: Int, CaseIterable {
        /// Push the first buffer word onto the stack.
        case shift = 0
        /// Pop the stack top, which has its head already.
        case reduce = 1
        /// The first buffer word becomes the head of the stack top, which is popped.
        case left = 2
        /// The stack top becomes the head of the first buffer word, which is pushed.
        case right = 3
    }

    /// Number of words (the root not counted).
    let count: Int
    private(set) var stack: [Int32]
    /// The first buffer node; the buffer is `front...count`.
    private(set) var front: Int
    /// Head of each node, -1 while it has none (index 0, the root, never has one).
    private(set) var heads: [Int32]
    /// Label column of each node's arc, -1 while it has none.
    private(set) var labels: [Int32]
    /// Leftmost and second leftmost, rightmost and second rightmost child of each node (-1: none).
    private(set) var leftmost: [Int32]
    private(set) var leftmost2: [Int32]
    private(set) var rightmost: [Int32]
    private(set) var rightmost2: [Int32]
    /// Children on each side, and the set of their labels as bits (label column mod 64).
    private(set) var leftCount: [Int32]
    private(set) var rightCount: [Int32]
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]
    /// Whether each node is on the stack, for the oracle's costs.
    private(set) var onStack: [Bool]

    /// The initial state for `count` words. The arrays have a spare slot past the last word,
    /// for the empty buffer's front: feature extraction reads it after the buffer runs out,
    /// while a beam pops what is left on the stack.
    init(count: Int) {
        self.count = count
        let nodes = count + 2
        stack = [0]
        stack.reserveCapacity(nodes)
        front = 1
        heads = Array(repeating: -1, count: nodes)
        labels = heads
        leftmost = heads
        leftmost2 = heads
        rightmost = heads
        rightmost2 = heads
        leftCount = Array(repeating: 0, count: nodes)
        rightCount = leftCount
        leftLabels = Array(repeating: 0, count: nodes)
        rightLabels = leftLabels
        onStack = Array(repeating: false, count: nodes)
        onStack[0] = true
    }

    /// Whether the buffer is empty: nothing more to do for greedy decoding.
    var isFinal: Bool { front > count }

    /// Whether the buffer is empty and only the root is left on the stack. Beam search pops
    /// the words left on the stack before this (``BeamSearch/allows(_:in:)``), so that every
    /// complete move sequence is 2n moves long and the scores of its items stay comparable:
    /// without it, shifting every word would end a parse after n moves.
    var isComplete: Bool { front > count && stack.count == 1 }

    /// The stack top (the root at least).
    var top: Int { Int(stack[stack.count - 1]) }

    /// Whether `move` is allowed now.
    func isValid(_ move: Move) -> Bool {
        guard !isFinal else { return false }
        switch move {
        case .shift, .right: return true
        case .reduce: return top != 0 && heads[top] >= 0
        case .left: return top != 0 && heads[top] < 0
        }
    }

    /// Applies a valid `move`; `label` is the arc's label column (ignored by shift and reduce).
    mutating func apply(_ move: Move, label: Int = 0) {
        switch move {
        case .shift:
            push(front)
            front += 1
        case .reduce:
            pop()
        case .left:
            let dependent = pop()
            addArc(head: front, dependent: dependent, label: label)
        case .right:
            addArc(head: top, dependent: front, label: label)
            push(front)
            front += 1
        }
    }

    private mutating func push(_ node: Int) {
        stack.append(Int32(node))
        onStack[node] = true
    }

    @discardableResult
    private mutating func pop() -> Int {
        let node = Int(stack.removeLast())
        onStack[node] = false
        return node
    }

    private mutating func addArc(head: Int, dependent: Int, label: Int) {
        heads[dependent] = Int32(head)
        labels[dependent] = Int32(label)
        let d = Int32(dependent)
        let bit = UInt64(1) << UInt64(label & 63)
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] < 0 || d < leftmost[head] {
                leftmost2[head] = leftmost[head]
                leftmost[head] = d
            } else if leftmost2[head] < 0 || d < leftmost2[head] {
                leftmost2[head] = d
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if d > rightmost[head] {
                rightmost2[head] = rightmost[head]
                rightmost[head] = d
            } else if d > rightmost2[head] {
                rightmost2[head] = d
            }
        }
    }
}
