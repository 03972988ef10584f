/// The arc-eager dynamic oracle of Goldberg & Nivre (2012): the cost of a move is the number
/// of gold arcs it makes unreachable. Training follows the model's own (possibly wrong) moves
/// and still knows the best move from wherever that leads, so the parser learns to recover
/// from its mistakes instead of only ever seeing perfect histories.
///
/// For projective gold trees the costs are exact (arc-eager is arc-decomposable), so moves of
/// cost 0 always exist and lead to the best tree still reachable. For non-projective trees the
/// same counts are a lower bound; the trainer then takes the cheapest moves as correct.
enum DynamicOracle {
    /// The cost of every move in `state` (index by `Move.rawValue`), `Int.max` when invalid.
    /// `gold` holds the gold head of each node, node 0 (the root) included as -1.
    static func costs(_ state: ArcEagerState, gold: [Int32]) -> (shift: Int, reduce: Int, left: Int, right: Int) {
        let invalid = Int.max
        guard !state.isFinal else { return (invalid, invalid, invalid, invalid) }
        let s = state.top
        let b = state.front
        let n = state.count
        // Gold dependents of s and of b still in the buffer / on the stack without a head.
        var sDependentsInBuffer = 0
        for k in b...n where Int(gold[k]) == s { sDependentsInBuffer += 1 }
        var bDependentsOnStack = 0
        for node in state.stack where state.heads[Int(node)] < 0 && Int(gold[Int(node)]) == b { bDependentsOnStack += 1 }
        let bHead = Int(gold[b])
        let bHeadOnStack = bHead >= 0 && state.onStack[bHead]

        let shift = (bHeadOnStack ? 1 : 0) + bDependentsOnStack
        let right = ((bHead != s && (bHeadOnStack || bHead > b)) ? 1 : 0) + bDependentsOnStack
        var reduce = invalid
        var left = invalid
        if s != 0 {
            if state.heads[s] >= 0 {
                reduce = sDependentsInBuffer
            } else {
                let sHead = Int(gold[s])
                // b's gold head being s is counted among s's dependents in the buffer.
                left = ((sHead != b && sHead > b) ? 1 : 0) + sDependentsInBuffer
            }
        }
        return (shift, reduce, left, right)
    }

    /// The gold label column of the arc `move` would add, when that arc is in the gold tree.
    static func goldArc(_ move: ArcEagerState.Move, _ state: ArcEagerState, gold: [Int32]) -> Bool {
        switch move {
        case .left: return Int(gold[state.top]) == state.front
        case .right: return Int(gold[state.front]) == state.top
        case .shift, .reduce: return false
        }
    }
}
