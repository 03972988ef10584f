/// Fast character classes on Unicode scalars, with an ASCII fast path: the splitter and the
/// tokenizer ask these questions once or twice for every character of every document.
enum ScalarClass {
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x0A || s.value == 0x0D || s.value == 0x2028 || s.value == 0x2029
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s)
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Apostrophes, straight and curly, as used in contractions and possessives.
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    /// Dashes that always stand alone: en dash, em dash, horizontal bar, minus.
    static func isLongDash(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2013 || s.value == 0x2014 || s.value == 0x2015 || s.value == 0x2212
    }

    /// Sentence-final punctuation.
    static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s.value == 0x2026
    }

    /// Punctuation that may close a sentence after its terminator: quotes and brackets.
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
        default: return false
        }
    }

    /// Punctuation that opens a quotation or bracket, or a currency sign before a number.
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "(", "[", "{", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{00BF}", "\u{00A1}",
             "$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "#", "\u{201E}":
            return true
        default: return false
        }
    }

    /// Punctuation split off the end of a word.
    static func isTrailingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ";", ":", "!", "?", "%", "\u{2026}": return true
        default: return isCloser(s)
        }
    }

    /// Lower-cases a scalar; ASCII inline, the rest through the standard library.
    static func lowercased(_ s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return String(Unicode.Scalar(v + 32)!) }
            return String(s)
        }
        return s.properties.lowercaseMapping
    }
}

extension String {
    /// Builds a string from a slice of scalars, encoding UTF-8 straight into the string's
    /// storage (this runs once per token, so it avoids the generic append path).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[position] = UInt8(value)
                    position += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[position] = byte
                        position += 1
                    }
                }
            }
            return position
        }
    }
}
