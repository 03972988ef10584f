/// A size for messages: people read "16 MiB" faster than "16777216"; a size that is not a
/// whole number of units is given exactly, so a limit in a message can be typed back as is.
struct ByteCount: CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    var description: String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift {
            let whole = bytes >> shift
            return whole << shift == bytes ? "\(whole) \(unit)" : "\(bytes) bytes"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
