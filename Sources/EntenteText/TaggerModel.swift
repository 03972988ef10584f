import EntenteCore

/// A trained part-of-speech model: perceptron weights, the tag dictionary of frequent
/// unambiguous words, and the lemma table learned from the same treebank.
///
/// Load it once (``init(data:)``) and share it: it is an immutable value.
public struct TaggerModel: Sendable {
    /// The tag set, in weight-column order.
    public let tags: [PartOfSpeech]
    let table: FeatureTable
    /// Normalised words that always carry one tag in training, with that tag's column.
    let tagDictionary: [String: UInt8]
    /// For frequent words, the bit mask of tags seen with them in training.
    let ambiguityClasses: [String: UInt32]
    /// Lemmas learned from the treebank.
    public let lemmas: LemmaTable
    /// `tagDictionary` and `ambiguityClasses` keyed for lookups per token.
    let fixedTags: WordTable<UInt8>
    let ambiguityTable: WordTable<UInt32>
    /// For the frequent words (those with an ambiguity class and no fixed tag), the summed
    /// weights of their word-only features (`FeatureTemplates.extractWordOnly`), row by row in
    /// `wordWeights`: one lookup instead of ten for most tokens the tagger has to score.
    let wordRows: WordTable<Int32>
    let wordWeights: [Float]

    init(tags: [PartOfSpeech], table: FeatureTable, tagDictionary: [String: UInt8], ambiguityClasses: [String: UInt32], lemmas: LemmaTable) {
        self.tags = tags
        self.table = table
        self.tagDictionary = tagDictionary
        self.ambiguityClasses = ambiguityClasses
        self.lemmas = lemmas
        fixedTags = WordTable(words: tagDictionary.map { ($0.key, $0.value) })
        let ambiguityTable = WordTable(words: ambiguityClasses.map { ($0.key, $0.value) })
        self.ambiguityTable = ambiguityTable
        (wordRows, wordWeights) = TaggerModel.wordOnlyRows(table: table, words: ambiguityClasses.keys.filter { !$0.hasPrefix("!") && tagDictionary[$0] == nil }.sorted(), ambiguity: ambiguityTable)
    }

    static func wordOnlyRows(table: FeatureTable, words: [String], ambiguity: WordTable<UInt32>) -> (WordTable<Int32>, [Float]) {
        var rows = WordTable<Int32>()
        var weights: [Float] = []
        weights.reserveCapacity(words.count * table.tagCount)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureTemplates.wordOnlyCount) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: table.tagCount) { scores in
                for word in words {
                    // Only words whose normalised form is their lower-cased form reach here.
                    let padded = FeatureTemplates.pad([word], lowered: [word], ambiguity: ambiguity)[2]
                    FeatureTemplates.extractWordOnly(padded, into: features)
                    for t in 0..<table.tagCount { scores[t] = 0 }
                    table.accumulate(UnsafeBufferPointer(features), into: scores)
                    rows[padded.key] = Int32(weights.count / table.tagCount)
                    weights.append(contentsOf: scores)
                }
            }
        }
        return (rows, weights)
    }

    /// The number of weighted features.
    public var featureCount: Int { table.count }

    static let magic: [UInt8] = Array("ENTAGGER".utf8)
    static let version: UInt32 = 2

    /// Reads a model written by ``serialized()``.
    public init(data: [UInt8]) throws {
        var reader = ByteReader(data)
        guard try reader.bytes(TaggerModel.magic.count) == TaggerModel.magic else {
            throw EntenteError(.modelInvalid, "not an Entente tagger model")
        }
        guard try reader.uint32() == TaggerModel.version else {
            throw EntenteError(.modelInvalid, "unsupported tagger model version")
        }
        let tagCount = Int(try reader.uint32())
        var tags: [PartOfSpeech] = []
        for _ in 0..<tagCount {
            let name = try reader.string()
            guard let tag = PartOfSpeech(rawValue: name) else { throw EntenteError(.modelInvalid, "unknown tag \(name) in model") }
            tags.append(tag)
        }
        let featureCount = Int(try reader.uint32())
        var entries: [(key: UInt64, weights: [Float])] = []
        entries.reserveCapacity(featureCount)
        for _ in 0..<featureCount {
            let key = try reader.uint64()
            let nonZero = Int(try reader.uint8())
            var weights = [Float](repeating: 0, count: tagCount)
            for _ in 0..<nonZero {
                let column = Int(try reader.uint8())
                guard column < tagCount else { throw EntenteError(.modelInvalid, "weight column out of range") }
                weights[column] = try reader.float()
            }
            entries.append((key, weights))
        }
        let dictionaryCount = Int(try reader.uint32())
        var tagDictionary: [String: UInt8] = [:]
        tagDictionary.reserveCapacity(dictionaryCount)
        for _ in 0..<dictionaryCount {
            let word = try reader.string()
            tagDictionary[word] = try reader.uint8()
        }
        let classCount = Int(try reader.uint32())
        var ambiguityClasses: [String: UInt32] = [:]
        ambiguityClasses.reserveCapacity(classCount)
        for _ in 0..<classCount {
            let word = try reader.string()
            ambiguityClasses[word] = try reader.uint32()
        }
        let lemmaCount = Int(try reader.uint32())
        var lemmaEntries: [LemmaTable.Key: String] = [:]
        lemmaEntries.reserveCapacity(lemmaCount)
        for _ in 0..<lemmaCount {
            let form = try reader.string()
            let column = Int(try reader.uint8())
            guard column < tagCount else { throw EntenteError(.modelInvalid, "lemma tag out of range") }
            lemmaEntries[LemmaTable.Key(form: form, tag: tags[column])] = try reader.string()
        }
        self.init(tags: tags, table: FeatureTable(tagCount: tagCount, entries: entries), tagDictionary: tagDictionary, ambiguityClasses: ambiguityClasses, lemmas: LemmaTable(learned: lemmaEntries))
    }

    /// The model as bytes; weights smaller than `threshold` in magnitude are dropped.
    public func serialized(threshold: Float = 0) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(TaggerModel.magic)
        writer.uint32(TaggerModel.version)
        writer.uint32(UInt32(tags.count))
        for tag in tags { writer.string(tag.rawValue) }
        let kept = table.entries().filter { entry in entry.weights.contains { abs($0) >= threshold && $0 != 0 } }
        writer.uint32(UInt32(kept.count))
        for entry in kept {
            writer.uint64(entry.key)
            let nonZero = entry.weights.enumerated().filter { abs($0.element) >= threshold && $0.element != 0 }
            writer.uint8(UInt8(nonZero.count))
            for (offset, weight) in nonZero {
                writer.uint8(UInt8(offset))
                writer.float(weight)
            }
        }
        let words = tagDictionary.keys.sorted()
        writer.uint32(UInt32(words.count))
        for word in words {
            writer.string(word)
            writer.uint8(tagDictionary[word]!)
        }
        let classWords = ambiguityClasses.keys.sorted()
        writer.uint32(UInt32(classWords.count))
        for word in classWords {
            writer.string(word)
            writer.uint32(ambiguityClasses[word]!)
        }
        let lemmaKeys = lemmas.learned.keys.sorted { ($0.form, $0.tag.rawValue) < ($1.form, $1.tag.rawValue) }
        writer.uint32(UInt32(lemmaKeys.count))
        let column = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, UInt8($0)) })
        for key in lemmaKeys {
            writer.string(key.form)
            writer.uint8(column[key.tag]!)
            writer.string(lemmas.learned[key]!)
        }
        return writer.data
    }
}
