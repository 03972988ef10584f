import EntenteCore

/// Bytes decoded as UTF-8, with invalid sequences replaced by U+FFFD and counted, so bad
/// input is reported and never stops the run.
public struct DecodedText: Sendable {
    /// The text.
    public var text: String
    /// How many invalid sequences were replaced.
    public var replacements: Int
    /// Byte offset (within the decoded bytes) of the first invalid sequence.
    public var firstInvalidByte: Int?

    /// Decodes `bytes`.
    public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        // Validate a contiguous copy: String(validating:) misreads some array slices.
        if let valid = String(validating: Array(bytes), as: UTF8.self) {
            self.text = valid
            self.replacements = 0
            self.firstInvalidByte = nil
            return
        }
        var replacements = 0
        var firstInvalid: Int?
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var position = 0
        var consumed = 0
        // Track positions coarsely: count bytes of each decoded scalar.
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                consumed = scalar.utf8.count
            case .error:
                replacements += 1
                if firstInvalid == nil { firstInvalid = position }
                scalars.append("\u{FFFD}")
                consumed = 1
            case .emptyInput:
                break loop
            }
            position += consumed
        }
        self.text = String(scalars)
        self.replacements = replacements
        self.firstInvalidByte = firstInvalid
    }

    /// Whether `bytes` look like a binary file: a NUL byte, or many control characters.
    public static func looksBinary<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var controls = 0
        var count = 0
        for byte in bytes.prefix(8192) {
            count += 1
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { controls += 1 }
        }
        return count > 0 && controls * 10 > count
    }
}
