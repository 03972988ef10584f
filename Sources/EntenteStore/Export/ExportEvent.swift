/// A merged event with what the export formats need: its codes and counts, and the first
/// mention that tells it (names as written, the sentence, the document).
public struct ExportEvent: Sendable, Hashable {
    /// The merged event.
    public var event: MergedEvent
    /// The source as the first mention writes it.
    public var sourceText: String
    /// The target as the first mention writes it.
    public var targetText: String
    /// The first mention's sentence.
    public var sentence: String
    /// Its index in its document.
    public var sentenceNumber: Int
    /// The first mention's document: its input id, URL and outlet.
    public var documentID: String
    /// The document's URL, if known.
    public var url: String?
    /// The document's outlet, if known.
    public var outlet: String?
    /// The first place the sentence names, as written.
    public var place: String?
    /// When the first document was stored (ISO 8601, UTC).
    public var ingestedAt: String
    /// Goldstein weight of the code.
    public var goldstein: Double
    /// CAMEO quad class.
    public var quadClass: Int
    /// PLOVER type, mode and context of the code, if it maps.
    public var plover: String?
    /// The PLOVER mode.
    public var ploverMode: String?
    /// The PLOVER context.
    public var ploverContext: String?
    /// The store's id of the document its first mention is in (0 when not from a store).
    public var storedDocumentID: Int64

    /// Creates an export row.
    public init(event: MergedEvent, sourceText: String, targetText: String, sentence: String, sentenceNumber: Int, documentID: String,
                url: String?, outlet: String?, place: String?, ingestedAt: String, goldstein: Double, quadClass: Int,
                plover: String?, ploverMode: String?, ploverContext: String?, storedDocumentID: Int64 = 0) {
        self.storedDocumentID = storedDocumentID
        self.event = event
        self.sourceText = sourceText
        self.targetText = targetText
        self.sentence = sentence
        self.sentenceNumber = sentenceNumber
        self.documentID = documentID
        self.url = url
        self.outlet = outlet
        self.place = place
        self.ingestedAt = ingestedAt
        self.goldstein = goldstein
        self.quadClass = quadClass
        self.plover = plover
        self.ploverMode = ploverMode
        self.ploverContext = ploverContext
    }
}
