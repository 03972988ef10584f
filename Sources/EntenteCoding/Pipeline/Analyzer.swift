import EntenteCore
import EntenteText

/// The first half of the pipeline, text → sentences → tagged tokens → actors and dates,
/// with the models it needs. An immutable value: build it once, share it across tasks.
public struct Analyzer: Sendable {
    /// The part-of-speech model.
    public let tagger: TaggerModel
    /// The actor and agent dictionaries.
    public let dictionary: ActorDictionary

    /// Creates an analyzer.
    public init(tagger: TaggerModel, dictionary: ActorDictionary) {
        self.tagger = tagger
        self.dictionary = dictionary
    }

    /// Analyses a whole document at once.
    public func analyze(_ document: Document) -> [AnalyzedSentence] {
        var session = DocumentSession(analyzer: self, documentDate: document.date)
        return session.analyze(segment: document.text, offset: 0)
    }
}

/// The state carried from one segment of a long document to the next, so a 50 MB file can
/// be analysed in pieces: the next sentence number, the last sentences (for coreference)
/// and the last stated date (for "two days later").
public struct DocumentSession: Sendable {
    /// How many earlier sentences coreference may look back into.
    public static let historyLength = 2

    let analyzer: Analyzer
    let documentDate: Day?
    var nextSentence = 0
    var history: [AnalyzedSentence] = []
    var anchor: Day?

    /// Starts a document.
    public init(analyzer: Analyzer, documentDate: Day?) {
        self.analyzer = analyzer
        self.documentDate = documentDate
        self.anchor = documentDate
    }

    /// Analyses the next piece of the document; `offset` is the scalar offset of `segment`
    /// in the whole document. Pieces must be cut between paragraphs.
    public mutating func analyze(segment: String, offset: Int) -> [AnalyzedSentence] {
        let scalars = Array(segment.unicodeScalars)
        let sentences = SentenceSplitter.split(scalars: scalars, firstIndex: nextSentence, offset: offset)
        var result: [AnalyzedSentence] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var tokens = Tokenizer.tokenize(scalars: scalars, range: (sentence.span.start - offset)..<(sentence.span.end - offset), offset: offset)
            let lowered = tokens.map { $0.text.lowercased() }
            let keys = lowered.map(WordKey.of)
            PerceptronTagger.tag(&tokens, lowered: lowered, keys: keys, model: analyzer.tagger)
            let dates = DateResolver.resolve(tokens, lowered: lowered, context: .init(documentDate: documentDate, anchor: anchor))
            var analyzed = AnalyzedSentence(sentence: sentence, tokens: tokens, actors: [], dates: dates, lowered: lowered, keys: keys)
            let codingDate = analyzed.statedDate ?? documentDate
            analyzed.actors = ActorMatcher.match(tokens, lowered: lowered, keys: keys, dictionary: analyzer.dictionary, on: codingDate)
            Coreference.link(&analyzed, history: history[...])
            if let stated = dates.last(where: { $0.precision == .day })?.value { anchor = stated }
            history.append(analyzed)
            if history.count > DocumentSession.historyLength { history.removeFirst() }
            result.append(analyzed)
        }
        nextSentence += sentences.count
        return result
    }
}
