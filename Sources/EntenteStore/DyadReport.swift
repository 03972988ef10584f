/// Everything the store knows about one pair of sides as of a date: each relationship's
/// states in order, with the events behind them, and the latest events between the two.
public struct DyadReport: Sendable, Hashable {
    /// The two sides, as asked.
    public var dyad: [String]
    /// The date the report is as of (nil: everything stored).
    public var asOf: String?
    /// Every state the pair's relationships entered by then, by kind and date.
    public var facts: [DyadFact]
    /// The latest merged events between the two, in either direction, newest first.
    public var recent: [MergedEvent]
    /// The pair's events day by day (asserted and reported, dated to the day).
    public var series: [DailyCount]

    /// Creates a report.
    public init(dyad: [String], asOf: String?, facts: [DyadFact], recent: [MergedEvent], series: [DailyCount] = []) {
        self.dyad = dyad
        self.asOf = asOf
        self.facts = facts
        self.recent = recent
        self.series = series
    }
}

/// One state of a relationship, from `since` until the next state began (nil while it
/// holds), and the sentences that say so.
public struct DyadFact: Sendable, Hashable {
    /// The state.
    public var state: RelationState
    /// When the next state began, if one has by the report's date.
    public var until: String?
    /// The mentions of the event that set it: the evidence.
    public var evidence: [Evidence]

    /// Creates a fact.
    public init(state: RelationState, until: String?, evidence: [Evidence]) {
        self.state = state
        self.until = until
        self.evidence = evidence
    }
}

/// One sentence behind an event: where it was read and what was coded from it.
public struct Evidence: Sendable, Hashable {
    /// The merged event it tells.
    public var eventID: Int64
    /// The mention's source and target codes, CAMEO code, mode and date.
    public var source: String
    /// The target actor code.
    public var target: String
    /// The CAMEO code.
    public var cameo: String
    /// The mode (`asserted`, `reported`, …).
    public var mode: String
    /// The event's date, at its precision.
    public var date: String?
    /// The document's id (its input id, else the store's).
    public var document: String
    /// The sentence's number in its document.
    public var sentenceNumber: Int
    /// The sentence.
    public var sentence: String

    /// Creates evidence.
    public init(eventID: Int64, source: String, target: String, cameo: String, mode: String, date: String?, document: String, sentenceNumber: Int, sentence: String) {
        self.eventID = eventID
        self.source = source
        self.target = target
        self.cameo = cameo
        self.mode = mode
        self.date = date
        self.document = document
        self.sentenceNumber = sentenceNumber
        self.sentence = sentence
    }
}
