/// A hash table from word keys (`WordKey`) to values: open addressing, linear probing, a
/// multiply-free slot choice because keys are already mixed.
///
/// It replaces `[String: Value]` where the coder looks words up per token: no seeded hashing,
/// and a probe reads one key beside its value's index.
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var index: Int32

        @inlinable
        init(key: UInt64, index: Int32) {
            self.key = key
            self.index = index
        }
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int
    @usableFromInline var storage: [Value] = []
    /// The values, in insertion order.
    public var values: [Value] { storage }

    /// An empty table.
    @inlinable
    public init() {
        slots = Array(repeating: Slot(key: 0, index: -1), count: 16)
        mask = 15
    }

    /// A table of `words` (not lower-cased here), later words replacing earlier ones.
    public init<S: Sequence>(words: S) where S.Element == (String, Value) {
        self.init()
        for (word, value) in words { self[WordKey.of(word)] = value }
    }

    /// The number of keys stored.
    public var count: Int { storage.count }

    /// Every key stored, in no particular order.
    public var keys: [UInt64] { slots.compactMap { $0.key == 0 ? nil : $0.key } }

    /// The value of `key`, or nil; setting nil is not supported (tables only grow).
    @inlinable
    public subscript(key: UInt64) -> Value? {
        get {
            slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: key) & mask
                while true {
                    let found = slots[slot].key
                    if found == key { return storage[Int(slots[slot].index)] }
                    if found == 0 { return nil }
                    slot = (slot + 1) & mask
                }
            }
        }
        set {
            guard let newValue else { return }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 {
                if slots[slot].key == key {
                    storage[Int(slots[slot].index)] = newValue
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(key: key, index: Int32(storage.count))
            storage.append(newValue)
            if storage.count * 2 > slots.count { grow() }
        }
    }

    /// The value of `word` (not lower-cased here).
    @inlinable
    public subscript(word: String) -> Value? {
        self[WordKey.of(word)]
    }

    @usableFromInline
    mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, index: -1), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var slot = Int(truncatingIfNeeded: entry.key) & mask
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

/// A set of words for per-token membership tests, keyed like `WordTable`. Two sets are
/// equal when they hold the same keys.
public struct WordSet: Sendable, Hashable, ExpressibleByArrayLiteral {
    @usableFromInline var table = WordTable<Bool>()

    /// A set of `words`, as written.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { table[WordKey.of(word)] = true }
    }

    /// A set of words, as written.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inlinable
    public func contains(_ word: String) -> Bool { table[WordKey.of(word)] != nil }

    /// Whether the word with key `key` is in the set.
    @inlinable
    public func contains(key: UInt64) -> Bool { table[key] != nil }

    /// The number of words.
    public var count: Int { table.count }

    /// The keys held, in increasing order.
    public var sortedKeys: [UInt64] { table.keys.sorted() }

    public static func == (a: WordSet, b: WordSet) -> Bool { a.sortedKeys == b.sortedKeys }

    public func hash(into hasher: inout Hasher) { hasher.combine(sortedKeys) }
}
