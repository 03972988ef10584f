import EntenteCore
@testable import EntenteText
import Testing

/// A parse stopped part way: what it says is settled must be what the whole parse says.
@Suite struct IncrementalParseTests {
    static let sentences = [
        "This decision came just two days after Mali did the same , citing Ukraine 's support for rebels .",
        "Despite the U.S. investing millions of dollars in Niger , the junta ordered American troops to leave .",
        "Having met the envoy in Niamey , the minister said that Niger would expel the troops who arrived in 2013 .",
        "Mali , which Niger attacked on Friday , protested and recalled its ambassador .",
    ]

    @Test func everyPrefixAgreesWithTheWholeParse() {
        for text in Self.sentences {
            let words = text.split(separator: " ").map(String.init)
            let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
            let whole = DependencyParser.parse(words: words, tags: tags, model: ShippedParser.model)
            var parse = IncrementalParse(words: words, tags: tags, model: ShippedParser.model)
            for through in words.indices {
                parse.advance(through: through)
                #expect(parse.hasLeftBuffer(through))
                let partial = parse.tree()
                for word in words.indices {
                    if parse.hasHead(word) {
                        #expect(partial.heads[word] == whole.heads[word] && partial.relations[word] == whole.relations[word], "\(text) word \(word)")
                    } else {
                        #expect(partial.heads[word] == -1 && !parse.isComplete)
                    }
                    let children = words.indices.filter { partial.heads[$0] == word + 1 }
                    let wholeChildren = words.indices.filter { whole.heads[$0] == word + 1 }
                    if !parse.isOpen(word) {
                        #expect(children == wholeChildren, "\(text) word \(word): closed but gains children")
                    } else if parse.hasLeftBuffer(word) {
                        // Children still to come stand to the right of every child it has.
                        let later = wholeChildren.filter { !children.contains($0) }
                        #expect(later.allSatisfy { new in children.allSatisfy { $0 < new } }, "\(text) word \(word)")
                    }
                }
            }
            #expect(parse.isComplete)
            #expect(parse.tree() == whole)
        }
    }

    /// The arcs as numbers say what the tree and the parse say, at every step.
    @Test func arcsAgreeWithTheTreeAndTheParse() {
        let model = ShippedParser.model
        for text in Self.sentences {
            let words = text.split(separator: " ").map(String.init)
            let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
            var parse = IncrementalParse(words: words, tags: tags, model: model)
            for through in words.indices {
                parse.advance(through: through)
                let arcs = parse.arcs()
                let tree = parse.tree()
                #expect(arcs.isComplete == parse.isComplete)
                #expect(arcs.heads == tree.heads)
                #expect(arcs.labels.map { $0 >= 0 ? model.labels[$0] : "" } == tree.relations)
                for word in words.indices {
                    #expect(arcs.hasHead(word) == parse.hasHead(word))
                    #expect(arcs.hasLeftBuffer(word) == parse.hasLeftBuffer(word))
                    #expect(arcs.isOpen(word) == parse.isOpen(word))
                }
            }
        }
        #expect(model.universalLabels.count == model.labels.count)
        #expect(zip(model.labels, model.universalLabels).allSatisfy { full, universal in full == universal || full.hasPrefix(universal + ":") })
    }

    @Test func anEmptyOrOneWordParseIsWhole() {
        var empty = IncrementalParse(words: [], tags: [], model: ShippedParser.model)
        empty.advance(through: 3)
        #expect(empty.isComplete && empty.tree().heads.isEmpty)
        var one = IncrementalParse(words: ["Go"], tags: [.verb], model: ShippedParser.model)
        #expect(!one.isComplete)
        one.advance(through: 0)
        #expect(one.isComplete && one.tree() == DependencyTree(heads: [0], relations: ["root"]))
    }
}

/// The weight tables: packed rows (up to 4 columns, 16-bit in their slots), dense rows (up to
/// 20 columns, in SIMD4 blocks) and sparse ones sum the same.
@Suite struct FeatureTableTests {
    @Test(arguments: [3, 4, 7, 17, 51])
    func accumulateAddsEveryKnownRow(columns: Int) {
        var random = SplitMix(seed: UInt64(columns))
        let keys = (0..<500).map { _ in random.next() | 1 }
        let weights = (0..<(keys.count * columns)).map { index in index % 3 == 0 ? Float(Int(random.next() % 200) - 100) / 8 : 0 }
        let table = FeatureTable(tagCount: columns, keys: keys, weights: weights)
        // Packed rows keep a weight to within half a unit of their 16-bit scale.
        let tolerance: Float = columns <= PackedRows.width ? 12.5 / Float(Int16.max) : 0
        for row in [0, 17, 499] {
            for column in 0..<columns { #expect(abs(table.weight(row: row, column: column) - weights[row * columns + column]) <= tolerance) }
        }
        let asked = [keys[3], 12345, keys[40], keys[3], keys[499], 999]
        var scores = [Float](repeating: 1, count: columns)
        scores.withUnsafeMutableBufferPointer { scores in asked.withUnsafeBufferPointer { table.accumulate($0, into: scores) } }
        for column in 0..<columns {
            let expected = 1 + [3, 40, 3, 499].reduce(Float(0)) { $0 + weights[$1 * columns + column] }
            #expect(abs(scores[column] - expected) < 1e-4 + 4 * tolerance)
        }
        let stored = table.entries().map(\.weights)
        for row in keys.indices {
            for column in 0..<columns { #expect(abs(stored[row][column] - weights[row * columns + column]) <= tolerance) }
        }
    }

    /// A model file's weights are 16-bit integers times its scale: packed, the integers are
    /// kept exactly (the scale, recomputed from the largest weight, to within a rounding), so a
    /// loaded parser chooses as its file says.
    @Test func packedRowsKeepQuantizedWeightsExactly() {
        var random = SplitMix(seed: 7)
        let scale: Float = 0.000_123
        let keys = (0..<300).map { _ in random.next() | 1 }
        var integers = (0..<(keys.count * 4)).map { _ in Int16(truncatingIfNeeded: Int(random.next() % 60_001) - 30_000) }
        integers[5] = Int16.max
        let table = FeatureTable(tagCount: 4, keys: keys, weights: integers.map { Float($0) * scale })
        for row in keys.indices {
            for column in 0..<4 {
                let expected = Float(integers[row * 4 + column]) * scale
                #expect(abs(table.weight(row: row, column: column) - expected) <= abs(expected) * 1e-6)
            }
        }
        // Summed as integers and scaled once: the same in any order.
        var scores = [Float](repeating: 0, count: 4)
        scores.withUnsafeMutableBufferPointer { scores in keys.withUnsafeBufferPointer { table.accumulate($0, into: scores) } }
        for column in 0..<4 {
            let exact = keys.indices.reduce(0) { $0 + Int(integers[$1 * 4 + column]) }
            #expect(abs(scores[column] - Float(exact) * scale) <= abs(Float(exact) * scale) * 1e-6)
        }
    }
}
