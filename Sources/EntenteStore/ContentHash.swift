/// A document's identity from its text: FNV-1a over the UTF-8 bytes, with the length.
///
/// It tells two copies of one text apart from two texts, which is all identity needs here;
/// it is not a defence against someone forging a collision.
public enum ContentHash {
    /// `fnv1a64:<16 hex digits>:<byte count>`.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
            count += 1
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:\(String(repeating: "0", count: 16 - hex.count))\(hex):\(count)"
    }
}
