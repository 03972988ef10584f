import EntenteCore

/// Splits a sentence into tokens the way the UD English treebank does, so that the tagger
/// sees text cut as in its training data: punctuation apart, hyphens and dashes apart,
/// contractions and possessives apart ("don't" → "do", "n't"; "Niger's" → "Niger", "'s"),
/// while abbreviations ("U.S.", "Gen."), numbers ("1,000", "1.5") and URLs stay whole.
public enum Tokenizer {
    /// The tokens of `text`; spans are offsets into `text` shifted by `offset`.
    public static func tokenize(_ text: String, offset: Int = 0) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(scalars: scalars, range: 0..<scalars.count, offset: offset)
    }

    /// The tokens of `scalars[range]`; spans are array indices shifted by `offset`.
    public static func tokenize(scalars s: [Unicode.Scalar], range: Range<Int>, offset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, ScalarClass.isWhitespace(s[i]) { i += 1 }
            var j = i
            while j < range.upperBound, !ScalarClass.isWhitespace(s[j]) { j += 1 }
            if j > i { chunk(s, i..<j, offset: offset, into: &tokens) }
            i = j
        }
        return tokens
    }

    /// Tokens of one whitespace-delimited chunk.
    static func chunk(_ s: [Unicode.Scalar], _ range: Range<Int>, offset: Int, into tokens: inout [Token]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        func emit(_ r: Range<Int>, into list: inout [Token]) {
            list.append(Token(text: String(scalars: s[r]), span: TextSpan(start: r.lowerBound + offset, end: r.upperBound + offset)))
        }
        if isURL(s, range) {
            while upper > lower + 1, s[upper - 1] == "." || s[upper - 1] == "," || s[upper - 1] == ")" || s[upper - 1] == ";" { upper -= 1 }
            emit(lower..<upper, into: &tokens)
            if upper < range.upperBound { chunk(s, upper..<range.upperBound, offset: offset, into: &tokens) }
            return
        }
        while lower < upper, ScalarClass.isOpener(s[lower]) || ScalarClass.isLongDash(s[lower]) {
            // "'s" or "'90s" at the start of a chunk is a word, not a quotation mark.
            if ScalarClass.isApostrophe(s[lower]), lower + 1 < upper, ScalarClass.isWordCharacter(s[lower + 1]), isContraction(s, lower..<upper) { break }
            emit(lower..<lower + 1, into: &tokens)
            lower += 1
        }
        var trailing: [Token] = []
        while upper > lower {
            let last = s[upper - 1]
            if last == "." {
                var dots = upper - 1
                while dots > lower, s[dots - 1] == "." { dots -= 1 }
                if upper - dots >= 2 {
                    emit(dots..<upper, into: &trailing)
                    upper = dots
                    continue
                }
                if upper - 1 > lower, Abbreviations.keepsPeriod(s[lower..<upper - 1]) || endsInDottedAcronym(s, lower..<upper - 1) { break }
                emit(upper - 1..<upper, into: &trailing)
                upper -= 1
            } else if ScalarClass.isTrailingPunctuation(last) || ScalarClass.isLongDash(last) {
                // A final apostrophe after "s" is a plural possessive ("countries'").
                emit(upper - 1..<upper, into: &trailing)
                upper -= 1
            } else {
                break
            }
        }
        if upper > lower { middle(s, lower..<upper, offset: offset, into: &tokens) }
        tokens.append(contentsOf: trailing.reversed())
    }

    /// Splits the core of a chunk at dashes, hyphens between words, and stray commas,
    /// then splits contractions off each piece.
    static func middle(_ s: [Unicode.Scalar], _ range: Range<Int>, offset: Int, into tokens: inout [Token]) {
        var pieceStart = range.lowerBound
        var i = range.lowerBound
        func flush(_ end: Int) {
            if end > pieceStart { contractions(s, pieceStart..<end, offset: offset, into: &tokens) }
        }
        while i < range.upperBound {
            let c = s[i]
            let splits: Int
            if ScalarClass.isLongDash(c) {
                splits = 1
            } else if c == "-" {
                var run = i
                while run < range.upperBound, s[run] == "-" { run += 1 }
                let between = i > range.lowerBound && run < range.upperBound
                splits = (between || run - i > 1 || range.count == run - i) ? run - i : 0
            } else if c == "," || c == ";" {
                let numeric = i > range.lowerBound && i + 1 < range.upperBound && ScalarClass.isDigit(s[i - 1]) && ScalarClass.isDigit(s[i + 1])
                splits = numeric ? 0 : 1
            } else if c == "(" || c == ")" || c == "[" || c == "]" || c == "\"" || c == "\u{201C}" || c == "\u{201D}" {
                splits = 1
            } else {
                splits = 0
            }
            if splits > 0 {
                flush(i)
                tokens.append(Token(text: String(scalars: s[i..<i + splits]), span: TextSpan(start: i + offset, end: i + splits + offset)))
                i += splits
                pieceStart = i
            } else {
                i += 1
            }
        }
        flush(range.upperBound)
    }

    /// Splits "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" off a word, and "cannot" into two.
    static func contractions(_ s: [Unicode.Scalar], _ range: Range<Int>, offset: Int, into tokens: inout [Token]) {
        func emit(_ r: Range<Int>) {
            tokens.append(Token(text: String(scalars: s[r]), span: TextSpan(start: r.lowerBound + offset, end: r.upperBound + offset)))
        }
        let n = range.count
        let lower = range.lowerBound
        let upper = range.upperBound
        func lowerAt(_ k: Int) -> Unicode.Scalar {
            let c = s[k]
            return c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32)! : c
        }
        // n't
        if n >= 4, ScalarClass.isApostrophe(s[upper - 2]), lowerAt(upper - 1) == "t", lowerAt(upper - 3) == "n" {
            emit(lower..<upper - 3)
            emit(upper - 3..<upper)
            return
        }
        if n == 6, lowerAt(lower) == "c", lowerAt(lower + 1) == "a", lowerAt(lower + 2) == "n", lowerAt(lower + 3) == "n",
           lowerAt(lower + 4) == "o", lowerAt(lower + 5) == "t" {
            emit(lower..<lower + 3)
            emit(lower + 3..<upper)
            return
        }
        // 's 'd 'm
        if n >= 3, ScalarClass.isApostrophe(s[upper - 2]), ScalarClass.isLetter(s[upper - 3]) {
            let last = lowerAt(upper - 1)
            if last == "s" || last == "d" || last == "m" {
                emit(lower..<upper - 2)
                emit(upper - 2..<upper)
                return
            }
        }
        // 're 've 'll
        if n >= 4, ScalarClass.isApostrophe(s[upper - 3]), ScalarClass.isLetter(s[upper - 4]) {
            let first = lowerAt(upper - 2)
            let second = lowerAt(upper - 1)
            if (first == "r" && second == "e") || (first == "v" && second == "e") || (first == "l" && second == "l") {
                emit(lower..<upper - 3)
                emit(upper - 3..<upper)
                return
            }
        }
        // Plural possessive: "countries'" → "countries", "'".
        if n >= 3, ScalarClass.isApostrophe(s[upper - 1]), lowerAt(upper - 2) == "s" {
            emit(lower..<upper - 1)
            emit(upper - 1..<upper)
            return
        }
        emit(range)
    }

    /// Whether a chunk starting with an apostrophe is itself a contraction such as "'s".
    static func isContraction(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let rest = s[(range.lowerBound + 1)..<range.upperBound].map { ScalarClass.lowercased($0) }.joined()
        return ["s", "re", "ve", "ll", "d", "m", "t"].contains(rest) || (rest.count == 3 && rest.hasSuffix("s") && rest.first!.isNumber)
    }

    /// "U.S.-backed" style cores end in an acronym only when all of it is one.
    static func endsInDottedAcronym(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        Abbreviations.isDottedAcronym(s[range])
    }

    /// Web addresses and e-mail addresses stay one token.
    static func isURL(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 6 else { return false }
        var sawAt = false
        var sawDotAfterAt = false
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == ":", i + 2 < range.upperBound, s[i + 1] == "/", s[i + 2] == "/" { return true }
            if c == "@" { sawAt = i > range.lowerBound }
            if c == ".", sawAt, i + 1 < range.upperBound, ScalarClass.isLetter(s[i + 1]) { sawDotAfterAt = true }
            i += 1
        }
        if sawAt && sawDotAfterAt { return true }
        // "www." in any case, compared scalar by scalar: this runs for every chunk of text.
        for (k, expected) in "www.".unicodeScalars.enumerated() {
            let v = s[range.lowerBound + k].value
            guard (v >= 0x41 && v <= 0x5A ? v + 32 : v) == expected.value else { return false }
        }
        return true
    }
}
