/// One token of a sentence: its text, where it is in the document, and once tagged its
/// part of speech and lemma.
public struct Token: Sendable, Hashable, Codable {
    /// The token exactly as written.
    public var text: String
    /// Scalar offsets into the document text.
    public var span: TextSpan
    /// The UPOS tag, once a tagger has run.
    public var tag: PartOfSpeech?
    /// The dictionary form ("fled" → "flee", "ties" → "tie"), once a lemmatizer has run.
    public var lemma: String?

    /// Creates a token.
    public init(text: String, span: TextSpan, tag: PartOfSpeech? = nil, lemma: String? = nil) {
        self.text = text
        self.span = span
        self.tag = tag
        self.lemma = lemma
    }
}
