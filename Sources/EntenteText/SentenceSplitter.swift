import EntenteCore

/// Splits news text into sentences.
///
/// The splitter works on the document's Unicode scalars so that every boundary is an offset
/// into the original text. A blank line always ends a sentence; a single line break is a space
/// unless it ends a short unpunctuated line such as a headline. A period ends a sentence unless
/// it belongs to a title ("Gen."), an initial ("J."), a month before a day ("Aug. 4"), or an
/// acronym followed by a word that does not open sentences ("U.S. troops").
public enum SentenceSplitter {
    /// A line with no final punctuation and at most this many scalars is read as a headline.
    static let headlineLength = 48
    /// How far back from a period the splitter looks for the word it ends.
    static let longestAbbreviation = 32

    /// The sentences of `text`, numbered from `firstIndex`, with spans shifted by `offset`.
    public static func split(_ text: String, firstIndex: Int = 0, offset: Int = 0) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        return split(scalars: scalars, firstIndex: firstIndex, offset: offset)
    }

    /// The sentences of a scalar array; see ``split(_:firstIndex:offset:)``.
    public static func split(scalars: [Unicode.Scalar], firstIndex: Int = 0, offset: Int = 0) -> [Sentence] {
        var sentences: [Sentence] = []
        for paragraph in paragraphs(scalars) {
            var start = paragraph.lowerBound
            let dateline = Dateline.find(in: scalars, paragraph: paragraph)
            if let dateline { start = dateline.bodyStart }
            var first = true
            for range in boundaries(in: scalars, start: start, end: paragraph.upperBound) {
                guard let trimmed = trim(range, in: scalars) else { continue }
                let span = TextSpan(start: trimmed.lowerBound + offset, end: trimmed.upperBound + offset)
                let datelineSpan = first ? dateline.map { TextSpan(start: $0.span.lowerBound + offset, end: $0.span.upperBound + offset) } : nil
                sentences.append(Sentence(index: firstIndex + sentences.count, span: span, text: String(scalars: scalars[trimmed]), dateline: datelineSpan))
                first = false
            }
        }
        return sentences
    }

    /// Ranges separated by blank lines or by headline-like short lines.
    static func paragraphs(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        var i = 0
        while i < s.count {
            guard ScalarClass.isNewline(s[i]) else { i += 1; continue }
            let lineEnd = i
            var next = i + 1
            if s[i] == "\r", next < s.count, s[next] == "\n" { next += 1 }
            // Blank line(s) ahead?
            var probe = next
            var blank = false
            while probe < s.count, ScalarClass.isWhitespace(s[probe]) {
                if ScalarClass.isNewline(s[probe]) { blank = true }
                probe += 1
            }
            if blank || isHeadline(s, lineStart..<lineEnd, nextStart: probe) {
                if lineEnd > start { result.append(start..<lineEnd) }
                start = probe
                i = probe
                lineStart = probe
                continue
            }
            lineStart = next
            i = next
        }
        if start < s.count { result.append(start..<s.count) }
        return result
    }

    /// A short line without final punctuation, followed by a capitalised line.
    static func isHeadline(_ s: [Unicode.Scalar], _ line: Range<Int>, nextStart: Int) -> Bool {
        guard let trimmed = trim(line, in: s), trimmed.count <= headlineLength, nextStart < s.count else { return false }
        let last = s[trimmed.upperBound - 1]
        if ScalarClass.isTerminator(last) || last == "," || last == ";" || last == ":" || last == "-" { return false }
        return ScalarClass.isUppercase(s[nextStart]) || ScalarClass.isDigit(s[nextStart]) || ScalarClass.isOpener(s[nextStart])
    }

    /// Sentence ranges within one paragraph.
    static func boundaries(in s: [Unicode.Scalar], start: Int, end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var sentenceStart = start
        var k = start
        while k < end {
            guard ScalarClass.isTerminator(s[k]) else { k += 1; continue }
            var last = k
            while last + 1 < end, ScalarClass.isTerminator(s[last + 1]) { last += 1 }
            var close = last + 1
            while close < end, ScalarClass.isCloser(s[close]) { close += 1 }
            guard close < end else { break }
            guard ScalarClass.isWhitespace(s[close]) else { k = close; continue }
            var next = close
            while next < end, ScalarClass.isWhitespace(s[next]) { next += 1 }
            guard next < end else { break }
            if endsSentence(s, terminatorStart: k, terminatorEnd: last, next: next, end: end) {
                result.append(sentenceStart..<close)
                sentenceStart = next
            }
            k = next
        }
        if sentenceStart < end { result.append(sentenceStart..<end) }
        return result
    }

    /// Whether the terminator at `terminatorStart...terminatorEnd` ends the sentence, given the
    /// first character of the next word at `next`.
    static func endsSentence(_ s: [Unicode.Scalar], terminatorStart: Int, terminatorEnd: Int, next: Int, end: Int) -> Bool {
        let nextScalar = s[next]
        if ScalarClass.isLowercase(nextScalar) { return false }
        // Only a lone period needs the abbreviation checks; "?!" and "..." end a sentence
        // whenever a capital follows.
        guard terminatorStart == terminatorEnd, s[terminatorStart] == "." else { return true }
        // Abbreviations are short: looking further back would make a long run of text
        // with periods and no spaces cost the square of its length.
        var wordStart = terminatorStart
        let lookback = max(0, terminatorStart - longestAbbreviation)
        while wordStart > lookback, !ScalarClass.isWhitespace(s[wordStart - 1]), !ScalarClass.isOpener(s[wordStart - 1]) || s[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = s[wordStart..<terminatorStart]
        guard let first = word.first else { return true }
        let lower = word.map { ScalarClass.lowercased($0) }.joined()
        if Abbreviations.neverFinal.contains(lower) { return false }
        if word.count == 1, ScalarClass.isUppercase(first) { return false }
        if Abbreviations.months.contains(lower) { return !ScalarClass.isDigit(nextScalar) }
        if Abbreviations.isDottedAcronym(word) || Abbreviations.mayBeFinal.contains(lower) {
            return opensSentence(s, at: next, end: end)
        }
        return true
    }

    /// Whether the word at `index` is one that usually opens a sentence, or a quotation.
    static func opensSentence(_ s: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        if ScalarClass.isOpener(s[index]) && s[index] != "$" { return true }
        var stop = index
        while stop < end, ScalarClass.isLetter(s[stop]) { stop += 1 }
        let word = s[index..<stop].map { ScalarClass.lowercased($0) }.joined()
        return Abbreviations.sentenceStarters.contains(word)
    }

    /// The range without surrounding whitespace, or nil if nothing is left.
    static func trim(_ range: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ScalarClass.isWhitespace(s[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(s[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
