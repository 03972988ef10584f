/// An open-addressing hash table from feature hashes to rows of per-tag weights: the
/// trained tagger's memory. Lookups are a multiply, a mask and usually one probe.
///
/// Tagging is bound by memory, not arithmetic: each token looks up about thirty features in
/// tables of several megabytes. So a slot holds only a 32-bit fingerprint of its key and its
/// row (8 bytes, eight to a cache line), and `accumulate` first finds every feature's row and
/// then adds the rows, so that the loads of one phase do not wait on each other.
struct FeatureTable: Sendable {
    /// A key's fingerprint and its row side by side, so that a probe touches one cache line.
    struct Slot {
        /// `UInt32(truncatingIfNeeded: key)`, never 0 in a used slot.
        var fingerprint: UInt32
        var row: Int32
    }

    private(set) var slots: [Slot]
    private var mask: Int
    /// Weights, `tagCount` per row, row-major.
    private(set) var weights: [Float]
    /// The full key of every row, for saving the model.
    private let keys: [UInt64]
    let tagCount: Int

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
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = Array(repeating: Slot(fingerprint: 0, row: -1), count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Self.home(key, mask: mask)
            while slots[slot].fingerprint != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(fingerprint: Self.fingerprint(key), row: Int32(row))
        }
        self.slots = slots
        self.mask = mask
        self.weights = weights
        self.keys = keys
    }

    @inline(__always)
    private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The low half of the key: independent of the high bits that choose the home slot, so
    /// two keys sharing a probe run and a fingerprint are about one in four billion.
    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: key)
        return low == 0 ? 1 : low
    }

    /// The row of `key` in `slots`, or -1.
    @inline(__always)
    private func row(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        var slot = Self.home(key, mask: mask)
        let wanted = Self.fingerprint(key)
        while true {
            let found = slots[slot].fingerprint
            if found == wanted { return Int(slots[slot].row) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of every known feature to `scores`.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { rows in
            var found = 0
            slots.withUnsafeBufferPointer { table in
                for key in features {
                    let r = row(key, in: table)
                    if r >= 0 { rows[found] = r; found += 1 }
                }
            }
            weights.withUnsafeBufferPointer { w in
                for index in 0..<found {
                    let base = rows[index] * tagCount
                    for t in 0..<tagCount { scores[t] += w[base + t] }
                }
            }
        }
    }

    /// The number of features stored.
    var count: Int { keys.count }

    /// The full key of every row, in row order (`weights` holds the rows).
    var rowKeys: [UInt64] { keys }

    /// Every stored feature with its weights, in row order.
    func entries() -> [(key: UInt64, weights: ArraySlice<Float>)] {
        keys.enumerated().map { row, key in (key, weights[row * tagCount..<(row + 1) * tagCount]) }
    }
}
