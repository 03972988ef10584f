/// A word's 64-bit key: FNV-1a over its UTF-8 bytes, then mixed.
///
/// The coder compares words millions of times a second. Hashing a `String` with the standard
/// library's seeded hasher costs more than the rest of a lookup, so hot tables are keyed by
/// this value instead, computed once per token. Keys are not checked against the words they
/// came from: two of the hundred thousand or so words a table holds share a key with
/// probability about 10⁻⁹, and a running word hits a stored key it does not match with
/// probability about 10⁻¹⁴ a lookup.
public enum WordKey {
    @usableFromInline static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The key of `word`, exactly as written (callers lower-case first where they mean to).
    @inlinable
    public static func of(_ word: String) -> UInt64 {
        mix(fnv1a(word))
    }

    /// FNV-1a over the UTF-8 bytes of `word`, unmixed (the tagger's and parser's feature hash).
    @inlinable
    public static func fnv1a(_ word: String) -> UInt64 {
        // Over the contiguous bytes: iterating `utf8` checked the string's form at every byte,
        // which made this hash 4% of the coder's time.
        var word = word
        return word.withUTF8 { bytes in
            var h = offsetBasis
            for byte in bytes {
                h ^= UInt64(byte)
                h = h &* prime
            }
            return h
        }
    }

    /// The key of a word under a second value (a trie node, a tag): spreads both over all bits.
    @inlinable
    public static func combine(_ key: UInt64, _ value: UInt64) -> UInt64 {
        mix(key ^ (value &+ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9)
    }

    /// A finalizer (splitmix64's), so that similar words land far apart in a table:
    /// `of(word)` is `mix(fnv1a(word))`, for a caller that has the FNV-1a hash already.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}
