/// An array whose reads outside its bounds give a padding value instead of trapping.
///
/// The coder's rules look around a trigger ("the word two before", "the next token"), and
/// a rule that forgets a bound at the edge of a sentence must read "nothing there", not
/// stop the process. Every per-token table the rules read (tokens, lower-cased words,
/// lemmas, word keys) is held in one of these, so reading past a sentence is impossible
/// rather than merely avoided. Slices are clamped the same way.
public struct PaddedArray<Element>: RandomAccessCollection {
    /// The elements.
    public let elements: [Element]
    /// What a read outside `0..<count` gives.
    public let padding: Element

    /// Wraps `elements`; reads outside them give `padding`.
    @inlinable
    public init(_ elements: [Element], padding: Element) {
        self.elements = elements
        self.padding = padding
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { elements.count }

    /// The element at `index`, or ``padding`` when `index` is outside the array.
    @inlinable
    public subscript(index: Int) -> Element {
        index >= 0 && index < elements.count ? elements[index] : padding
    }

    /// The elements of `bounds` that exist: the range is clamped to the array.
    @inlinable
    public subscript(bounds: Range<Int>) -> Slice<PaddedArray<Element>> {
        Slice(base: self, bounds: bounds.clamped(to: 0..<elements.count))
    }

}

extension PaddedArray: Sendable where Element: Sendable {}
extension PaddedArray: Equatable where Element: Equatable {}
extension PaddedArray: Hashable where Element: Hashable {}

extension PaddedArray where Element == String {
    /// Words, padded with the empty string.
    @inlinable
    public init(words: [String]) { self.init(words, padding: "") }
}

extension PaddedArray where Element == Token {
    /// Tokens, padded with an empty, untagged token at offset 0.
    @inlinable
    public init(tokens: [Token]) { self.init(tokens, padding: Token.padding) }
}

extension Token {
    /// What a read past the edge of a sentence sees: no text, no tag, no lemma.
    public static let padding = Token(text: "", span: TextSpan(start: 0, end: 0))
}

extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `lower` when `upper` is before it.
    ///
    /// Index arithmetic on text ("from the trigger to three words before the clause's end")
    /// can cross on short or odd sentences; `..<` traps when it does, this gives nothing.
    @inlinable
    public static func between(_ lower: Int, _ upper: Int) -> Range<Int> {
        lower..<Swift.max(lower, upper)
    }
}
