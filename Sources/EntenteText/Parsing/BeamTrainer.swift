/// Trains the move classifier of a beam parser as a global (structured) perceptron with
/// max-violation updates (Huang, Fayong & Guo 2012): a sentence is decoded with the beam; where
/// the gold parse has fallen out of the beam, the step at which the best item outscores it by
/// the most gives the update, towards the gold prefix and away from that item's. Learning
/// whole prefixes, not single moves, is what lets the beam pay off: the scores of a sequence's
/// moves are trained to add up.
///
/// Arc-eager has many move sequences for one tree, so "the gold parse" is any prefix that can
/// still reach the gold tree: an item whose dynamic-oracle cost (``DynamicOracle``) is no more
/// than the gold item's. The gold item itself follows the highest-scoring cheapest move, so the
/// model chooses among the correct sequences the one it finds easiest. The label classifier
/// stays local, trained on the gold item's arcs.
enum BeamTrainer {
    /// One move of a derivation, linked to the one before: derivations share their prefixes.
    private struct Step {
        var parent: Int32
        var move: UInt8
        var label: UInt8
    }

    private struct Item {
        var state: ArcEagerState
        var score: Float
        var cost: Int
        var node: Int32
    }

    /// One training sentence: its nodes, gold heads and gold label columns (root first, -1).
    struct Example {
        var nodes: [ParserToken]
        var heads: [Int32]
        var labels: [Int32]
    }

    /// Mutable training state shared across sentences.
    struct Weights {
        var moves: TrainingWeights
        var labels: TrainingWeights
        /// Sentences seen (the step the move weights average over) and arcs labeled.
        var sentences = 0
        var arcs = 0
        let rootLabel: Int
    }

    /// Decodes `example` with a beam `width` wide and updates `weights`; returns whether the
    /// sentence needed no update.
    static func train(_ example: Example, width: Int, weights: inout Weights, features: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Float>) -> Bool {
        weights.sentences += 1
        let count = example.nodes.count - 1
        var history: [Step] = []
        history.reserveCapacity(4 * count * (width + 1))
        let start = Item(state: ArcEagerState(count: count), score: 0, cost: 0, node: -1)
        var beam = [start]
        var gold = start
        var next: [Item] = []
        var candidates: [BeamSearch.Candidate] = []
        var worst: (violation: Float, predicted: Int32, gold: Int32)?
        example.nodes.withUnsafeBufferPointer { nodes in
            while !gold.state.isComplete || beam.contains(where: { !$0.state.isComplete }) {
                if !gold.state.isComplete { advanceGold(&gold, example, nodes, &weights, &history, features, scores) }
                candidates.removeAll(keepingCapacity: true)
                for (index, item) in beam.enumerated() {
                    if item.state.isComplete {
                        candidates.append(.init(item: index, move: -1, score: item.score))
                        continue
                    }
                    ParserFeatures.extract(item.state, nodes, into: features)
                    for m in 0..<4 { scores[m] = 0 }
                    weights.moves.score(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count]), into: scores)
                    BeamSearch.addCandidates(of: item.state, index: index, score: item.score, scores: scores, to: &candidates)
                }
                BeamSearch.keepBest(&candidates, width: width)
                next.removeAll(keepingCapacity: true)
                for c in candidates {
                    var item = beam[c.item]
                    if let move = ArcEagerState.Move(rawValue: c.move) {
                        item.cost += cost(of: move, item.state, gold: example.heads)
                        let label = move == .left || move == .right
                            ? DependencyParser.bestLabel(item.state, move, nodes, weights: weights.labels, rootLabel: weights.rootLabel, features: features, scores: scores) : 0
                        item.state.apply(move, label: label)
                        item.score = c.score
                        history.append(Step(parent: item.node, move: UInt8(move.rawValue), label: UInt8(truncatingIfNeeded: label)))
                        item.node = Int32(history.count - 1)
                    }
                    next.append(item)
                }
                swap(&beam, &next)
                if !beam.contains(where: { $0.cost <= gold.cost }) {
                    let violation = beam[0].score - gold.score
                    if worst == nil || violation > (worst?.violation ?? 0) { worst = (violation, beam[0].node, gold.node) }
                }
            }
        }
        if worst == nil && beam[0].cost > gold.cost { worst = (beam[0].score - gold.score, beam[0].node, gold.node) }
        guard let worst else { return true }
        update(toward: worst.gold, awayFrom: worst.predicted, history, example, &weights, features)
        return false
    }

    /// The dynamic-oracle cost of `move` in `state`. Popping a word once the buffer is empty
    /// costs nothing: its head, if lost, was counted when it was lost.
    private static func cost(of move: ArcEagerState.Move, _ state: ArcEagerState, gold: [Int32]) -> Int {
        if state.isFinal { return 0 }
        let c = DynamicOracle.costs(state, gold: gold)
        switch move {
        case .shift: return c.shift
        case .reduce: return c.reduce
        case .left: return c.left
        case .right: return c.right
        }
    }

    /// Moves the gold item one step: the highest-scoring of the cheapest allowed moves, its arc
    /// given the gold label when it is a gold arc (training the label classifier on it).
    private static func advanceGold(_ gold: inout Item, _ example: Example, _ nodes: UnsafeBufferPointer<ParserToken>, _ weights: inout Weights, _ history: inout [Step], _ features: UnsafeMutableBufferPointer<UInt64>, _ scores: UnsafeMutableBufferPointer<Float>) {
        let state = gold.state
        let c = state.isFinal ? (shift: Int.max, reduce: 0, left: Int.max, right: Int.max) : DynamicOracle.costs(state, gold: example.heads)
        let costs = [c.shift, c.reduce, c.left, c.right]
        ParserFeatures.extract(state, nodes, into: features)
        for m in 0..<4 { scores[m] = 0 }
        weights.moves.score(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count]), into: scores)
        var best = ArcEagerState.Move.shift
        var bestCost = Int.max
        var bestScore = -Float.infinity
        for move in ArcEagerState.Move.allCases where BeamSearch.allows(move, in: state) {
            let moveCost = costs[move.rawValue]
            if moveCost < bestCost || (moveCost == bestCost && scores[move.rawValue] > bestScore) {
                best = move
                bestCost = moveCost
                bestScore = scores[move.rawValue]
            }
        }
        var label = 0
        if best == .left || best == .right {
            if best == .right && state.top == 0 {
                label = weights.rootLabel
            } else {
                let guess = DependencyParser.bestLabel(state, best, nodes, weights: weights.labels, rootLabel: weights.rootLabel, features: features, scores: scores)
                label = guess
                if DynamicOracle.goldArc(best, state, gold: example.heads) {
                    label = Int(example.labels[best == .left ? state.top : state.front])
                    weights.arcs += 1
                    if guess != label {
                        let labelFeatures = UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.labelCount])
                        weights.labels.update(labelFeatures, column: label, delta: 1, step: weights.arcs)
                        weights.labels.update(labelFeatures, column: guess, delta: -1, step: weights.arcs)
                    }
                }
            }
        }
        gold.cost += bestCost
        gold.score += bestScore
        gold.state.apply(best, label: label)
        history.append(Step(parent: gold.node, move: UInt8(best.rawValue), label: UInt8(truncatingIfNeeded: label)))
        gold.node = Int32(history.count - 1)
    }

    /// The perceptron update: +1 for the moves of the derivation ending at `good`, -1 for those
    /// ending at `bad`, both replayed from the start to recompute their features. The prefix
    /// the two share would cancel out, so it is skipped.
    private static func update(toward good: Int32, awayFrom bad: Int32, _ history: [Step], _ example: Example, _ weights: inout Weights, _ features: UnsafeMutableBufferPointer<UInt64>) {
        func path(_ end: Int32) -> [Step] {
            var steps: [Step] = []
            var node = end
            while node >= 0 {
                steps.append(history[Int(node)])
                node = history[Int(node)].parent
            }
            return steps.reversed()
        }
        let goodPath = path(good), badPath = path(bad)
        var shared = 0
        while shared < min(goodPath.count, badPath.count),
              goodPath[shared].move == badPath[shared].move, goodPath[shared].label == badPath[shared].label {
            shared += 1
        }
        let count = example.nodes.count - 1
        example.nodes.withUnsafeBufferPointer { nodes in
            for (steps, delta) in [(goodPath, Float(1)), (badPath, Float(-1))] {
                var state = ArcEagerState(count: count)
                for (index, step) in steps.enumerated() {
                    guard let move = ArcEagerState.Move(rawValue: Int(step.move)) else { break }
                    if index >= shared {
                        ParserFeatures.extract(state, nodes, into: features)
                        weights.moves.update(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count]), column: move.rawValue, delta: delta, step: weights.sentences)
                    }
                    state.apply(move, label: Int(step.label))
                }
            }
        }
    }
}
