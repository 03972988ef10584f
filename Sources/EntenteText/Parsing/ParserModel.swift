import EntenteCore

/// A trained dependency parser: the move classifier (four columns: shift, reduce, left, right),
/// the label classifier (one column a relation) and the relation names.
///
/// Load it once (``init(data:)``) and share it: it is immutable, and a class so that the
/// coder's many copies of it (one in every parse and sentence view) are one reference each,
/// not a dozen of its tables'.
public final class ParserModel: Sendable {
    /// The relations the parser assigns, in label-column order ("nsubj", "nmod:poss", …).
    public let labels: [String]
    /// Each label's universal relation, without its subtype ("nsubj", "nmod"), in the same
    /// order: split once here rather than for every parsed word.
    public let universalLabels: [String]
    /// For words seen at least twice in training, the UPOS tags they had (bits by
    /// `PartOfSpeech.columnIndex`), keyed by the tagger's normalised form.
    let ambiguityClasses: [String: UInt32]
    let ambiguity: WordTable<UInt32>
    let moves: FeatureTable
    let labelTable: FeatureTable
    /// The column of "root" (the label of the root word), and of "punct" and "dep", which
    /// the repair step gives words left without a head.
    let rootLabel: Int
    let punctLabel: Int
    let depLabel: Int
    /// The beam width the move classifier was trained for (1: greedy), which
    /// ``DependencyParser/parse(words:tags:model:)`` decodes with: a globally trained model
    /// scores whole move sequences, and decodes best with the beam it learnt with.
    public let beamWidth: Int

    init(labels: [String], ambiguityClasses: [String: UInt32], moves: FeatureTable, labelTable: FeatureTable, beamWidth: Int = 1) {
        self.beamWidth = max(1, beamWidth)
        self.labels = labels
        universalLabels = labels.map { label in label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label }
        self.ambiguityClasses = ambiguityClasses
        ambiguity = WordTable(words: ambiguityClasses.map { ($0.key, $0.value) })
        self.moves = moves
        self.labelTable = labelTable
        rootLabel = labels.firstIndex(of: "root") ?? 0
        punctLabel = labels.firstIndex(of: "punct") ?? 0
        depLabel = labels.firstIndex(of: "dep") ?? labels.firstIndex(of: "parataxis") ?? 0
    }

    /// The number of weighted features of both classifiers.
    public var featureCount: Int { moves.count + labelTable.count }

    static let magic: [UInt8] = Array("ENPARSER".utf8)
    /// Version 3 added the beam width.
    static let version: UInt32 = 3
    /// Wider beams are no use and would only make a corrupt file slow to parse with.
    static let widestBeam = 64

    /// Reads a model written by ``serialized(threshold:)``; a file that is not one, or is cut
    /// short, is a `.modelInvalid` error.
    public convenience init(data: [UInt8]) throws {
        var reader = ByteReader(data)
        guard try reader.bytes(ParserModel.magic.count) == ParserModel.magic else {
            throw EntenteError(.modelInvalid, "not an Entente parser model")
        }
        let version = try reader.uint32()
        guard version == ParserModel.version else {
            throw EntenteError(.modelInvalid, "unsupported parser model version \(version) (expected \(ParserModel.version)): retrain it with `entente train parser`")
        }
        let beamWidth = Int(try reader.uint32())
        guard (1...ParserModel.widestBeam).contains(beamWidth) else { throw EntenteError(.modelInvalid, "parser model has beam width \(beamWidth)") }
        let labelCount = Int(try reader.uint32())
        guard labelCount > 0, labelCount < 256 else { throw EntenteError(.modelInvalid, "parser model has \(labelCount) labels") }
        var labels: [String] = []
        for _ in 0..<labelCount { labels.append(try reader.string()) }
        let classCount = Int(try reader.uint32())
        guard classCount <= reader.remaining / 8 else { throw EntenteError(.modelInvalid, "model file is truncated") }
        var ambiguityClasses: [String: UInt32] = [:]
        ambiguityClasses.reserveCapacity(classCount)
        for _ in 0..<classCount {
            let word = try reader.string()
            ambiguityClasses[word] = try reader.uint32()
        }
        let moves = try ParserModel.readTable(&reader, columns: ArcEagerState.Move.allCases.count)
        let labelTable = try ParserModel.readTable(&reader, columns: labelCount)
        self.init(labels: labels, ambiguityClasses: ambiguityClasses, moves: moves, labelTable: labelTable, beamWidth: beamWidth)
    }

    /// The model as bytes. Averaged weights smaller than `threshold` in magnitude are dropped
    /// and the rest stored as 16-bit integers scaled to each table's largest weight: the file
    /// is a fraction of the size, and the parses do not change measurably.
    public func serialized(threshold: Float = 0) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(ParserModel.magic)
        writer.uint32(ParserModel.version)
        writer.uint32(UInt32(beamWidth))
        writer.uint32(UInt32(labels.count))
        for label in labels { writer.string(label) }
        writer.uint32(UInt32(ambiguityClasses.count))
        for word in ambiguityClasses.keys.sorted() {
            writer.string(word)
            writer.uint32(ambiguityClasses[word] ?? 0)
        }
        ParserModel.write(moves, threshold: threshold, to: &writer)
        ParserModel.write(labelTable, threshold: threshold, to: &writer)
        return writer.data
    }

    private static func write(_ table: FeatureTable, threshold: Float, to writer: inout ByteWriter) {
        let columns = table.tagCount
        let largest = table.largestMagnitude
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        writer.uint32(UInt32(columns))
        writer.float(scale)
        var rows: [(key: UInt64, values: [(UInt8, Int16)])] = []
        for (row, key) in table.rowKeys.enumerated() {
            var values: [(UInt8, Int16)] = []
            for column in 0..<columns {
                let weight = table.weight(row: row, column: column)
                guard abs(weight) >= threshold else { continue }
                let quantized = Int16((weight / scale).rounded())
                if quantized != 0 { values.append((UInt8(column), quantized)) }
            }
            if !values.isEmpty { rows.append((key, values)) }
        }
        writer.uint32(UInt32(rows.count))
        for row in rows {
            writer.uint64(row.key)
            writer.uint8(UInt8(row.values.count))
            for (column, value) in row.values {
                writer.uint8(column)
                writer.uint16(UInt16(bitPattern: value))
            }
        }
    }

    private static func readTable(_ reader: inout ByteReader, columns expected: Int) throws -> FeatureTable {
        let columns = Int(try reader.uint32())
        guard columns == expected else { throw EntenteError(.modelInvalid, "parser table has \(columns) columns, expected \(expected)") }
        let scale = try reader.float()
        guard scale.isFinite, scale > 0 else { throw EntenteError(.modelInvalid, "parser table has an invalid scale") }
        let rowCount = Int(try reader.uint32())
        // Every row takes at least 12 bytes, so a corrupt count cannot make us reserve wildly.
        guard rowCount <= reader.remaining / 12 else { throw EntenteError(.modelInvalid, "model file is truncated") }
        var keys: [UInt64] = []
        keys.reserveCapacity(rowCount)
        var weights = [Float](repeating: 0, count: rowCount * columns)
        var seen = Set<UInt64>(minimumCapacity: rowCount)
        for row in 0..<rowCount {
            let key = try reader.uint64()
            guard seen.insert(key).inserted else { throw EntenteError(.modelInvalid, "parser model repeats a feature") }
            keys.append(key)
            let count = Int(try reader.uint8())
            for _ in 0..<count {
                let column = Int(try reader.uint8())
                guard column < columns else { throw EntenteError(.modelInvalid, "weight column out of range") }
                weights[row * columns + column] = Float(Int16(bitPattern: try reader.uint16())) * scale
            }
        }
        return FeatureTable(tagCount: columns, keys: keys, weights: weights)
    }
}
