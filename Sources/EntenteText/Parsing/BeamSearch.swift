/// Beam-search decoding for arc-eager parsing (Zhang & Clark 2008; Zhang & Nivre 2011): keep
/// the `width` best partial parses by their summed move scores instead of only one, so an
/// early move that looked best but leads nowhere good can still lose to a runner-up.
///
/// The move classifier of a beam model is trained globally (``BeamTrainer``), so move scores
/// add up to the score of a whole parse; labels are still chosen greedily for each arc. A beam
/// of one makes the same choices as greedy decoding, ties included.
enum BeamSearch {
    /// One partial parse in the beam.
    struct Item {
        var state: ArcEagerState
        var score: Float
    }

    /// A way to extend an item: `move` is -1 for an item already final, carried unchanged.
    struct Candidate {
        var item: Int
        var move: Int
        var score: Float

        /// Higher score first; on a tie the earlier item, then the move in ``ArcEagerState/Move``
        /// order, as greedy decoding breaks ties.
        @inline(__always)
        static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.item != b.item { return a.item < b.item }
            return a.move < b.move
        }
    }

    /// Whether `move` may extend `state`: a valid move, but not a second child for the root,
    /// which UD trees do not have; once the buffer is empty, only popping the stack (with
    /// `reduce`, whether the word has a head or not: repair gives it one).
    @inline(__always)
    static func allows(_ move: ArcEagerState.Move, in state: ArcEagerState) -> Bool {
        if state.isFinal { return move == .reduce && !state.isComplete }
        return state.isValid(move) && !(move == .right && state.top == 0 && state.rightCount[0] > 0)
    }

    /// Appends to `candidates` every way to extend `state` (of item number `index`, scored
    /// `score` so far), its move scores already in `scores`.
    @inline(__always)
    static func addCandidates(of state: ArcEagerState, index: Int, score: Float, scores: UnsafeMutableBufferPointer<Float>, to candidates: inout [Candidate]) {
        for move in ArcEagerState.Move.allCases where allows(move, in: state) {
            candidates.append(Candidate(item: index, move: move.rawValue, score: score + scores[move.rawValue]))
        }
    }

    /// Keeps the `width` best of `candidates`, best first. The list is a few dozen long, so
    /// insertion into a short sorted prefix beats sorting it all.
    @inline(__always)
    static func keepBest(_ candidates: inout [Candidate], width: Int) {
        var kept = 0
        for i in candidates.indices {
            let c = candidates[i]
            guard kept < width || Candidate.ranksBefore(c, candidates[kept - 1]) else { continue }
            var j = min(kept, width - 1)
            while j > 0 && Candidate.ranksBefore(c, candidates[j - 1]) {
                candidates[j] = candidates[j - 1]
                j -= 1
            }
            candidates[j] = c
            kept = min(kept + 1, width)
        }
        candidates.removeLast(candidates.count - kept)
    }

    /// The best final state for the sentence `nodes` (root first) under `model`, `width` items wide.
    static func decode(_ nodes: UnsafeBufferPointer<ParserToken>, count: Int, model: ParserModel, width: Int) -> ArcEagerState {
        var beam = [Item(state: ArcEagerState(count: count), score: 0)]
        var next: [Item] = []
        var candidates: [Candidate] = []
        beam.reserveCapacity(width)
        next.reserveCapacity(width)
        candidates.reserveCapacity(4 * width)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(ParserFeatures.count, ParserFeatures.labelCount)) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: max(4, model.labels.count)) { scores in
                while beam.contains(where: { !$0.state.isComplete }) {
                    candidates.removeAll(keepingCapacity: true)
                    for (index, item) in beam.enumerated() {
                        if item.state.isComplete {
                            candidates.append(Candidate(item: index, move: -1, score: item.score))
                            continue
                        }
                        ParserFeatures.extract(item.state, nodes, into: features)
                        for m in 0..<4 { scores[m] = 0 }
                        model.moves.accumulate(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count]), into: scores)
                        addCandidates(of: item.state, index: index, score: item.score, scores: scores, to: &candidates)
                    }
                    keepBest(&candidates, width: width)
                    next.removeAll(keepingCapacity: true)
                    for c in candidates {
                        var item = beam[c.item]
                        if let move = ArcEagerState.Move(rawValue: c.move) {
                            let label = move == .left || move == .right ? DependencyParser.bestLabel(item.state, move, nodes, model: model, features: features, scores: scores) : 0
                            item.state.apply(move, label: label)
                            item.score = c.score
                        }
                        next.append(item)
                    }
                    swap(&beam, &next)
                }
            }
        }
        return beam[0].state
    }
}
