import EntenteCore

/// What the tagger knows about one token before looking at its neighbours' tags: hashes of
/// its normalised form, affixes and shape. Only numbers, so that reading a neighbour's
/// features copies no string (no reference counting, no freeing of the sentence's array).
struct TokenFeatures {
    var word: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var prefix1: UInt64
    var prefix3: UInt64
    var shape: UInt64
    /// The set of tags the word was seen with in training (0 when unseen), as a bit mask.
    var ambiguity: UInt64 = 0
    /// `WordKey.of(normalized)`, for the tag dictionary and ambiguity classes.
    var key: UInt64

    /// Padding used before the first and after the last token.
    static let start = TokenFeatures(padding: "-START-")
    static let end = TokenFeatures(padding: "-END-")

    init(padding: String) {
        let h = FeatureHash.hash(padding)
        word = h; ambiguity = h; suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h; prefix1 = h; prefix3 = h; shape = h
        key = WordKey.of(padding)
    }

    /// `lowerKey`, the `WordKey` of the lower-cased text, saves hashing it again.
    init(_ text: String, lower given: String? = nil, lowerKey: UInt64? = nil) {
        let lower = given ?? text.lowercased()
        let numberClass = TokenFeatures.numberClass(text)
        let normalized = numberClass ?? lower
        word = FeatureHash.hash(normalized)
        key = numberClass == nil ? lowerKey ?? WordKey.mix(word) : WordKey.mix(word)
        // One pass keeps the first three and the last four scalars: over the bytes of an
        // ASCII word (nearly all), as decoding each scalar cost more than the hashing.
        var head: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var tail: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var n = 0
        @inline(__always) func keep(_ v: UInt32) {
            switch n {
            case 0: head.0 = v
            case 1: head.1 = v
            case 2: head.2 = v
            default: break
            }
            tail = (tail.1, tail.2, tail.3, v)
            n += 1
        }
        var copy = lower
        let isASCII = copy.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for byte in bytes { keep(UInt32(byte)) }
            return true
        }
        if !isASCII {
            for scalar in lower.unicodeScalars { keep(scalar.value) }
        }
        @inline(__always) func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* FeatureHash.prime }
        let basis = FeatureHash.offsetBasis
        suffix1 = n >= 1 ? step(basis, tail.3) : basis
        suffix2 = n >= 2 ? step(step(basis, tail.2), tail.3) : suffix1
        suffix3 = n >= 3 ? step(step(step(basis, tail.1), tail.2), tail.3) : suffix2
        suffix4 = n >= 4 ? step(step(step(step(basis, tail.0), tail.1), tail.2), tail.3) : suffix3
        prefix1 = n >= 1 ? step(basis, head.0) : basis
        prefix3 = n >= 3 ? step(step(step(basis, head.0), head.1), head.2) : n == 2 ? step(step(basis, head.0), head.1) : prefix1
        shape = TokenFeatures.shapeHash(text)
    }

    /// Lower case, with numbers and years folded into classes so that unseen numbers are
    /// recognised.
    static func normalize(_ text: String, lower: String? = nil) -> String {
        numberClass(text) ?? lower ?? text.lowercased()
    }

    /// "!YEAR" for four digits, "!DIGITS" for any other word of digits and no letters, else nil.
    static func numberClass(_ text: String) -> String? {
        var digits = 0
        var letters = 0
        var scalars = 0
        // ASCII words, nearly all of them, are counted over their bytes; decoding each scalar
        // cost more than the counting.
        var copy = text
        let isASCII = copy.withUTF8 { bytes -> Bool in
            for byte in bytes {
                guard byte < 0x80 else { return false }
                if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
            }
            scalars = bytes.count
            return true
        }
        if !isASCII {
            digits = 0
            letters = 0
            for s in text.unicodeScalars {
                if ScalarClass.isDigit(s) { digits += 1 } else if ScalarClass.isLetter(s) { letters += 1 }
            }
            scalars = text.unicodeScalars.count
        }
        guard digits > 0 && letters == 0 else { return nil }
        return digits == 4 && scalars == 4 ? "!YEAR" : "!DIGITS"
    }

    /// The word's shape with runs collapsed: "Niger" → "Xx", "U.S." → "X.X.", "1,000" → "d,d".
    static func shape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        forEachShapeScalar(of: text) { out.append($0) }
        return String(out)
    }

    /// `FeatureHash.hash(shape(text))`, without building the string: this runs for every token.
    static func shapeHash(_ text: String) -> UInt64 {
        if let ascii = asciiShapeHash(text) { return ascii }
        var h = FeatureHash.offsetBasis
        forEachShapeScalar(of: text) { scalar in
            for byte in UTF8.encode(scalar)! {
                h ^= UInt64(byte)
                h = h &* FeatureHash.prime
            }
        }
        return h
    }

    /// ``shapeHash(_:)`` of an ASCII word, over its bytes; nil for any other word.
    private static func asciiShapeHash(_ text: String) -> UInt64? {
        var copy = text
        return copy.withUTF8 { bytes -> UInt64? in
            var h = FeatureHash.offsetBasis
            var last = -1
            var length = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let c: UInt8 = byte >= 0x41 && byte <= 0x5A ? 0x58 : byte >= 0x61 && byte <= 0x7A ? 0x78 : byte >= 0x30 && byte <= 0x39 ? 0x64 : byte
                if Int(c) != last {
                    h = (h ^ UInt64(c)) &* FeatureHash.prime
                    last = Int(c)
                    length += 1
                    if length >= 6 { break }
                }
            }
            // A non-ASCII byte after the sixth shape character is never read: the scalar walk
            // stops there too, so the two agree.
            return h
        }
    }

    @inline(__always)
    private static func forEachShapeScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        var last: Unicode.Scalar?
        var length = 0
        for s in text.unicodeScalars {
            let c: Unicode.Scalar
            if ScalarClass.isUppercase(s) { c = "X" } else if ScalarClass.isLowercase(s) || ScalarClass.isLetter(s) { c = "x" } else if ScalarClass.isDigit(s) { c = "d" } else { c = s }
            if c != last {
                body(c)
                last = c
                length += 1
                if length >= 6 { break }
            }
        }
    }
}
