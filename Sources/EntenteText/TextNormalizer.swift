/// Removes the invisible characters that hide words from the matchers: a byte-order mark,
/// zero-width spaces and joiners, soft hyphens and the bidirectional controls. A BOM before
/// "Niger" made the first word "\u{FEFF}Niger", and a zero-width space inside a name made
/// two words of it; both hid the actor.
///
/// Offsets stay honest: the normalized text comes with a map back to the original scalar
/// positions, so every span still points into the text as it was given.
public enum TextNormalizer {
    /// Scalars with no visible form that may be dropped without changing what text says.
    public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFEFF,  // byte-order mark, zero-width no-break space
             0x200B, 0x200C, 0x200D, 0x2060,  // zero-width space, non-joiner, joiner, word joiner
             0x00AD,  // soft hyphen
             0x200E, 0x200F, 0x061C,  // left-to-right, right-to-left and Arabic letter marks
             0x202A...0x202E,  // bidirectional embeddings and overrides
             0x2066...0x2069:  // bidirectional isolates
            return true
        default:
            return false
        }
    }

    /// Scalars without the ignorable ones, and where each came from.
    public struct Normalized: Sendable {
        /// The text's scalars with the ignorable ones removed.
        public var scalars: [Unicode.Scalar]
        /// For each kept scalar, its index in the original; nil when nothing was removed
        /// (then positions are the same in both).
        public var originalIndex: [Int]?
        /// The original length, in scalars.
        public var originalCount: Int

        /// The original span of the normalized range `range`.
        public func original(_ range: Range<Int>) -> Range<Int> {
            guard let originalIndex else { return range }
            func start(_ i: Int) -> Int { i < originalIndex.count ? originalIndex[i] : originalCount }
            guard range.upperBound > range.lowerBound else { return start(range.lowerBound)..<start(range.lowerBound) }
            return start(range.lowerBound)..<(originalIndex[range.upperBound - 1] + 1)
        }
    }

    /// Normalizes `scalars`; costs one pass when nothing is to be removed.
    public static func normalize(_ scalars: [Unicode.Scalar]) -> Normalized {
        guard let first = scalars.firstIndex(where: isIgnorable) else {
            return Normalized(scalars: scalars, originalIndex: nil, originalCount: scalars.count)
        }
        var kept = Array(scalars[..<first])
        var index = Array(0..<first)
        for position in first..<scalars.count where !isIgnorable(scalars[position]) {
            kept.append(scalars[position])
            index.append(position)
        }
        return Normalized(scalars: kept, originalIndex: index, originalCount: scalars.count)
    }
}
