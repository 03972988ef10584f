/// The character set of a page, found the way browsers find it, so that pages without a
/// declaration or with a wrong one still read as their authors saw them.
enum PageCharset: Equatable {
    case utf8
    /// Also stands for ISO-8859-1 and US-ASCII: browsers read both as Windows-1252, and pages
    /// labelled Latin-1 routinely use its curly quotes and euro sign.
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian
    /// Any other label, left to libxml2 (through iconv) to convert.
    case other(String)

    /// Where the character set came from, for warnings.
    enum Source: String {
        case http = "the HTTP header"
        case byteOrderMark = "a byte order mark"
        case meta = "<meta>"
        case xmlDeclaration = "the XML declaration"
    }

    /// The character set a label names; nil for an empty label.
    init?(label: String) {
        let name = label.trimmingASCIIWhitespace().lowercased()
        switch name {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
             "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252":
            self = .windows1252
        case "utf-16", "utf-16le", "utf16", "utf16le": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        default: self = .other(name)
        }
    }

    /// The charset a page declares, in the order of precedence: the HTTP header, a byte order
    /// mark, `<meta>`, the XML declaration. Also returns how many bytes of BOM to skip.
    static func declared(in bytes: [UInt8], http: String?) -> (charset: PageCharset, source: Source, bomLength: Int)? {
        let bom = byteOrderMark(bytes)
        if let http, let charset = PageCharset(label: parameter(in: http) ?? http) {
            let matchingBOM = bom.flatMap { $0.charset == charset ? $0.length : nil } ?? 0
            return (charset, .http, matchingBOM)
        }
        if let bom { return (bom.charset, .byteOrderMark, bom.length) }
        if let label = metaCharset(in: bytes), var charset = PageCharset(label: label) {
            // A page that could carry this <meta> in ASCII is not UTF-16, whatever it says.
            if charset == .utf16LittleEndian || charset == .utf16BigEndian { charset = .utf8 }
            return (charset, .meta, 0)
        }
        if let label = xmlDeclarationEncoding(in: bytes), let charset = PageCharset(label: label) {
            return (charset, .xmlDeclaration, 0)
        }
        return nil
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (charset: PageCharset, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// The `charset=` value in a Content-Type-like text, if there is one.
    static func parameter(in text: String) -> String? {
        let bytes = Array(text.utf8)
        return charsetValue(in: bytes[...])
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` names,
    /// looked for in the page's head only (the first 16 KB, up to `<body`).
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let window = bytes.prefix(16 << 10)
        let head = window[..<(find(Array("<body".utf8), in: window, from: window.startIndex) ?? window.endIndex)]
        var index = head.startIndex
        while let open = find(Array("<meta".utf8), in: head, from: index) {
            let end = head[open...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let value = charsetValue(in: head[open..<end]) { return value }
            index = end
        }
        return nil
    }

    /// The `encoding="…"` of an XML declaration at the very start.
    static func xmlDeclarationEncoding(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(256)
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let end = find(Array("?>".utf8), in: head, from: head.startIndex) ?? head.endIndex
        guard let key = find(Array("encoding".utf8), in: head[..<end], from: head.startIndex) else { return nil }
        return quotedOrBareValue(after: key + 8, in: head[..<end])
    }

    /// The value after `charset`, `=`, optional spaces and an optional quote.
    private static func charsetValue(in bytes: ArraySlice<UInt8>) -> String? {
        var from = bytes.startIndex
        while let key = find(Array("charset".utf8), in: bytes, from: from) {
            if let value = quotedOrBareValue(after: key + 7, in: bytes) { return value }
            from = key + 7
        }
        return nil
    }

    private static func quotedOrBareValue(after start: Int, in bytes: ArraySlice<UInt8>) -> String? {
        var index = start
        func skipSpaces() { while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        skipSpaces()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let valueStart = index
        let stops: Set<UInt8> = [0x22, 0x27, 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x3E, 0x2F, 0x3F]
        while index < bytes.endIndex, !stops.contains(bytes[index]) { index += 1 }
        guard index > valueStart else { return nil }
        return String(decoding: bytes[valueStart..<index], as: UTF8.self)
    }

    /// The start of `needle` in `haystack` at or after `from`, ignoring ASCII case.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
        guard !needle.isEmpty, haystack.endIndex - from >= needle.count else { return nil }
        var start = max(from, haystack.startIndex)
        while start + needle.count <= haystack.endIndex {
            var matched = true
            for offset in 0..<needle.count where lowercased(haystack[start + offset]) != needle[offset] {
                matched = false
                break
            }
            if matched { return start }
            start += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
