/// Recognises a wire-story dateline at the start of a paragraph:
/// "BAMAKO, Aug 4 (Reuters) -", "NIAMEY (AP) —", "KYIV, Ukraine, March 3 (AFP) --".
///
/// A dateline opens with a place in capitals, ends with a dash within the first few words, and
/// carries either a comma after the place or an agency in brackets.
enum Dateline {
    /// The span of the dateline and where the story's first sentence starts.
    struct Match {
        var span: Range<Int>
        var bodyStart: Int
    }

    static let maximumLength = 80

    static func find(in s: [Unicode.Scalar], paragraph: Range<Int>) -> Match? {
        let limit = min(paragraph.upperBound, paragraph.lowerBound + maximumLength)
        var i = paragraph.lowerBound
        // The place: at least two capitals, no lower-case letters.
        var capitals = 0
        while i < limit, ScalarClass.isUppercase(s[i]) || s[i] == " " || s[i] == "." || s[i] == "'" || s[i] == "-" && i + 1 < limit && ScalarClass.isUppercase(s[i + 1]) {
            if ScalarClass.isUppercase(s[i]) { capitals += 1 }
            i += 1
        }
        guard capitals >= 2, i < limit, s[i] == "," || s[i] == "(" else { return nil }
        var sawAgencyOrComma = false
        while i < limit {
            let c = s[i]
            if c == "," || c == ")" { sawAgencyOrComma = true }
            if ScalarClass.isLongDash(c) || (c == "-" && i > 0 && s[i - 1] == " " && i + 1 < paragraph.upperBound && (s[i + 1] == " " || s[i + 1] == "-")) {
                guard sawAgencyOrComma else { return nil }
                var end = i + 1
                while end < paragraph.upperBound, s[end] == "-" { end += 1 }
                var body = end
                while body < paragraph.upperBound, ScalarClass.isWhitespace(s[body]) { body += 1 }
                var spanEnd = end
                while spanEnd > paragraph.lowerBound, ScalarClass.isWhitespace(s[spanEnd - 1]) { spanEnd -= 1 }
                return Match(span: paragraph.lowerBound..<spanEnd, bodyStart: body)
            }
            if ScalarClass.isTerminator(c) && c != "." { return nil }
            i += 1
        }
        return nil
    }
}
