import CLibXML2

/// A page's bytes made ready for libxml2: UTF-8 whenever Entente can decode the page itself,
/// else the original bytes with the name of an encoding libxml2 converts.
struct PageDecoding {
    /// The bytes to parse.
    var bytes: [UInt8]
    /// The encoding to give libxml2 for them.
    var libxmlEncoding: String
    /// The character set the page was read in, for callers and tests.
    var charsetName: String
    /// What went wrong with the declared or assumed character set.
    var warnings: [String] = []

    init(_ raw: [UInt8], httpCharset: String?) {
        let declared = PageCharset.declared(in: raw, http: httpCharset)
        let body = Array(raw.dropFirst(declared?.bomLength ?? 0))
        let charset = declared?.charset ?? .utf8
        switch charset {
        case .utf8:
            self.init(utf8OrFallback: body, declaredBy: declared?.source)
        case .windows1252:
            self.init(text: Windows1252.decode(body), charsetName: "windows-1252")
        case .utf16LittleEndian, .utf16BigEndian:
            self.init(text: PageDecoding.utf16(body, littleEndian: charset == .utf16LittleEndian), charsetName: charset == .utf16LittleEndian ? "utf-16le" : "utf-16be")
        case .other(let name):
            if PageDecoding.libxmlKnows(name) {
                self.init(bytes: body, libxmlEncoding: name, charsetName: name)
            } else {
                self.init(utf8OrFallback: body, declaredBy: nil)
                warnings.insert("unknown character set \"\(name)\" declared by \(declared!.source.rawValue); read as \(charsetName)", at: 0)
            }
        }
    }

    private init(bytes: [UInt8], libxmlEncoding: String, charsetName: String) {
        self.bytes = bytes
        self.libxmlEncoding = libxmlEncoding
        self.charsetName = charsetName
    }

    private init(text: String, charsetName: String) {
        self.init(bytes: Array(text.utf8), libxmlEncoding: "UTF-8", charsetName: charsetName)
    }

    /// UTF-8 when the bytes are UTF-8; else Windows-1252 when they look like a single-byte
    /// page (more invalid sequences than valid multi-byte ones), else UTF-8 with the invalid
    /// sequences replaced, since a UTF-8 page with a stray byte would turn to mojibake.
    private init(utf8OrFallback bytes: [UInt8], declaredBy source: PageCharset.Source?) {
        if String(validating: bytes, as: UTF8.self) != nil {
            self.init(bytes: bytes, libxmlEncoding: "UTF-8", charsetName: "utf-8")
            return
        }
        let (valid, invalid) = PageDecoding.countUTF8Sequences(bytes)
        let claim = source.map { "declared UTF-8 by \($0.rawValue)" } ?? "no character set declared"
        if invalid > valid {
            self.init(text: Windows1252.decode(bytes), charsetName: "windows-1252")
            warnings.append("\(claim) but the page is not valid UTF-8; read as Windows-1252")
        } else {
            let decoded = DecodedText(bytes)
            self.init(text: decoded.text, charsetName: "utf-8")
            warnings.append("\(claim) but the page has invalid UTF-8 at byte \(decoded.firstInvalidByte ?? 0) (\(decoded.replacements) sequence(s) replaced with U+FFFD)")
        }
    }

    /// How many valid multi-byte UTF-8 sequences and how many invalid sequences `bytes` hold.
    static func countUTF8Sequences(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: return (valid, invalid)
            }
        }
    }

    static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether libxml2 (with the system's iconv) can convert from `name`.
    static func libxmlKnows(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}
