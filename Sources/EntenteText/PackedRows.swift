/// The rows of a narrow feature table (up to four columns: the parser's moves) kept inside
/// their hash slots: each slot holds the whole 64-bit key and its row as 16-bit integers, in
/// 16 bytes, four slots to a cache line.
///
/// The parser looks up 90 features a move, most of them in a table of several megabytes, so
/// each lookup is a cache miss. With the row beside the key the miss is one, not two (the slot,
/// then the row). The integers are the weights divided by the table's scale (its largest
/// weight over `Int16.max`), the same quantization the parser model's file uses, so a loaded
/// model's rows are its file's integers exactly. Rows are summed as integers, which is exact,
/// and scaled once.
struct PackedRows: Sendable {
    /// The widest row packed.
    static let width = 4

    /// A key and its row; `key` 0 marks an empty slot (feature hashes are never 0).
    struct Slot {
        var key: UInt64
        var weights: SIMD4<Int16>
    }

    private let slots: [Slot]
    private let mask: Int
    /// The weight of one unit of a stored integer.
    let scale: Float
    let columns: Int
    /// The slot of each row, in the order the rows were given.
    let rowSlots: [Int32]

    /// Packs `keys.count` rows of `columns` weights (laid end to end in `weights`).
    init(columns: Int, keys: [UInt64], weights: [Float]) {
        precondition(columns <= Self.width && weights.count == keys.count * columns, "one row of at most four weights a key")
        self.columns = columns
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.scale = scale
        // At least a third of the slots empty, so probe runs stay short; not half, as the
        // FeatureTable's 8-byte slots are, because 16-byte slots at half would double a
        // table that is already larger than the cache.
        var capacity = 16
        while capacity * 2 < keys.count * 3 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Slot](repeating: Slot(key: 0, weights: .zero), count: capacity)
        var rowSlots: [Int32] = []
        rowSlots.reserveCapacity(keys.count)
        for (row, key) in keys.enumerated() {
            precondition(key != 0, "feature hashes are never 0")
            var row4 = SIMD4<Int16>.zero
            for column in 0..<columns {
                row4[column] = Int16((weights[row * columns + column] / scale).rounded())
            }
            var slot = FeatureTable.home(key, mask: mask)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, weights: row4)
            rowSlots.append(Int32(slot))
        }
        self.slots = slots
        self.mask = mask
        self.rowSlots = rowSlots
    }

    /// Adds the rows of every known feature to `scores` (`columns` long).
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        var sum = SIMD4<Int32>.zero
        slots.withUnsafeBufferPointer { table in
            for key in features {
                var slot = FeatureTable.home(key, mask: mask)
                while true {
                    let found = table[slot].key
                    if found == key {
                        sum &+= SIMD4<Int32>(truncatingIfNeeded: table[slot].weights)
                        break
                    }
                    if found == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        for column in 0..<columns { scores[column] += Float(sum[column]) * scale }
    }

    /// The weight in `column` of the row in `slot`.
    func weight(slot: Int, column: Int) -> Float {
        Float(slots[slot].weights[column]) * scale
    }

    /// The largest weight's magnitude.
    var largestMagnitude: Float {
        rowSlots.reduce(Float(0)) { largest, slot in
            (0..<columns).reduce(largest) { max($0, abs(weight(slot: Int(slot), column: $1))) }
        }
    }
}
