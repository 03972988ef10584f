/// A date or time expression found in a sentence, resolved against the document date when
/// it can be.
public struct DateMention: Sendable, Hashable, Codable {
    /// The expression as written.
    public var text: String
    /// Scalar offsets in the document.
    public var span: TextSpan
    /// Token indices within the sentence.
    public var tokens: Range<Int>
    /// The first day the expression can mean, when resolved.
    public var value: Day?
    /// How exactly `value` is known; nil while unresolved.
    public var precision: DatePrecision?
    /// Which rule read the expression (e.g. `month-day`, `weekday`, `relative-offset`), for
    /// explanations.
    public var rule: String

    /// Creates a date mention.
    public init(text: String, span: TextSpan, tokens: Range<Int>, value: Day?, precision: DatePrecision?, rule: String) {
        self.text = text
        self.span = span
        self.tokens = tokens
        self.value = value
        self.precision = precision
        self.rule = rule
    }

    /// Whether the expression was pinned to a date.
    public var isResolved: Bool { value != nil }

    /// The resolved date in ISO 8601 at its precision (`2024-07` for "late July").
    public var iso: String? {
        guard let value, let precision else { return nil }
        return precision.iso(value)
    }
}
