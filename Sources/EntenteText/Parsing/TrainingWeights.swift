/// Perceptron weights while training: a growable open-addressing table from feature keys to
/// rows of `columns` weights, with the running sums that averaging needs.
///
/// Averaging uses the usual trick: besides each weight `w`, keep `u`, the sum of every update
/// times the step it happened at; the average over `c` steps is then `w - u / c`, so no
/// update has to touch rows it does not change.
struct TrainingWeights {
    let columns: Int
    private var keys: [UInt64]
    private var rowOf: [Int32]
    private var mask: Int
    private(set) var rowKeys: [UInt64] = []
    private var weights: [Float] = []
    private var sums: [Double] = []

    init(columns: Int) {
        self.columns = columns
        keys = Array(repeating: 0, count: 1 << 16)
        rowOf = Array(repeating: -1, count: 1 << 16)
        mask = (1 << 16) - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 24) & mask
        while keys[slot] != key && rowOf[slot] >= 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        let s = slot(key)
        return rowOf[s] >= 0 ? Int(rowOf[s]) : -1
    }

    /// Adds the current (not averaged) weights of `features` to `scores`.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            for key in features {
                let r = row(key)
                guard r >= 0 else { continue }
                let base = r * columns
                for c in 0..<columns { scores[c] += w[base + c] }
            }
        }
    }

    /// Adds `delta` to column `column` of every feature's row at training step `step`.
    mutating func update(_ features: UnsafeBufferPointer<UInt64>, column: Int, delta: Float, step: Int) {
        for key in features {
            var s = slot(key)
            if rowOf[s] < 0 {
                if rowKeys.count * 2 >= keys.count {
                    grow()
                    s = slot(key)
                }
                keys[s] = key
                rowOf[s] = Int32(rowKeys.count)
                rowKeys.append(key)
                weights.append(contentsOf: repeatElement(0, count: columns))
                sums.append(contentsOf: repeatElement(0, count: columns))
            }
            let index = Int(rowOf[s]) * columns + column
            weights[index] += delta
            sums[index] += Double(delta) * Double(step)
        }
    }

    private mutating func grow() {
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        rowOf = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (row, key) in rowKeys.enumerated() {
            let s = slot(key)
            keys[s] = key
            rowOf[s] = Int32(row)
        }
    }

    /// The weights averaged over `steps` steps, as a lookup table.
    func averaged(steps: Int) -> FeatureTable {
        let c = Double(max(steps, 1))
        var averaged = [Float](repeating: 0, count: weights.count)
        for i in weights.indices { averaged[i] = Float(Double(weights[i]) - sums[i] / c) }
        return FeatureTable(tagCount: columns, keys: rowKeys, weights: averaged)
    }
}
