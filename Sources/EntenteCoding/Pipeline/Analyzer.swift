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

    /// Analyses a whole document, a bounded piece at a time (see ``TextSegments``).
    public func analyze(_ document: Document) -> [AnalyzedSentence] {
        var session = DocumentSession(analyzer: self, documentDate: document.date)
        return TextSegments.segments(of: document.text).flatMap { segment in
            session.analyze(segment: TextSegments.text(of: segment, in: document.text), offset: segment.offset)
        }
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
    ///
    /// Invisible characters (a BOM, zero-width and bidirectional controls) are removed before
    /// anything reads the text, and every span is mapped back to the text as given.
    public mutating func analyze(segment: String, offset: Int) -> [AnalyzedSentence] {
        let text = TextNormalizer.normalize(Array(segment.unicodeScalars))
        let scalars = text.scalars
        let sentences = SentenceSplitter.split(scalars: scalars, firstIndex: nextSentence, offset: 0)
        var result: [AnalyzedSentence] = []
        result.reserveCapacity(sentences.count)
        for whole in sentences {
            let wholeTokens = Tokenizer.tokenize(scalars: scalars, range: whole.span.start..<whole.span.end, offset: 0)
            for (number, piece) in SentenceSplitter.pieces(of: wholeTokens).enumerated() {
                var (sentence, tokens) = Self.piece(piece, number: number, of: whole, tokens: wholeTokens, scalars: scalars)
                sentence.index = nextSentence + result.count
                var analyzed = analyze(sentence, tokens: tokens)
                // Spans so far are positions in the normalized piece (so the stages above see
                // no gap where an invisible character was); from here on they are offsets in
                // the document as given.
                if text.originalIndex != nil || offset != 0 {
                    Self.mapSpans(of: &analyzed) { span in
                        let range = text.original(span.start..<span.end)
                        return TextSpan(start: range.lowerBound + offset, end: range.upperBound + offset)
                    }
                }
                remember(analyzed)
                result.append(analyzed)
            }
        }
        nextSentence += result.count
        return result
    }

    /// One sentence, or one piece of an overlong one (see
    /// ``SentenceSplitter/pieces(of:limit:)``), with its tokens.
    static func piece(_ piece: Range<Int>, number: Int, of whole: Sentence, tokens: [Token], scalars: [Unicode.Scalar]) -> (Sentence, [Token]) {
        guard piece.count < tokens.count, !piece.isEmpty else { return (whole, tokens) }
        let pieceTokens = Array(tokens[piece])
        let span = TextSpan(start: pieceTokens[0].span.start, end: pieceTokens[pieceTokens.count - 1].span.end)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[span.start..<span.end])
        return (Sentence(index: whole.index, span: span, text: String(text), dateline: number == 0 ? whole.dateline : nil), pieceTokens)
    }

    /// Tags a sentence's tokens and finds its dates and actors.
    private mutating func analyze(_ sentence: Sentence, tokens: [Token]) -> AnalyzedSentence {
        var tokens = tokens
        // Every per-token table is built padded once, for every stage below and for the
        // event coder.
        let lowered = PaddedArray(count: tokens.count, padding: "") { tokens[$0].text.lowercased() }
        let keys = PaddedArray(count: lowered.count, padding: WordKey.of("")) { WordKey.of(lowered[$0]) }
        PerceptronTagger.tag(&tokens, lowered: lowered, keys: keys, model: analyzer.tagger)
        let paddedTokens = PaddedArray(moving: consume tokens, padding: .padding)
        let dates = DateResolver.resolve(paddedTokens, lowered: lowered, keys: keys, context: .init(documentDate: documentDate, anchor: anchor))
        var analyzed = AnalyzedSentence(sentence: sentence, tokens: paddedTokens, actors: [], dates: dates, lowered: lowered, keys: keys)
        let codingDate = analyzed.statedDate ?? documentDate
        analyzed.actors = ActorMatcher.match(paddedTokens, lowered: lowered, keys: keys, dictionary: analyzer.dictionary, on: codingDate)
        Coreference.link(&analyzed, tokens: paddedTokens, lowered: lowered, history: history[...])
        if let stated = dates.last(where: { $0.precision == .day })?.value { anchor = stated }
        return analyzed
    }

    /// Keeps `sentence` for coreference in the sentences after it.
    private mutating func remember(_ sentence: AnalyzedSentence) {
        history.append(sentence)
        if history.count > DocumentSession.historyLength { history.removeFirst() }
    }

    /// Applies `map` to every span of a sentence: its own, its dateline's, its tokens',
    /// actors' and dates'.
    static func mapSpans(of sentence: inout AnalyzedSentence, _ map: (TextSpan) -> TextSpan) {
        sentence.sentence.span = map(sentence.sentence.span)
        sentence.sentence.dateline = sentence.sentence.dateline.map(map)
        for k in sentence.tokens.indices { sentence.tokens[k].span = map(sentence.tokens[k].span) }
        for k in sentence.actors.indices { sentence.actors[k].span = map(sentence.actors[k].span) }
        for k in sentence.dates.indices { sentence.dates[k].span = map(sentence.dates[k].span) }
    }
}
