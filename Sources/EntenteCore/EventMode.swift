/// How a sentence presents an event: as having happened, or as something else.
public enum EventMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stated as having happened ("Niger expelled the troops").
    case asserted
    /// Stated as not having happened ("Mali did not attack").
    case negated
    /// Threatened ("threatened to use force"); the threat itself is coded 13x.
    case threatened
    /// Planned, promised or intended ("plans to", "will", "vowed to").
    case intended
    /// Denied by its alleged source ("Ukraine denies it supported …").
    case denied
    /// Alleged by another actor ("accused Kyiv of *supporting* terrorists"); the accusation
    /// itself is the coded 11x event.
    case alleged
    /// Asked of the actor by another ("urged Israel to agree to a ceasefire"); the appeal
    /// itself is the coded 02x or 10x event.
    case requested
    /// Told by a named speaker of another side than the actor's ("Syria claimed that ISIL had
    /// attacked Iraq", "…, the Pentagon said"), or attributed to unnamed reports ("reports
    /// suggest", "reportedly").
    case reported
    /// Conditional, hypothetical or asked ("if Niger expels …", "will Mali …?").
    case hypothetical

    /// Whether an event in this mode counts as having happened, for evaluation and
    /// counting: asserted and reported events do.
    public var isFactual: Bool { self == .asserted || self == .reported }
}
