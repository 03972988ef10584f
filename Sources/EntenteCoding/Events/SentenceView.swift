import EntenteCore
import EntenteText

/// What the event coder looks up repeatedly in one sentence, computed once: lower-cased
/// texts and lemmas, where mentions start, coordination groups and clauses.
final class SentenceView {
    /// A value per index, nil outside the range: an array read like a dictionary, without
    /// hashing.
    struct IndexMap<Value> {
        private var values: [Value?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Value? {
            get { index >= 0 && index < values.count ? values[index] : nil }
            set { if index >= 0 && index < values.count { values[index] = newValue } }
        }
    }

    let sentence: AnalyzedSentence
    // Every per-token table is padded: a rule reading past the sentence sees nothing there.
    let tokens: PaddedArray<Token>
    let lowered: PaddedArray<String>
    let lemmas: PaddedArray<String>
    /// `WordKey`s of `lowered` and `lemmas`, for word-set tests without rehashing.
    let keys: PaddedArray<UInt64>
    let lemmaKeys: PaddedArray<UInt64>
    /// Actor mentions (places included; roles skip them).
    let mentions: [ActorMention]
    /// Token index → index of the mention starting there.
    let mentionStarting: IndexMap<Int>
    /// Mention index → its coordination group (mention indices), when it has one.
    let groupOf: IndexMap<[Int]>
    let clauses: Clauses
    /// Whether each token lies inside an actor mention.
    let insideMention: PaddedArray<Bool>
    /// Whether a pattern may skip each token (see `isFiller(_:)`), computed once.
    private let fillers: [Bool]
    /// Whether each token hedges or multiplies a number (see `isAmountWord(_:)`), computed once.
    let amountWords: [Bool]
    /// Token index → index of the non-place mention ending there (its last token).
    let mentionEnding: IndexMap<Int>
    /// Who the sentence quotes ("…, the Pentagon said"), found once for every trigger.
    private(set) var reporter: Attribution.Reporter?
    /// Where "if" and "unless" stand: the conditions the sentence sets.
    let conditions: [Int]
    /// Whether the sentence ends in a question mark.
    let isQuestion: Bool
    private let parser: ParserModel?
    /// The parse so far, started the first time a rule asks for the tree, so sentences the
    /// tags read unambiguously are never parsed; and the tree as far as it has gone.
    private var parse: IncrementalParse?
    private var parsedTree: SyntaxTree?
    /// ``Roles/isPassive(_:view:)`` of each token once asked: -1 not yet, else 0 or 1.
    private var passives: [Int8] = []

    /// Whether verb `i` is passive (``Roles/computeIsPassive(_:view:)``), worked out once.
    func isPassive(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return Roles.computeIsPassive(i, view: self) }
        if passives.isEmpty { passives = [Int8](repeating: -1, count: tokens.count) }
        if passives[i] < 0 { passives[i] = Roles.computeIsPassive(i, view: self) ? 1 : 0 }
        return passives[i] == 1
    }

    /// The sentence's dependency tree, when the coder has a parser.
    var tree: SyntaxTree? { tree(through: tokens.count - 1) }

    /// The tree as far as token `index` has left the parser's buffer: a partial tree (see
    /// ``SyntaxTree/isComplete``) unless the sentence ends there. A model trained for a beam
    /// parses whole sentences only.
    func tree(through index: Int) -> SyntaxTree? {
        guard let parser, !tokens.isEmpty else { return nil }
        if let parsedTree, parsedTree.isComplete { return parsedTree }
        if parser.beamWidth > 1 {
            parsedTree = SyntaxTree.parse(tokens, model: parser)
            return parsedTree
        }
        var parse = parse ?? IncrementalParse(words: tokens.map(\.text), tags: tokens.map { $0.tag ?? .other }, model: parser, lowered: Array(lowered))
        // Held here alone while it moves, so that its arrays are not copied.
        self.parse = nil
        guard parse.count == tokens.count else { return nil }
        if parsedTree == nil || !parse.hasLeftBuffer(min(index, tokens.count - 1)) {
            parse.advance(through: index)
            parsedTree = SyntaxTree(parse)
        }
        self.parse = parse
        return parsedTree
    }

    init(_ sentence: AnalyzedSentence, parser: ParserModel? = nil) {
        self.sentence = sentence
        self.parser = parser
        tokens = sentence.tokens
        lowered = sentence.lowered
        let lemmas = PaddedArray(count: sentence.tokens.count, padding: "") { index in
            let token = sentence.tokens[index]
            guard let lemma = token.lemma, token.tag != .properNoun else { return sentence.lowered[index] }
            return lemma
        }
        self.lemmas = lemmas
        let keys = sentence.keys
        self.keys = keys
        lemmaKeys = PaddedArray(count: lemmas.count, padding: keys.padding) { index in
            lemmas[index] == sentence.lowered[index] ? keys[index] : WordKey.of(lemmas[index])
        }
        mentions = sentence.actors
        var starting = IndexMap<Int>(count: tokens.count)
        for (index, mention) in mentions.enumerated() where starting[mention.tokens.lowerBound] == nil {
            starting[mention.tokens.lowerBound] = index
        }
        mentionStarting = starting
        var groupOf = IndexMap<[Int]>(count: mentions.count)
        for group in Coordination.groups(mentions, tokens: tokens, lowered: lowered) {
            for member in group { groupOf[member] = group }
        }
        self.groupOf = groupOf
        clauses = Clauses(tokens: tokens, lowered: lowered, keys: self.keys, mentions: mentions)
        var inside = [Bool](repeating: false, count: tokens.count)
        for mention in mentions where mention.source != .coreference { for i in mention.tokens { inside[i] = true } }
        let paddedInside = PaddedArray(inside, padding: false)
        insideMention = paddedInside
        var ending = IndexMap<Int>(count: tokens.count)
        for (index, mention) in mentions.enumerated() where !mention.isPlace && ending[mention.tokens.upperBound - 1] == nil {
            ending[mention.tokens.upperBound - 1] = index
        }
        mentionEnding = ending
        let sentenceTokens = tokens
        let sentenceLowered = lowered
        let amountWords = sentenceTokens.indices.map { SentenceView.isAmountWord($0, tokens: sentenceTokens, lowered: sentenceLowered) }
        self.amountWords = amountWords
        // "about $1 billion", "more than 300 troops": an amount's hedges and multipliers are fillers.
        fillers = sentenceTokens.indices.map { amountWords[$0] || SentenceView.computeFiller($0, tokens: sentenceTokens, lowered: sentenceLowered, keys: keys, insideMention: paddedInside) }
        conditions = sentenceLowered.indices.filter { sentenceLowered[$0] == "if" || sentenceLowered[$0] == "unless" }
        isQuestion = sentenceTokens.last?.text == "?"
        reporter = Attribution.reporter(in: self)
    }

    /// The clause range holding token `i`.
    func clause(of i: Int) -> Range<Int> { clauses.ranges[clauses.clauseOf[i]] }

    /// Determiners, adjectives, adverbs, numbers, possessives and particles: what a pattern
    /// may skip between two elements.
    func isFiller(_ i: Int) -> Bool { i >= 0 && i < fillers.count && fillers[i] }

    /// Whether token `i` is a filler; `keys` are the `WordKey`s of `lowered`, compared
    /// instead of the words (this runs for every token of every sentence).
    static func computeFiller(_ i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>, insideMention: PaddedArray<Bool>) -> Bool {
        // Quantities: "40,000 tonnes of rice", "thousands of troops".
        if SentenceView.quantities.contains(key: keys[i]) { return true }
        // Hyphenated modifiers: "20-year-old sanctions", "long-range missiles".
        func isWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].tag != .punctuation }
        if keys[i] == hyphenKey, isWord(i - 1), isWord(i + 1), !insideMention[i] { return true }
        if !insideMention[i], i + 2 < tokens.count, keys[i + 1] == hyphenKey, isWord(i), isWord(i + 2) { return true }
        // …and its last word, when a noun or adjective follows: "long-*standing* sanctions" (the
        // tagger reads "standing" as a verb); not after an actor ("U.S.-brokered talks" are the
        // U.S.'s, and the actor must stay a target no pattern skips to).
        if !insideMention[i], i >= 2, keys[i - 1] == hyphenKey, isWord(i - 2), !insideMention[i - 2], isWord(i),
           i + 1 < tokens.count, tokens[i + 1].tag == .noun || tokens[i + 1].tag == .adjective { return true }
        if keys[i] == ofKey, i > 0, SentenceView.quantities.contains(key: keys[i - 1]) || tokens[i - 1].tag == .numeral { return true }
        // "$1 billion in credits", "€500 million in aid": an amount's "in".
        if keys[i] == inKey, i > 0, amountsBeforeIn.contains(key: keys[i - 1]) { return true }
        // (An amount's hedges and multipliers, "about $1 billion", are fillers too: the caller
        // has them in `amountWords`.)
        // "$", "€", "£" before an amount.
        if tokens[i].tag == .symbol, currencySigns.contains(key: keys[i]) { return true }
        if isModifierConjunction(i, tokens: tokens, lowered: lowered) { return true }
        switch tokens[i].tag {
        case .determiner?, .adjective?, .adverb?, .numeral?, .particle?: return true
        case .noun?, .properNoun?:
            // A noun modifying the next noun ("a Patriot missile battery", "peace talks"), as
            // an adjective would; never one inside an actor mention.
            // "Leopard 2 tanks", "S-400 systems": a model number may stand between.
            guard !insideMention[i], i + 1 < tokens.count else { return false }
            if tokens[i + 1].tag == .noun { return true }
            return tokens[i + 1].tag == .numeral && i + 2 < tokens.count && tokens[i + 2].tag == .noun
        case .pronoun?: return possessivePronouns.contains(key: keys[i])
        default: return false
        }
    }

    /// Whether token `i` joins two adjectives that modify one noun: "economic *and* political
    /// sanctions", "a long*,* bloody war". The coordination is one modifier, however many
    /// adjectives it joins.
    static func isModifierConjunction(_ i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i - 1].tag == .adjective, tokens[i + 1].tag == .adjective else { return false }
        return modifierConjunctions.contains(lowered[i])
    }

    /// Whether token `i` joins two adjectives (``isModifierConjunction(_:tokens:lowered:)``).
    func isModifierConjunction(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && SentenceView.isModifierConjunction(i, tokens: tokens, lowered: lowered)
    }

    private static let hyphenKey = WordKey.of("-")
    private static let ofKey = WordKey.of("of")
    private static let inKey = WordKey.of("in")
    /// Amounts an "in" may follow as a filler.
    static let amountsBeforeIn: WordSet = ["million", "billion", "trillion", "dollars", "euros"]
    /// Possessive determiners a pattern may skip.
    static let possessivePronouns: WordSet = ["its", "their", "his", "her", "our", "my", "your"]

    /// Words that may join coordinated adjectives.
    static let modifierConjunctions: Set<String> = ["and", "or", ","]

    /// Currency signs before an amount ("$1 billion").
    static let currencySigns: WordSet = ["$", "€", "£", "¥"]

    /// Measure and count words a pattern may skip with the "of" after them.
    static let quantities: WordSet = [
        "tonnes", "tonne", "tons", "ton", "barrels", "litres", "liters", "kilograms", "kg", "shipments", "shipment",
        "consignments", "consignment", "truckloads", "batches", "batch", "million", "billion", "thousand", "thousands",
        "hundreds", "dozens", "millions", "billions", "worth", "units", "doses", "tens", "scores",
    ]

    /// Where the trigger's particles end ("kicked the troops out"), or nil if they are missing.
    /// With no particles, the token after the trigger.
    func particlesEnd(_ particles: [String], after i: Int) -> Int? {
        guard !particles.isEmpty else { return i + 1 }
        let limit = min(clause(of: i).upperBound, i + 6)
        var position = i + 1
        for particle in particles {
            guard let found = Range.between(position, max(position, limit)).first(where: { lowered[$0] == particle }) else { return nil }
            position = found + 1
        }
        // Adjacent particles are consumed; a particle after the object stays for the pattern
        // to skip, so patterns start right after the verb.
        return lowered[i + 1] == particles[0] ? position : i + 1
    }

    /// The coded actors a mention stands for: each member of its coordination group, each
    /// code of a multi-code mention.
    func actors(of mention: Int) -> [EventCoder.Actor] {
        let members = groupOf[mention] ?? [mention]
        return members.flatMap { index -> [EventCoder.Actor] in
            let m = mentions[index]
            return m.codes.map { EventCoder.Actor(code: $0, text: m.text, span: m.span) }
        }
    }

    /// The first mention of a coordination group holding `mention` (itself if none).
    func groupHead(_ mention: Int) -> Int { groupOf[mention]?.first ?? mention }
}
