import EntenteCore

/// Trains a ``ParserModel`` with the averaged perceptron and the dynamic oracle.
///
/// Each pass parses every training sentence greedily. Where the model's move is not among the
/// cheapest ones the oracle allows, weight moves from it to the best-scoring cheapest move.
/// For the first `exploreAfter` passes the parser then follows the oracle; after that it
/// follows its own mistake with probability `exploreProbability`, so it also learns what to do
/// in the states its errors lead to (Goldberg & Nivre 2012). Every correct arc also trains the
/// label classifier on the gold label.
public enum ParserTrainer {
    /// Training settings.
    public struct Options: Sendable {
        /// Passes over the training data.
        public var iterations: Int
        /// Passes that follow the oracle only, before exploration starts.
        public var exploreAfter: Int
        /// The chance of following a wrong move of the model once exploring.
        public var exploreProbability: Double
        /// Seed for the sentence order and exploration, so training is reproducible.
        public var seed: UInt64
        /// Above 1, train a global model for a beam this wide (``BeamTrainer``) instead of the
        /// greedy one; exploration does not apply then.
        public var beamWidth: Int

        /// Creates options.
        public init(iterations: Int = 15, exploreAfter: Int = 1, exploreProbability: Double = 0.9, seed: UInt64 = 42, beamWidth: Int = 1) {
            self.iterations = iterations
            self.beamWidth = beamWidth
            self.exploreAfter = exploreAfter
            self.exploreProbability = exploreProbability
            self.seed = seed
        }
    }

    /// Trains on the trees of `sentences`, each tagged with `tags` (one array a sentence: the
    /// tagger's predictions, so that training sees the tagging errors parsing will). Sentences
    /// without a complete tree are skipped. `progress` is told each pass's number and
    /// move accuracy, with a way to build the model as it stands (averaged so far).
    public static func train(_ sentences: [CoNLLU.AnnotatedSentence], tags: [[PartOfSpeech]], options: Options = Options(), progress: (Int, Double, () -> ParserModel) -> Void = { _, _, _ in }) throws -> ParserModel {
        guard sentences.count == tags.count else {
            throw EntenteError(.trainingData, "\(sentences.count) sentences but \(tags.count) tag sequences")
        }
        var frequency: [String: Int] = ["root": 0, "punct": 0, "dep": 0]
        for sentence in sentences where sentence.hasTree {
            for word in sentence.words { frequency[word.relation, default: 0] += 1 }
        }
        guard frequency.count < 256 else { throw EntenteError(.trainingData, "more than 255 relations") }
        let labels = frequency.keys.sorted { (frequency[$0] ?? 0, $1) > (frequency[$1] ?? 0, $0) }
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let rootLabel = column["root"] ?? 0

        let ambiguityClasses = TaggerTrainer.buildAmbiguityClasses(sentences, column: Dictionary(uniqueKeysWithValues: PartOfSpeech.allCases.map { ($0, $0.columnIndex) }))
        let ambiguity = WordTable(words: ambiguityClasses.map { ($0.key, $0.value) })
        typealias Example = BeamTrainer.Example
        var examples: [Example] = []
        for (sentence, sentenceTags) in zip(sentences, tags) where sentence.hasTree && !sentence.words.isEmpty {
            guard sentenceTags.count == sentence.words.count else {
                throw EntenteError(.trainingData, "a sentence of \(sentence.words.count) words has \(sentenceTags.count) tags")
            }
            examples.append(Example(
                nodes: ParserToken.nodes(words: sentence.words.map(\.form), tags: sentenceTags, ambiguity: ambiguity),
                heads: [-1] + sentence.words.map { Int32($0.head) },
                labels: [-1] + sentence.words.map { Int32(column[$0.relation] ?? 0) }
            ))
        }
        if options.beamWidth > 1 {
            return trainBeam(examples, labels: labels, rootLabel: rootLabel, ambiguityClasses: ambiguityClasses, options: options, progress: progress)
        }

        var moves = TrainingWeights(columns: 4)
        var labelWeights = TrainingWeights(columns: labels.count)
        var step = 0
        var random = SplitMix(seed: options.seed)
        var order = Array(examples.indices)
        func snapshot() -> ParserModel {
            ParserModel(labels: labels, ambiguityClasses: ambiguityClasses, moves: moves.averaged(steps: step), labelTable: labelWeights.averaged(steps: step))
        }
        let featureCapacity = max(ParserFeatures.count, ParserFeatures.labelCount)

        for iteration in 1...max(1, options.iterations) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            let exploring = iteration > options.exploreAfter
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: featureCapacity) { features in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: max(4, labels.count)) { scores in
                    for e in order {
                        let example = examples[e]
                        var state = ArcEagerState(count: example.nodes.count - 1)
                        example.nodes.withUnsafeBufferPointer { nodes in
                            while !state.isFinal {
                                let cost = DynamicOracle.costs(state, gold: example.heads)
                                let costs = [cost.shift, cost.reduce, cost.left, cost.right]
                                let cheapest = costs.min() ?? 0
                                ParserFeatures.extract(state, nodes, into: features)
                                let moveFeatures = UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count])
                                for m in 0..<4 { scores[m] = 0 }
                                moves.score(moveFeatures, into: scores)
                                var predicted = -1
                                var bestGold = -1
                                for m in 0..<4 where costs[m] != Int.max {
                                    if predicted < 0 || scores[m] > scores[predicted] { predicted = m }
                                    if costs[m] == cheapest && (bestGold < 0 || scores[m] > scores[bestGold]) { bestGold = m }
                                }
                                step += 1
                                total += 1
                                var next = predicted
                                if costs[predicted] == cheapest {
                                    correct += 1
                                } else {
                                    moves.update(moveFeatures, column: bestGold, delta: 1, step: step)
                                    moves.update(moveFeatures, column: predicted, delta: -1, step: step)
                                    let follow = exploring && Double(random.next() >> 11) / Double(1 << 53) < options.exploreProbability
                                    if !follow { next = bestGold }
                                }
                                guard let move = ArcEagerState.Move(rawValue: next) else { break }
                                var label = 0
                                if move == .left || move == .right {
                                    if move == .right && state.top == 0 {
                                        label = rootLabel
                                    } else if DynamicOracle.goldArc(move, state, gold: example.heads) {
                                        label = Int(example.labels[move == .left ? state.top : state.front])
                                        let guess = DependencyParser.bestLabel(state, move, nodes, weights: labelWeights, rootLabel: rootLabel, features: features, scores: scores)
                                        if guess != label {
                                            let labelFeatures = UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.labelCount])
                                            labelWeights.update(labelFeatures, column: label, delta: 1, step: step)
                                            labelWeights.update(labelFeatures, column: guess, delta: -1, step: step)
                                        }
                                    } else {
                                        label = DependencyParser.bestLabel(state, move, nodes, weights: labelWeights, rootLabel: rootLabel, features: features, scores: scores)
                                    }
                                }
                                state.apply(move, label: label)
                            }
                        }
                    }
                }
            }
            progress(iteration, total > 0 ? Double(correct) / Double(total) : 0, snapshot)
        }
        return snapshot()
    }
}

extension ParserTrainer {
    /// The passes of beam training: every sentence decoded and, if need be, updated by
    /// ``BeamTrainer``; `progress` is told the share of sentences that needed no update.
    static func trainBeam(_ examples: [BeamTrainer.Example], labels: [String], rootLabel: Int, ambiguityClasses: [String: UInt32], options: Options, progress: (Int, Double, () -> ParserModel) -> Void) -> ParserModel {
        var weights = BeamTrainer.Weights(moves: TrainingWeights(columns: 4), labels: TrainingWeights(columns: labels.count), rootLabel: rootLabel)
        var random = SplitMix(seed: options.seed)
        var order = Array(examples.indices)
        func snapshot() -> ParserModel {
            ParserModel(labels: labels, ambiguityClasses: ambiguityClasses, moves: weights.moves.averaged(steps: weights.sentences),
                        labelTable: weights.labels.averaged(steps: weights.arcs), beamWidth: options.beamWidth)
        }
        for iteration in 1...max(1, options.iterations) {
            random.shuffle(&order)
            var clean = 0
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(ParserFeatures.count, ParserFeatures.labelCount)) { features in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: max(4, labels.count)) { scores in
                    for e in order where BeamTrainer.train(examples[e], width: options.beamWidth, weights: &weights, features: features, scores: scores) {
                        clean += 1
                    }
                }
            }
            progress(iteration, examples.isEmpty ? 0 : Double(clean) / Double(examples.count), snapshot)
        }
        return snapshot()
    }
}

extension DependencyParser {
    /// As ``bestLabel(_:_:_:model:features:scores:)``, scoring with weights still in training.
    static func bestLabel(_ state: ArcEagerState, _ move: ArcEagerState.Move, _ nodes: UnsafeBufferPointer<ParserToken>, weights: TrainingWeights, rootLabel: Int, features: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Float>) -> Int {
        if move == .right && state.top == 0 { return rootLabel }
        ParserFeatures.extractLabel(state, move, nodes, into: features)
        for l in 0..<weights.columns { scores[l] = 0 }
        weights.score(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.labelCount]), into: scores)
        var best = -1
        for l in 0..<weights.columns where l != rootLabel && (best < 0 || scores[l] > scores[best]) { best = l }
        return max(best, 0)
    }
}
