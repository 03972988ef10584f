/// A half-open range of Unicode scalar offsets into a document's original text.
///
/// Offsets count Unicode scalars (code points), as Python's `str` and most NLP tools do, so
/// "Goïta" is five long whether or not the ï is precomposed in the source.
public struct TextSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "span end before start")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// This span moved by `offset` scalars.
    public func shifted(by offset: Int) -> TextSpan {
        TextSpan(start: start + offset, end: end + offset)
    }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
