/// One input text with what is known about where it came from.
///
/// Only `text` is required; a document without a `date` keeps relative date expressions
/// unresolved rather than inventing one.
public struct Document: Sendable, Hashable, Codable {
    /// A caller-chosen identifier, carried into every mention and event as `doc_id`.
    public var id: String?
    /// The publication date, used to resolve relative dates.
    public var date: Day?
    /// Where the text was fetched from.
    public var url: String?
    /// The outlet or feed name.
    public var source: String?
    /// The headline.
    public var title: String?
    /// The text itself.
    public var text: String
    /// Its language (an ISO 639-1 code such as `en`), when the source says; the coder reads
    /// English, and the store keeps it for the languages to come.
    public var language: String?

    /// Creates a document.
    public init(id: String? = nil, date: Day? = nil, url: String? = nil, source: String? = nil, title: String? = nil, text: String,
                language: String? = nil) {
        self.id = id
        self.date = date
        self.url = url
        self.source = source
        self.title = title
        self.text = text
        self.language = language
    }
}
