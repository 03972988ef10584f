import EntenteCore

/// Trains a ``TaggerModel`` on annotated sentences with the averaged perceptron: a pass over
/// the data predicts each tag greedily, and every mistake moves weight from the wrong tag to
/// the right one. Averaging the weights over all steps keeps late updates from dominating.
public enum TaggerTrainer {
    /// Training settings.
    public struct Options: Sendable {
        /// Passes over the training data.
        public var iterations: Int
        /// Seed for the order sentences are visited in, so training is reproducible.
        public var seed: UInt64
        /// Words seen at least this often with a single tag at least `dictionaryPurity` of
        /// the time are tagged by lookup.
        public var dictionaryMinimumCount: Int
        /// See `dictionaryMinimumCount`.
        public var dictionaryPurity: Double

        /// Creates options.
        public init(iterations: Int = 10, seed: UInt64 = 42, dictionaryMinimumCount: Int = 20, dictionaryPurity: Double = 0.97) {
            self.iterations = iterations
            self.seed = seed
            self.dictionaryMinimumCount = dictionaryMinimumCount
            self.dictionaryPurity = dictionaryPurity
        }
    }

    /// Trains a model; `progress` is told the iteration number and training accuracy.
    public static func train(_ sentences: [CoNLLU.AnnotatedSentence], options: Options = Options(), progress: (Int, Double) -> Void = { _, _ in }) -> TaggerModel {
        let tags = PartOfSpeech.allCases
        let tagCount = tags.count
        let column = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        let tagDictionary = buildTagDictionary(sentences, column: column, options: options)
        let ambiguity = buildAmbiguityClasses(sentences, column: column)
        let ambiguityTable = WordTable(words: ambiguity.map { ($0.key, $0.value) })
        let padded = sentences.map { FeatureTemplates.pad($0.words.map(\.form), ambiguity: ambiguityTable) }
        let normalized = sentences.map { $0.words.map { TokenFeatures.normalize($0.form) } }
        let truth = sentences.map { $0.words.map { column[$0.tag]! } }

        var rows: [UInt64: Int] = [:]
        var weights: [Double] = []
        var totals: [Double] = []
        var stamps: [Int] = []
        var step = 0
        var order = Array(sentences.indices)
        var random = SplitMix(seed: options.seed)
        var features = [UInt64](repeating: 0, count: FeatureTemplates.count)
        var scores = [Double](repeating: 0, count: tagCount)

        func update(_ index: Int, by amount: Double) {
            totals[index] += Double(step - stamps[index]) * weights[index]
            stamps[index] = step
            weights[index] += amount
        }

        for iteration in 1...max(1, options.iterations) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for s in order {
                let tokens = padded[s]
                var previous = tagCount
                var beforePrevious = tagCount + 1
                for i in 0..<truth[s].count {
                    let gold = truth[s][i]
                    var guess: Int
                    if let fixed = tagDictionary[normalized[s][i]] {
                        guess = Int(fixed)
                    } else {
                        features.withUnsafeMutableBufferPointer { buffer in
                            FeatureTemplates.extract(tokens, i + 2, previous: previous, beforePrevious: beforePrevious, into: buffer)
                        }
                        for t in 0..<tagCount { scores[t] = 0 }
                        for key in features {
                            guard let row = rows[key] else { continue }
                            for t in 0..<tagCount { scores[t] += weights[row * tagCount + t] }
                        }
                        guess = 0
                        for t in 1..<tagCount where scores[t] > scores[guess] { guess = t }
                        step += 1
                        if guess != gold {
                            for key in features {
                                let row: Int
                                if let known = rows[key] {
                                    row = known
                                } else {
                                    row = rows.count
                                    rows[key] = row
                                    weights.append(contentsOf: repeatElement(0, count: tagCount))
                                    totals.append(contentsOf: repeatElement(0, count: tagCount))
                                    stamps.append(contentsOf: repeatElement(0, count: tagCount))
                                }
                                update(row * tagCount + gold, by: 1)
                                update(row * tagCount + guess, by: -1)
                            }
                        }
                    }
                    if guess == gold { correct += 1 }
                    total += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            progress(iteration, total > 0 ? Double(correct) / Double(total) : 0)
        }

        var entries: [(key: UInt64, weights: [Float])] = []
        entries.reserveCapacity(rows.count)
        for (key, row) in rows.sorted(by: { $0.value < $1.value }) {
            var averaged = [Float](repeating: 0, count: tagCount)
            for t in 0..<tagCount {
                let index = row * tagCount + t
                let total = totals[index] + Double(step - stamps[index]) * weights[index]
                averaged[t] = Float(total / Double(max(step, 1)))
            }
            entries.append((key, averaged))
        }
        let table = FeatureTable(tagCount: tagCount, entries: entries)
        return TaggerModel(tags: tags, table: table, tagDictionary: tagDictionary, ambiguityClasses: ambiguity, lemmas: learnLemmas(sentences))
    }

    /// The share of words of `sentences` that `model` tags correctly.
    public static func accuracy(_ model: TaggerModel, on sentences: [CoNLLU.AnnotatedSentence]) -> (correct: Int, total: Int) {
        var correct = 0
        var total = 0
        for sentence in sentences {
            let predicted = PerceptronTagger.predict(sentence.words.map(\.form), model: model)
            for (word, column) in zip(sentence.words, predicted) {
                if model.tags[column] == word.tag { correct += 1 }
                total += 1
            }
        }
        return (correct, total)
    }

    /// For each word seen at least twice, the tags it carried at least 5% of the time.
    static func buildAmbiguityClasses(_ sentences: [CoNLLU.AnnotatedSentence], column: [PartOfSpeech: Int]) -> [String: UInt32] {
        var counts: [String: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                counts[TokenFeatures.normalize(word.form), default: [:]][column[word.tag]!, default: 0] += 1
            }
        }
        var result: [String: UInt32] = [:]
        for (word, byTag) in counts {
            let total = byTag.values.reduce(0, +)
            guard total >= 2 else { continue }
            var mask: UInt32 = 0
            for (tag, count) in byTag where Double(count) / Double(total) >= 0.05 { mask |= 1 << UInt32(tag) }
            result[word] = mask
        }
        return result
    }

    static func buildTagDictionary(_ sentences: [CoNLLU.AnnotatedSentence], column: [PartOfSpeech: Int], options: Options) -> [String: UInt8] {
        var counts: [String: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                counts[TokenFeatures.normalize(word.form), default: [:]][column[word.tag]!, default: 0] += 1
            }
        }
        var result: [String: UInt8] = [:]
        for (word, byTag) in counts {
            let total = byTag.values.reduce(0, +)
            // Ties go to the lower column, so training is reproducible whatever the hash order.
            guard total >= options.dictionaryMinimumCount, let best = byTag.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            if Double(best.value) / Double(total) >= options.dictionaryPurity { result[word] = UInt8(best.key) }
        }
        return result
    }

    /// The most frequent lemma of each lower-cased form and tag, where it differs from the form.
    static func learnLemmas(_ sentences: [CoNLLU.AnnotatedSentence]) -> LemmaTable {
        var counts: [LemmaTable.Key: [String: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where word.tag != .properNoun && word.tag != .punctuation && word.tag != .numeral {
                let key = LemmaTable.Key(form: word.form.lowercased(), tag: word.tag)
                counts[key, default: [:]][word.lemma.lowercased(), default: 0] += 1
            }
        }
        var learned: [LemmaTable.Key: String] = [:]
        for (key, lemmas) in counts {
            guard let best = lemmas.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            if best.key != key.form { learned[key] = best.key }
        }
        return LemmaTable(learned: learned)
    }
}

/// A small deterministic random generator (SplitMix64), so training runs are reproducible.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
