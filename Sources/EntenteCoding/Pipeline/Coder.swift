import EntenteCore
import EntenteText

/// The whole coder: text → analysed sentences → events. An immutable value; build it once.
public struct Coder: Sendable {
    /// Sentences, tokens, actors and dates.
    public let analyzer: Analyzer
    /// Events from analysed sentences.
    public let events: EventCoder

    /// Creates a coder.
    public init(analyzer: Analyzer, events: EventCoder) {
        self.analyzer = analyzer
        self.events = events
    }

    /// The events of a document, with its analysed sentences.
    public func code(_ document: Document) -> (sentences: [AnalyzedSentence], events: [Event]) {
        let sentences = analyzer.analyze(document)
        return (sentences, events(in: sentences, documentID: document.id, documentDate: document.date))
    }

    /// The events of a document's analysed sentences (or of one piece of a long text): none
    /// when a document-level discard (sports results and the like) is among them, and dates
    /// counted from another event of the same sentences ("…two days after Mali did the same").
    public func events(in sentences: [AnalyzedSentence], documentID: String?, documentDate: Day?) -> [Event] {
        if self.events.discardsDocument(sentences) { return [] }
        let coded = sentences.flatMap { self.events.code($0, documentID: documentID, documentDate: documentDate) }
        return RelativeEventDates.apply(coded, sentences: sentences)
    }
}
