import EntenteCore

/// One compiled pattern of an event dictionary: the code it gives and the elements that must
/// stand before and after the trigger.
public struct EventPattern: Sendable, Hashable {
    /// One element of a pattern.
    public enum Element: Sendable, Hashable {
        /// A token whose lemma or lower-cased text is one of the words.
        case words(WordSet)
        /// An actor mention that becomes the target.
        case target
        /// An actor mention that becomes the source.
        case source
        /// Any one noun phrase, skipped: an actor or place mention, or a run of determiners,
        /// adjectives, numbers and nouns (PETRARCH's `^`: "celebrated Eid at *Osgiliath* with
        /// Gondor"). It adds nothing to a match's score.
        case phrase

        /// Whether this element is a list of words (not an actor slot or a phrase).
        public var isWords: Bool {
            if case .words = self { return true }
            return false
        }
    }

    /// An element and whether it may be missing.
    public struct Slot: Sendable, Hashable {
        /// What to match.
        public var element: Element
        /// Whether the element may be absent.
        public var optional: Bool
    }

    /// What a pattern is, kept in one shared box: the coder tries dozens of patterns a
    /// sentence and carries the one that matched, and copying the box is one reference count,
    /// where copying the fields was a dozen (the strings and the slot arrays).
    private final class Box: Sendable {
        let fields: Fields
        /// Worked out once from the fields, for every event and every match tried.
        let provenance: String
        let isReaction: Bool

        init(_ fields: Fields) {
            self.fields = fields
            provenance = "\(fields.origin): \(fields.code ?? "none")\(fields.reverseCode.map { ":\($0)" } ?? "") \(fields.text)"
            isReaction = Roles.isReaction(fields.code)
        }
    }

    private struct Fields: Sendable, Hashable {
        var code: String?
        var reverseCode: String?
        var before: [Slot]
        var after: [Slot]
        var text: String
        var origin: EntenteError.Location
        var order: Int
        var reciprocal: Bool
    }

    private var box: Box

    /// A pattern giving `code` (nil for `none`) with `before` and `after` the trigger.
    public init(code: String?, reverseCode: String?, before: [Slot], after: [Slot], text: String, origin: EntenteError.Location, order: Int, reciprocal: Bool = false) {
        box = Box(Fields(code: code, reverseCode: reverseCode, before: before, after: after, text: text, origin: origin, order: order, reciprocal: reciprocal))
    }

    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    /// The CAMEO code, or nil for `none` (matched, but not a political event).
    public var code: String? {
        get { box.fields.code }
        set { change { $0.code = newValue } }
    }
    /// A second event from target to source (`042:043`: X travels to Y, so Y hosts X).
    public var reverseCode: String? {
        get { box.fields.reverseCode }
        set { change { $0.reverseCode = newValue } }
    }
    /// Elements before the trigger, nearest last (in reading order).
    public var before: [Slot] {
        get { box.fields.before }
        set { change { $0.before = newValue } }
    }
    /// Elements after the trigger, in reading order.
    public var after: [Slot] {
        get { box.fields.after }
        set { change { $0.after = newValue } }
    }
    /// The pattern as written, for explanations.
    public var text: String {
        get { box.fields.text }
        set { change { $0.text = newValue } }
    }
    /// Where the pattern was read.
    public var origin: EntenteError.Location {
        get { box.fields.origin }
        set { change { $0.origin = newValue } }
    }
    /// Load order, so later patterns win ties.
    public var order: Int {
        get { box.fields.order }
        set { change { $0.order = newValue } }
    }
    /// Written with `%`: a group acting together acts on each of its members ("Mali and Niger
    /// met" → each met the other) when no target is named.
    public var reciprocal: Bool {
        get { box.fields.reciprocal }
        set { change { $0.reciprocal = newValue } }
    }

    /// `file:line: CODE pattern`, for event records.
    public var provenance: String { box.provenance }

    /// Whether the code is a reaction to something said or done (``Roles/isReaction(_:)``).
    var isReaction: Bool { box.isReaction }

    public static func == (a: EventPattern, b: EventPattern) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
}

/// The trigger words of a block (a lemma and any particles) and the patterns they share.
public struct EventTrigger: Sendable, Hashable {
    /// Verb (matched on VERB tokens), noun (NOUN tokens) or adjective (ADJ tokens).
    public enum Kind: String, Sendable, Hashable {
        case verb, noun
        /// An attitude stated with an adjective: "said it was *optimistic* about the talks".
        case adjective
    }

    /// Verb or noun.
    public var kind: Kind
    /// The head lemma ("kick").
    public var lemma: String
    /// Particles that must follow ("out" in "kick out").
    public var particles: [String]
    /// Indices into the dictionary's pattern list.
    public var patterns: [Int]
}
