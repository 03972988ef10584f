/// Cuts a long text into pieces of bounded length between paragraphs, so a document of any
/// size is analysed a piece at a time, never held whole several times over.
///
/// A cut falls after a blank line if there is one in the second half of the piece, else
/// after a line break, else after a space, else (a run with no space at all) at the length
/// limit. Sentences never cross a cut, so a cut mid-paragraph ends a sentence there.
public enum TextSegments {
    /// The default longest piece, in Unicode scalars.
    public static let defaultLength = 1 << 20

    /// One piece: its range in the text and the scalar offset where it starts.
    public struct Segment: Sendable, Hashable {
        /// The piece's range of the text's indices.
        public var range: Range<String.Index>
        /// Unicode scalars before the piece.
        public var offset: Int
    }

    /// The pieces of `text`, each at most `maximumLength` scalars, covering it in order.
    public static func segments(of text: String, maximumLength: Int = defaultLength) -> [Segment] {
        let limit = max(maximumLength, 2)
        // A text of no more UTF-8 bytes than the limit has no more scalars either: one piece,
        // found without walking it.
        if text.utf8.count <= limit { return text.isEmpty ? [] : [Segment(range: text.startIndex..<text.endIndex, offset: 0)] }
        let scalars = text.unicodeScalars
        var result: [Segment] = []
        var start = scalars.startIndex
        var offset = 0
        while start < scalars.endIndex {
            guard let limitIndex = scalars.index(start, offsetBy: limit, limitedBy: scalars.endIndex), limitIndex < scalars.endIndex else {
                result.append(Segment(range: start..<scalars.endIndex, offset: offset))
                break
            }
            let cut = cutPoint(scalars, from: start, limit: limitIndex, minimumLength: limit / 2)
            result.append(Segment(range: start..<cut, offset: offset))
            offset += scalars.distance(from: start, to: cut)
            start = cut
        }
        return result
    }

    /// The best place to end a piece that starts at `start` and may not pass `limit`.
    static func cutPoint(_ scalars: String.UnicodeScalarView, from start: String.Index, limit: String.Index, minimumLength: Int) -> String.Index {
        let earliest = scalars.index(start, offsetBy: minimumLength)
        var lineBreak: String.Index?
        var space: String.Index?
        var index = limit
        while index > earliest {
            let previous = scalars.index(before: index)
            let scalar = scalars[previous]
            if scalar == "\n" {
                // A blank line: "\n" then only spaces or tabs back to another "\n".
                var probe = previous
                while probe > start, scalars[scalars.index(before: probe)] == " " || scalars[scalars.index(before: probe)] == "\t" || scalars[scalars.index(before: probe)] == "\r" {
                    probe = scalars.index(before: probe)
                }
                if probe > start, scalars[scalars.index(before: probe)] == "\n" { return index }
                if lineBreak == nil { lineBreak = index }
            } else if scalar == " ", space == nil {
                space = index
            }
            index = previous
        }
        return lineBreak ?? space ?? limit
    }

    /// The text of `segment` of `text`: the text itself, uncopied, when it is one piece.
    public static func text(of segment: Segment, in text: String) -> String {
        if segment.range == text.startIndex..<text.endIndex { return text }
        return String(text.unicodeScalars[segment.range])
    }
}
