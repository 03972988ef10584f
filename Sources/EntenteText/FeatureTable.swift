/// An open-addressing hash table from feature hashes to rows of per-tag weights: the
/// trained tagger's memory. Lookups are a multiply, a mask and usually one probe.
struct FeatureTable: Sendable {
    /// A key and its row side by side, so that a probe touches one cache line.
    struct Slot {
        var key: UInt64
        var row: Int32
    }

    private(set) var slots: [Slot]
    private var mask: Int
    /// Weights, `tagCount` per row, row-major.
    private(set) var weights: [Float]
    let tagCount: Int

    /// Builds a table from `(key, weights)` pairs, each weight array `tagCount` long.
    init(tagCount: Int, entries: [(key: UInt64, weights: [Float])]) {
        self.tagCount = tagCount
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(key: 0, row: -1), count: capacity)
        mask = capacity - 1
        weights = []
        weights.reserveCapacity(entries.count * tagCount)
        for (row, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: entry.key, row: Int32(row))
            weights.append(contentsOf: entry.weights)
        }
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { row(key, in: $0) }
    }

    @inline(__always)
    private func row(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let k = slots[slot].key
            if k == key { return Int(slots[slot].row) }
            if k == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of every known feature to `scores`.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { table in
            weights.withUnsafeBufferPointer { w in
                for key in features {
                    let r = row(key, in: table)
                    if r < 0 { continue }
                    let base = r * tagCount
                    for t in 0..<tagCount { scores[t] += w[base + t] }
                }
            }
        }
    }

    /// The number of features stored.
    var count: Int { weights.count / max(tagCount, 1) }

    /// Every stored feature with its weights, in row order.
    func entries() -> [(key: UInt64, weights: ArraySlice<Float>)] {
        var result = Array(repeating: (key: UInt64(0), weights: ArraySlice<Float>()), count: count)
        for slot in slots where slot.key != 0 {
            let r = Int(slot.row)
            result[r] = (slot.key, weights[r * tagCount..<(r + 1) * tagCount])
        }
        return result
    }
}
