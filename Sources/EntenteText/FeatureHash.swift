import EntenteCore

/// 64-bit hashing for tagger features: word forms, affixes and shapes are hashed once per
/// token, and each feature is a mix of a template number with those hashes, so scoring a
/// token allocates nothing.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over the UTF-8 bytes of a string.
    static func hash(_ text: String) -> UInt64 {
        WordKey.fnv1a(text)
    }

    /// A well-mixed combination of a template number and up to two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var z = template &* 0x9E37_79B9_7F4A_7C15 ^ a
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z ^= b &* 0x94D0_49BB_1331_11EB
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}
