/// A coded event mention: who did what to whom, when and where, in which sentence, and why the
/// coder thinks so. The JSONL event record of the architecture sketch, field for field.
public struct Event: Sendable, Hashable, Codable {
    /// The document's id (its JSONL `id`, or the file name).
    public var docID: String?
    /// 0-based sentence index in the document.
    public var sentence: Int
    /// The sentence text.
    public var text: String
    /// Source actor code (`NERGOV`).
    public var source: String
    /// Target actor code (`UKR`); empty for a one-actor event ("the junta's leader resigned"),
    /// as GDELT leaves Actor2 blank.
    public var target: String
    /// The source as written.
    public var sourceText: String
    /// The target as written.
    public var targetText: String
    /// Scalar offsets of the source mention.
    public var sourceSpan: TextSpan
    /// Scalar offsets of the target mention; empty, where the trigger starts, for a one-actor event.
    public var targetSpan: TextSpan
    /// Full CAMEO code, e.g. `"161"`.
    public var cameo: String
    /// The CAMEO root, e.g. `"16"`.
    public var root: String
    /// The PLOVER event type, if CAMEO→PLOVER maps the code.
    public var plover: String?
    /// The PLOVER mode of the mapping, if any.
    public var ploverMode: String?
    /// The PLOVER context of the mapping, if any.
    public var ploverContext: String?
    /// Goldstein weight of the code.
    public var goldstein: Double
    /// CAMEO quad class, 1–4.
    public var quadClass: Int
    /// Asserted, negated, threatened, …
    public var mode: EventMode
    /// Who is quoted as saying it, when a speaker is named ("…, the Pentagon said").
    public var reporter: String?
    /// ISO 8601 date at its precision.
    public var date: String?
    /// `day`, `week`, `month`, `year` or `document`.
    public var datePrecision: DatePrecision?
    /// The first place named in the sentence, as written (geocoding comes later).
    public var place: String?
    /// The trigger word as written.
    public var trigger: String
    /// Scalar offsets of the trigger.
    public var triggerSpan: TextSpan
    /// The dictionary pattern that fired, as `file:line: CODE pattern`.
    public var pattern: String

    /// Creates an event.
    public init(
        docID: String?, sentence: Int, text: String, source: String, target: String, sourceText: String, targetText: String,
        sourceSpan: TextSpan, targetSpan: TextSpan, type: EventType, mode: EventMode, reporter: String?,
        date: String?, datePrecision: DatePrecision?, place: String?, trigger: String, triggerSpan: TextSpan, pattern: String
    ) {
        self.docID = docID
        self.sentence = sentence
        self.text = text
        self.source = source
        self.target = target
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
        self.cameo = type.code
        self.root = type.root
        self.plover = type.plover?.event
        self.ploverMode = type.plover?.mode
        self.ploverContext = type.plover?.context
        self.goldstein = type.goldstein
        self.quadClass = type.quadClass.rawValue
        self.mode = mode
        self.reporter = reporter
        self.date = date
        self.datePrecision = datePrecision
        self.place = place
        self.trigger = trigger
        self.triggerSpan = triggerSpan
        self.pattern = pattern
    }

    /// Whether the event has a source and no target: "Mali's junta leader resigned".
    public var isOneActor: Bool { target.isEmpty }

    /// Every field is written, absent ones as `null`, so each record has the same keys
    /// (`plover` is null for roots 01 and 02, which PLOVER does not map).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(docID, forKey: .docID)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(sourceText, forKey: .sourceText)
        try c.encode(targetText, forKey: .targetText)
        try c.encode(sourceSpan, forKey: .sourceSpan)
        try c.encode(targetSpan, forKey: .targetSpan)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(root, forKey: .root)
        try c.encode(plover, forKey: .plover)
        try c.encode(ploverMode, forKey: .ploverMode)
        try c.encode(ploverContext, forKey: .ploverContext)
        try c.encode(goldstein, forKey: .goldstein)
        try c.encode(quadClass, forKey: .quadClass)
        try c.encode(mode, forKey: .mode)
        try c.encode(reporter, forKey: .reporter)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(place, forKey: .place)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(triggerSpan, forKey: .triggerSpan)
        try c.encode(pattern, forKey: .pattern)
    }

    enum CodingKeys: String, CodingKey {
        case docID = "doc_id", sentence, text, source, target
        case sourceText = "source_text", targetText = "target_text"
        case sourceSpan = "source_span", targetSpan = "target_span"
        case cameo, root, plover
        case ploverMode = "plover_mode", ploverContext = "plover_context"
        case goldstein, quadClass = "quad_class", mode, reporter, date
        case datePrecision = "date_precision", place, trigger
        case triggerSpan = "trigger_span", pattern
    }
}
