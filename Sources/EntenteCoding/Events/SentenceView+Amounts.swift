import EntenteCore
import EntenteText

/// An amount's hedges and multipliers are one number to a pattern: "sent *more than one
/// million* artillery shells", "paid Ukraine *the first 1.5 billion* euros". Wire copy hedges
/// most amounts, and the hedge ("more than", "at least", "up to") and the multiplier
/// ("million") would otherwise use up the three fillers a pattern may skip before the noun it
/// names, so these words are skipped without counting.
extension SentenceView {
    /// One-word hedges before a number.
    static let amountHedges: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "over"]
    /// Two-word hedges before a number: "more than 300", "at least $2 billion", "up to 50,000".
    static let twoWordAmountHedges: Set<[String]> = [["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"]]
    /// Words that multiply the number before them: "1.5 *billion*".
    static let amountMultipliers: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]

    /// Whether token `i` hedges or multiplies a number (see the type's note): a filler that
    /// does not count against a pattern's limit.
    static func isAmountWord(_ i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>) -> Bool {
        func startsNumber(_ k: Int) -> Bool {
            k < tokens.count && (tokens[k].tag == .numeral || tokens[k].tag == .symbol && currencySigns.contains(lowered[k]))
        }
        // Every amount word stands next to a number: tested first, as it costs no hashing (this
        // runs for every token of every sentence the coder reads).
        guard startsNumber(i + 1) || startsNumber(i + 2) || i > 0 && tokens[i - 1].tag == .numeral else { return false }
        if amountHedges.contains(lowered[i]) { return startsNumber(i + 1) }
        if twoWordAmountHedges.contains([lowered[i], lowered[i + 1]]) { return startsNumber(i + 2) }
        if i > 0, twoWordAmountHedges.contains([lowered[i - 1], lowered[i]]) { return startsNumber(i + 1) }
        // "1.5 billion", "$2 million": a multiplier right after a number.
        return i > 0 && amountMultipliers.contains(lowered[i]) && tokens[i - 1].tag == .numeral
    }

    /// Whether token `i` hedges or multiplies a number (``isAmountWord(_:tokens:lowered:)``).
    func isAmountWord(_ i: Int) -> Bool {
        i >= 0 && i < amountWords.count && amountWords[i]
    }
}
