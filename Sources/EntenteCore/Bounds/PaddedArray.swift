/// An array whose reads outside its bounds give a padding value instead of trapping.
///
/// The coder's rules look around a trigger ("the word two before", "the next token"), and
/// a rule that forgets a bound at the edge of a sentence must read "nothing there", not
/// stop the process. Every per-token table the rules read (tokens, lower-cased words,
/// lemmas, word keys) is held in one of these, so reading past a sentence is impossible
/// rather than merely avoided. Slices are clamped the same way.
public struct PaddedArray<Element>: RandomAccessCollection {
    /// The elements with one padding element before and after them: a read clamps its
    /// index into this storage, so every read is a plain array read (no copy of a token to
    /// look at its tag), and reads past either end land on a padding element.
    @usableFromInline var storage: [Element]

    /// Wraps `elements`; reads outside them give `padding`.
    @inlinable
    public init(_ elements: [Element], padding: Element) {
        var storage: [Element] = []
        storage.reserveCapacity(elements.count + 2)
        storage.append(padding)
        storage.append(contentsOf: elements)
        storage.append(padding)
        self.storage = storage
    }

    /// Takes `elements` over, moving them rather than copying when the caller hands over its
    /// only reference (`consume`): a token array is padded without retaining each token.
    @inlinable
    public init(moving elements: consuming [Element], padding: Element) {
        var storage = elements
        storage.insert(padding, at: 0)
        storage.append(padding)
        self.storage = storage
    }

    /// `count` elements made by `element`, padded with `padding`, in one allocation.
    @inlinable
    public init(count: Int, padding: Element, _ element: (Int) throws -> Element) rethrows {
        var storage: [Element] = []
        storage.reserveCapacity(count + 2)
        storage.append(padding)
        for index in 0..<count { storage.append(try element(index)) }
        storage.append(padding)
        self.storage = storage
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.count - 2 }

    /// The elements, without the padding.
    @inlinable public var elements: ArraySlice<Element> { storage[1..<(storage.count - 1)] }

    /// What a read outside the array gives.
    @inlinable public var padding: Element { storage[0] }

    /// The element at `index`, or ``padding`` when `index` is outside the array.
    @inlinable
    public subscript(index: Int) -> Element {
        // A plain array read with the index clamped onto a padding slot: no branch between
        // two storage places, so reading one field of a token inlines to a load.
        @inline(__always) get { storage[Swift.min(Swift.max(index, -1), storage.count - 2) + 1] }
        // A write outside the array is dropped: the padding never changes.
        set { if index >= 0 && index < storage.count - 2 { storage[index + 1] = newValue } }
    }

    /// The elements of `bounds` that exist: the range is clamped to the array.
    @inlinable
    public subscript(bounds: Range<Int>) -> Slice<PaddedArray<Element>> {
        Slice(base: self, bounds: bounds.clamped(to: 0..<endIndex))
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

extension PaddedArray where Element == UInt64 {
    /// Word keys, padded with the empty word's key.
    @inlinable
    public init(keys: [UInt64]) { self.init(keys, padding: WordKey.of("")) }
}

extension PaddedArray where Element == Token {
    /// Tokens, padded with an empty, untagged token at offset 0.
    @inlinable
    public init(tokens: [Token]) { self.init(tokens, padding: Token(text: "", span: TextSpan(start: 0, end: 0))) }
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
