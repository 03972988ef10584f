/// An open-addressing hash table from feature hashes to rows of per-column weights: the
/// memory of the tagger and of the parser's two classifiers. Lookups are a multiply, a mask
/// and usually one probe.
///
/// Tagging and parsing are bound by memory, not arithmetic: each token looks up dozens of
/// features in tables of several megabytes. So a slot holds only a 32-bit fingerprint of its
/// key and where its row is (8 bytes, eight to a cache line), and `accumulate` first finds
/// every feature's row and then adds the rows, so that the loads of one phase do not wait on
/// each other.
///
/// Rows are laid out by width. Rows of up to four columns (the parser's moves, looked up 90
/// times a move) are packed into their slot, beside the whole key, as 16-bit integers scaled
/// to the table's largest weight (``PackedRows``): a lookup is one cache line, not two. Up to
/// 20 columns (the tagger's 17 tags) are stored whole, padded to whole SIMD4 vectors, and
/// added four columns at a time. Wider rows (the parser's 51 relations) are stored sparse,
/// only their non-zero weights: an averaged perceptron leaves about two of a label row's 51
/// weights non-zero, and the dense rows took 20 MB that crowded the move table out of the
/// cache.
struct FeatureTable: Sendable {
    /// A key's fingerprint and its row side by side, so that a probe touches one cache line.
    struct Slot {
        /// `UInt32(truncatingIfNeeded: key)`, never 0 in a used slot.
        var fingerprint: UInt32
        /// Where the row starts: in `dense` or in `sparse`.
        var start: Int32
    }

    /// One non-zero weight of a sparse row; a row ends with `Entry.end`.
    struct Entry {
        var column: UInt32
        var weight: Float

        static let end = Entry(column: .max, weight: 0)
    }

    /// The widest row stored dense: the tagger's 17 tags. Wider rows (the parser's 51
    /// relations) are mostly zeros.
    private static let widestDenseRow = 20
    /// Rows of up to this many columns are packed into their slots.
    private static let widestPackedRow = PackedRows.width
    /// The stride of a dense row: `tagCount` rounded up to whole SIMD4 vectors.
    private let denseWidth: Int

    private(set) var slots: [Slot]
    private var mask: Int
    /// Dense rows, `denseWidth` weights each (zeros past `tagCount`), when `isDense`.
    private let dense: [Float]
    /// Sparse rows end to end, each closed by `Entry.end`, when not `isDense`.
    private let sparse: [Entry]
    /// Where each row starts in `dense` or `sparse`, in row order (for saving the model).
    private let rowStarts: [Int32]
    /// The full key of every row, for saving the model.
    private let keys: [UInt64]
    /// The rows of a narrow table, in their slots (`slots`, `dense` and `sparse` then empty).
    private let packed: PackedRows?
    let tagCount: Int

    private var isDense: Bool { tagCount <= Self.widestDenseRow }

    /// Builds a table from `(key, weights)` pairs, each weight array `tagCount` long.
    init(tagCount: Int, entries: [(key: UInt64, weights: [Float])]) {
        var weights: [Float] = []
        weights.reserveCapacity(entries.count * tagCount)
        for entry in entries { weights.append(contentsOf: entry.weights) }
        self.init(tagCount: tagCount, keys: entries.map(\.key), weights: weights)
    }

    /// Builds a table from distinct keys and their rows laid end to end (`tagCount` weights a
    /// key), without an array per row: large models load faster.
    init(tagCount: Int, keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * tagCount, "one row of weights a key")
        self.tagCount = tagCount
        self.keys = keys
        if tagCount <= Self.widestPackedRow {
            let packed = PackedRows(columns: tagCount, keys: keys, weights: weights)
            self.packed = packed
            rowStarts = packed.rowSlots
            denseWidth = 0
            slots = []
            mask = 0
            dense = []
            sparse = []
            return
        }
        packed = nil
        var starts: [Int32] = []
        starts.reserveCapacity(keys.count)
        var dense: [Float] = []
        var sparse: [Entry] = []
        let denseWidth = (tagCount + 3) / 4 * 4
        self.denseWidth = denseWidth
        if tagCount <= Self.widestDenseRow {
            dense = [Float](repeating: 0, count: keys.count * denseWidth)
            for row in keys.indices {
                starts.append(Int32(row * denseWidth))
                for column in 0..<tagCount { dense[row * denseWidth + column] = weights[row * tagCount + column] }
            }
        } else {
            sparse.reserveCapacity(keys.count * 3)
            for row in keys.indices {
                starts.append(Int32(sparse.count))
                for column in 0..<tagCount where weights[row * tagCount + column] != 0 {
                    sparse.append(Entry(column: UInt32(column), weight: weights[row * tagCount + column]))
                }
                sparse.append(.end)
            }
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = Array(repeating: Slot(fingerprint: 0, start: -1), count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Self.home(key, mask: mask)
            while slots[slot].fingerprint != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(fingerprint: Self.fingerprint(key), start: starts[row])
        }
        self.slots = slots
        self.mask = mask
        self.dense = dense
        self.sparse = sparse
        rowStarts = starts
    }

    /// The slot a key's probe starts at (``PackedRows`` probes the same way).
    @inline(__always)
    static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The low half of the key: independent of the high bits that choose the home slot, so
    /// two keys sharing a probe run and a fingerprint are about one in four billion.
    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: key)
        return low == 0 ? 1 : low
    }

    /// Where the row of `key` starts, or -1.
    @inline(__always)
    private func start(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        var slot = Self.home(key, mask: mask)
        let wanted = Self.fingerprint(key)
        while true {
            let found = slots[slot].fingerprint
            if found == wanted { return Int(slots[slot].start) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of every known feature to `scores` (`tagCount` long).
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        if let packed {
            packed.accumulate(features, into: scores)
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { starts in
            var found = 0
            slots.withUnsafeBufferPointer { table in
                for key in features {
                    let s = start(key, in: table)
                    if s >= 0 { starts[found] = s; found += 1 }
                }
            }
            if isDense {
                // Summed in a register and written once: adding into `scores` column by
                // column made every addition wait on the store before it.
                // A wide row (the tagger's) is summed four columns at a time.
                dense.withUnsafeBytes { raw in
                    for first in stride(from: 0, to: denseWidth, by: 4) {
                        var sum = SIMD4<Float>()
                        for index in 0..<found {
                            sum += raw.loadUnaligned(fromByteOffset: (starts[index] &+ first) &* MemoryLayout<Float>.stride, as: SIMD4<Float>.self)
                        }
                        for t in first..<min(first + 4, tagCount) { scores[t] += sum[t - first] }
                    }
                }
            } else {
                sparse.withUnsafeBufferPointer { entries in
                    for index in 0..<found {
                        var e = starts[index]
                        while entries[e].column != Entry.end.column {
                            scores[Int(entries[e].column)] += entries[e].weight
                            e += 1
                        }
                    }
                }
            }
        }
    }

    /// The weight of `row` (in row order) for `column`.
    func weight(row: Int, column: Int) -> Float {
        if let packed { return packed.weight(slot: Int(rowStarts[row]), column: column) }
        let start = Int(rowStarts[row])
        if isDense { return dense[start + column] }
        var e = start
        while sparse[e].column != Entry.end.column {
            if sparse[e].column == UInt32(column) { return sparse[e].weight }
            e += 1
        }
        return 0
    }

    /// The largest weight's magnitude, for scaling the table when it is saved.
    var largestMagnitude: Float {
        if let packed { return packed.largestMagnitude }
        return isDense ? dense.reduce(Float(0)) { max($0, abs($1)) } : sparse.reduce(Float(0)) { $1.column == Entry.end.column ? $0 : max($0, abs($1.weight)) }
    }

    /// The number of features stored.
    var count: Int { keys.count }

    /// The full key of every row, in row order.
    var rowKeys: [UInt64] { keys }

    /// Every stored feature with its weights (`tagCount` of them), in row order.
    func entries() -> [(key: UInt64, weights: [Float])] {
        keys.indices.map { row in (keys[row], (0..<tagCount).map { weight(row: row, column: $0) }) }
    }
}
