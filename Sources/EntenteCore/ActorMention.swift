/// A reference to a political actor in a sentence: a name from the dictionary, a sector
/// noun composed with a country, or a pronoun or short description linked back to one.
public struct ActorMention: Sendable, Hashable, Codable {
    /// How the mention was recognised.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A dictionary name ("Niger", "the Pentagon").
        case name
        /// A demonym or adjective ("Malian").
        case adjective
        /// A capital or seat used for its government ("Kyiv", "Bamako").
        case capital
        /// A sector noun, alone or composed with a country ("Malian troops").
        case agent
        /// A person's name, coded by the role they held on the sentence's date.
        case person
        /// A name that inherits the code of the title before it ("U.S. lawmakers Matt Gaetz").
        case apposition
        /// A pronoun or short description linked to an earlier mention ("it", "the junta").
        case coreference
    }

    /// The mention as written.
    public var text: String
    /// Scalar offsets in the document.
    public var span: TextSpan
    /// Token indices within the sentence.
    public var tokens: Range<Int>
    /// The CAMEO-style codes: one for an actor, several for "both nations" and the like,
    /// none for a person out of office or an unlinked pronoun.
    public var codes: [String]
    /// How the mention was recognised.
    public var source: Source
    /// The dictionary entries that gave the codes, as `display name (file:line)`.
    public var entries: [String]
    /// What the mention names: for compositions, the kind of the named actor.
    public var kind: ActorKind?
    /// Set when the mention is a place ("in Bamako") rather than an actor.
    public var isPlace: Bool
    /// For coreference: the sentence and mention index the mention was linked to.
    public var antecedent: MentionReference?

    /// Creates a mention.
    public init(text: String, span: TextSpan, tokens: Range<Int>, codes: [String], source: Source, entries: [String], kind: ActorKind? = nil, isPlace: Bool = false, antecedent: MentionReference? = nil) {
        self.text = text
        self.span = span
        self.tokens = tokens
        self.codes = codes
        self.source = source
        self.entries = entries
        self.kind = kind
        self.isPlace = isPlace
        self.antecedent = antecedent
    }

    /// The single code, when there is exactly one.
    public var code: String? { codes.count == 1 ? codes[0] : nil }
}

/// Points at one mention of a document: sentence index and position in that sentence's list.
public struct MentionReference: Sendable, Hashable, Codable {
    /// 0-based sentence index in the document.
    public var sentence: Int
    /// Index into that sentence's actor mentions.
    public var mention: Int

    /// Creates a reference.
    public init(sentence: Int, mention: Int) {
        self.sentence = sentence
        self.mention = mention
    }
}
