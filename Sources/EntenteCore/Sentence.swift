/// A sentence of a document: its place in the document and its text.
public struct Sentence: Sendable, Hashable, Codable {
    /// 0-based position of the sentence in its document.
    public var index: Int
    /// Scalar offsets of the sentence in the document text.
    public var span: TextSpan
    /// The sentence text, as written (line breaks inside it kept), without the invisible
    /// characters the analyzer removes (a byte-order mark, zero-width and bidirectional
    /// controls); `span` still covers them in the document.
    public var text: String
    /// A news dateline that opened the paragraph ("BAMAKO, Aug 4 (Reuters) -"), kept apart
    /// because it names where the story was filed, not who acted.
    public var dateline: TextSpan?

    /// Creates a sentence.
    public init(index: Int, span: TextSpan, text: String, dateline: TextSpan? = nil) {
        self.index = index
        self.span = span
        self.text = text
        self.dateline = dateline
    }
}
