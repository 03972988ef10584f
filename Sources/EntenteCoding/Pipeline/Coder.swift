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
        if self.events.discardsDocument(sentences) { return (sentences, []) }
        let events = sentences.flatMap { self.events.code($0, documentID: document.id, documentDate: document.date) }
        // "…two days after Mali did the same": dates counted from another event of the document.
        return (sentences, RelativeEventDates.apply(events, sentences: sentences))
    }
}
