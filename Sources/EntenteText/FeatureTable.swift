/// An open-addressing hash table from feature hashes to rows of per-tag weights: the
/// trained tagger's memory. Lookups are a multiply, a mask and usually one probe.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]
    private var mask: Int
    /// Weights, `tagCount` per row, row-major.
    private(set) var weights: [Float]
    let tagCount: Int

    /// Builds a table from `(key, weights)` pairs, each weight array `tagCount` long.
    init(tagCount: Int, entries: [(key: UInt64, weights: [Float])]) {
        self.tagCount = tagCount
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        rows = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        weights = []
        weights.reserveCapacity(entries.count * tagCount)
        for (row, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            rows[slot] = Int32(row)
            weights.append(contentsOf: entry.weights)
        }
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let k = keys[slot]
            if k == key { return Int(rows[slot]) }
            if k == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of every known feature to `scores`.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            for key in features {
                let r = row(key)
                if r < 0 { continue }
                let base = r * tagCount
                for t in 0..<tagCount { scores[t] += w[base + t] }
            }
        }
    }

    /// The number of features stored.
    var count: Int { weights.count / max(tagCount, 1) }

    /// Every stored feature with its weights, in row order.
    func entries() -> [(key: UInt64, weights: ArraySlice<Float>)] {
        var result = Array(repeating: (key: UInt64(0), weights: ArraySlice<Float>()), count: count)
        for slot in keys.indices where keys[slot] != 0 {
            let r = Int(rows[slot])
            result[r] = (keys[slot], weights[r * tagCount..<(r + 1) * tagCount])
        }
        return result
    }
}
