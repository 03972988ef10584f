/// What the tagger knows about one token before looking at its neighbours' tags: hashes of
/// its normalised form, affixes and shape.
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
    /// The normalised form itself, for the tag dictionary.
    var normalized: String

    /// Padding used before the first and after the last token.
    static let start = TokenFeatures(padding: "-START-")
    static let end = TokenFeatures(padding: "-END-")

    init(padding: String) {
        let h = FeatureHash.hash(padding)
        word = h; ambiguity = h; suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h; prefix1 = h; prefix3 = h; shape = h
        normalized = padding
    }

    init(_ text: String) {
        normalized = TokenFeatures.normalize(text)
        word = FeatureHash.hash(normalized)
        let lower = Array(text.lowercased().unicodeScalars)
        func affix(_ slice: ArraySlice<Unicode.Scalar>) -> UInt64 {
            var h = FeatureHash.offsetBasis
            for s in slice {
                h ^= UInt64(s.value)
                h = h &* FeatureHash.prime
            }
            return h
        }
        let n = lower.count
        suffix1 = affix(lower[max(0, n - 1)...])
        suffix2 = affix(lower[max(0, n - 2)...])
        suffix3 = affix(lower[max(0, n - 3)...])
        suffix4 = affix(lower[max(0, n - 4)...])
        prefix1 = affix(lower[..<min(n, 1)])
        prefix3 = affix(lower[..<min(n, 3)])
        shape = FeatureHash.hash(TokenFeatures.shape(text))
    }

    /// Lower case, with numbers and years folded into classes so that unseen numbers are
    /// recognised.
    static func normalize(_ text: String) -> String {
        var digits = 0
        var letters = 0
        for s in text.unicodeScalars {
            if ScalarClass.isDigit(s) { digits += 1 } else if ScalarClass.isLetter(s) { letters += 1 }
        }
        if digits > 0 && letters == 0 {
            return digits == 4 && text.unicodeScalars.count == 4 ? "!YEAR" : "!DIGITS"
        }
        return text.lowercased()
    }

    /// The word's shape with runs collapsed: "Niger" → "Xx", "U.S." → "X.X.", "1,000" → "d,d".
    static func shape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var length = 0
        for s in text.unicodeScalars {
            let c: Unicode.Scalar
            if ScalarClass.isUppercase(s) { c = "X" } else if ScalarClass.isLowercase(s) || ScalarClass.isLetter(s) { c = "x" } else if ScalarClass.isDigit(s) { c = "d" } else { c = s }
            if c != last {
                out.append(c)
                last = c
                length += 1
                if length >= 6 { break }
            }
        }
        return String(out)
    }
}
