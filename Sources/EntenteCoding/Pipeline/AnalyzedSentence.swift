import EntenteCore

/// A sentence after the first half of the pipeline: tokens with tags and lemmas, actor
/// mentions and date expressions. The event coder reads these.
public struct AnalyzedSentence: Sendable, Hashable {
    /// The sentence and its place in the document.
    public var sentence: Sentence
    /// Its tokens, tagged and lemmatized. Like every per-token table here it is padded: a
    /// read outside the sentence gives nothing rather than trapping, and the event coder
    /// reads these tables in place instead of padding copies of them.
    public var tokens: PaddedArray<Token>
    /// Actor mentions, in text order.
    public var actors: [ActorMention]
    /// Date expressions, in text order.
    public var dates: [DateMention]
    /// The tokens' texts in lower case, computed once for every stage that compares words.
    public var lowered: PaddedArray<String>
    /// The `WordKey`s of `lowered`, computed once for every stage that looks words up.
    public var keys: PaddedArray<UInt64>

    /// Creates an analyzed sentence; `lowered` and `keys` are computed from the tokens when
    /// not given.
    public init(sentence: Sentence, tokens: [Token], actors: [ActorMention], dates: [DateMention], lowered: [String]? = nil, keys: [UInt64]? = nil) {
        let lowered = lowered ?? tokens.map { $0.text.lowercased() }
        self.init(sentence: sentence, tokens: PaddedArray(tokens: tokens), actors: actors, dates: dates,
                  lowered: PaddedArray(words: lowered), keys: PaddedArray(keys: keys ?? lowered.map(WordKey.of)))
    }

    /// Creates an analyzed sentence from tables already padded.
    public init(sentence: Sentence, tokens: PaddedArray<Token>, actors: [ActorMention], dates: [DateMention], lowered: PaddedArray<String>, keys: PaddedArray<UInt64>) {
        self.sentence = sentence
        self.tokens = tokens
        self.actors = actors
        self.dates = dates
        self.lowered = lowered
        self.keys = keys
    }

    /// The sentence's own date: the first resolved day- or month-precise date in it.
    public var statedDate: Day? {
        dates.first { $0.precision == .day || $0.precision == .month }?.value
    }

    /// The token at `index`, or ``Token/padding`` outside the sentence, so a rule cannot
    /// read past it.
    public func token(_ index: Int) -> Token { tokens[index] }

    /// The lower-cased word at `index`, or the empty string outside the sentence.
    public func word(_ index: Int) -> String { lowered[index] }

    /// The `WordKey` of the word at `index`, or the empty word's outside the sentence.
    public func key(_ index: Int) -> UInt64 { keys[index] }
}
