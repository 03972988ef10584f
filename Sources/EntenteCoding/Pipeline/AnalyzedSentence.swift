import EntenteCore

/// A sentence after the first half of the pipeline: tokens with tags and lemmas, actor
/// mentions and date expressions. The event coder reads these.
public struct AnalyzedSentence: Sendable, Hashable {
    /// The sentence and its place in the document.
    public var sentence: Sentence
    /// Its tokens, tagged and lemmatized.
    public var tokens: [Token]
    /// Actor mentions, in text order.
    public var actors: [ActorMention]
    /// Date expressions, in text order.
    public var dates: [DateMention]
    /// The tokens' texts in lower case, computed once for every stage that compares words.
    public var lowered: [String]
    /// The `WordKey`s of `lowered`, computed once for every stage that looks words up.
    public var keys: [UInt64]

    /// Creates an analyzed sentence; `lowered` and `keys` are computed from the tokens when
    /// not given.
    public init(sentence: Sentence, tokens: [Token], actors: [ActorMention], dates: [DateMention], lowered: [String]? = nil, keys: [UInt64]? = nil) {
        self.sentence = sentence
        self.tokens = tokens
        self.actors = actors
        self.dates = dates
        let lowered = lowered ?? tokens.map { $0.text.lowercased() }
        self.lowered = lowered
        self.keys = keys ?? lowered.map(WordKey.of)
    }

    /// The sentence's own date: the first resolved day- or month-precise date in it.
    public var statedDate: Day? {
        dates.first { $0.precision == .day || $0.precision == .month }?.value
    }

    /// The token at `index`, or ``Token/padding`` outside the sentence, so a rule cannot
    /// read past it.
    public func token(_ index: Int) -> Token {
        index >= 0 && index < tokens.count ? tokens[index] : .padding
    }

    /// The lower-cased word at `index`, or the empty string outside the sentence.
    public func word(_ index: Int) -> String {
        index >= 0 && index < lowered.count ? lowered[index] : ""
    }

    /// The `WordKey` of the word at `index`, or the empty word's outside the sentence.
    public func key(_ index: Int) -> UInt64 {
        index >= 0 && index < keys.count ? keys[index] : WordKey.of("")
    }
}
