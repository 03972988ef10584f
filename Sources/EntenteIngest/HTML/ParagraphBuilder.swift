/// Gathers text into paragraphs the way a browser lays it out: runs of whitespace become one
/// space, and block boundaries end a paragraph, so markup indentation never reaches the text.
///
/// Works on UTF-8 bytes, since every feed item and page passes through here and most of
/// their text is ASCII.
struct ParagraphBuilder {
    private(set) var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    /// Adds inline text.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Adds inline text given as valid UTF-8.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII, nearly all of it: no decoding.
                if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current.append(0x20) }
                    pendingSpace = false
                    current.append(lead)
                }
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(index + length, count)
            let second = end > index + 1 ? bytes[index + 1] : 0
            let third = end > index + 2 ? bytes[index + 2] : 0
            switch ParagraphBuilder.classify(lead, second, third, length: length) {
            case .space:
                pendingSpace = !current.isEmpty
            case .invisible:
                break
            case .visible:
                if pendingSpace { current.append(0x20) }
                pendingSpace = false
                for position in index..<end { current.append(bytes[position]) }
            }
            index = end
        }
    }

    private enum Kind { case space, invisible, visible }

    /// Unicode's whitespace (the no-break space among it) is a space; zero-width spaces,
    /// stray byte order marks and soft hyphens are invisible.
    private static func classify(_ first: UInt8, _ second: UInt8, _ third: UInt8, length: Int) -> Kind {
        if length == 2, first == 0xC2 {
            if second == 0x85 || second == 0xA0 { return .space }
            return second == 0xAD ? .invisible : .visible
        }
        guard length == 3 else { return .visible }
        switch first {
        case 0xE2:
            if second == 0x80 {
                if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return .space }
                if third == 0x8B { return .invisible }
            }
            return second == 0x81 && third == 0x9F ? .space : .visible
        case 0xE3: return second == 0x80 && third == 0x80 ? .space : .visible
        case 0xE1: return second == 0x9A && third == 0x80 ? .space : .visible
        case 0xEF: return second == 0xBB && third == 0xBF ? .invisible : .visible
        default: return .visible
        }
    }

    /// Ends the paragraph being built, if it has any text.
    mutating func endParagraph() {
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    /// The paragraphs, the last one ended.
    mutating func finish() -> [String] {
        endParagraph()
        return paragraphs
    }
}
