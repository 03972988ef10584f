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

    /// The CAMEO code, or nil for `none` (matched, but not a political event).
    public var code: String?
    /// A second event from target to source (`042:043`: X travels to Y, so Y hosts X).
    public var reverseCode: String?
    /// Elements before the trigger, nearest last (in reading order).
    public var before: [Slot]
    /// Elements after the trigger, in reading order.
    public var after: [Slot]
    /// The pattern as written, for explanations.
    public var text: String
    /// Where the pattern was read.
    public var origin: EntenteError.Location
    /// Load order, so later patterns win ties.
    public var order: Int
    /// Written with `%`: a group acting together acts on each of its members ("Mali and Niger
    /// met" → each met the other) when no target is named.
    public var reciprocal = false

    /// `file:line: CODE pattern`, for event records.
    public var provenance: String { "\(origin): \(code ?? "none")\(reverseCode.map { ":\($0)" } ?? "") \(text)" }
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
