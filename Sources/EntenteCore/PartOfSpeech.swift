/// The 17 Universal Dependencies part-of-speech tags (UPOS).
public enum PartOfSpeech: String, Sendable, Hashable, Codable, CaseIterable {
    case adjective = "ADJ"
    case adposition = "ADP"
    case adverb = "ADV"
    case auxiliary = "AUX"
    case coordinatingConjunction = "CCONJ"
    case determiner = "DET"
    case interjection = "INTJ"
    case noun = "NOUN"
    case numeral = "NUM"
    case particle = "PART"
    case pronoun = "PRON"
    case properNoun = "PROPN"
    case punctuation = "PUNCT"
    case subordinatingConjunction = "SCONJ"
    case symbol = "SYM"
    case verb = "VERB"
    case other = "X"

    /// The tag's position in `allCases`, without searching.
    public var columnIndex: Int {
        switch self {
        case .adjective: 0
        case .adposition: 1
        case .adverb: 2
        case .auxiliary: 3
        case .coordinatingConjunction: 4
        case .determiner: 5
        case .interjection: 6
        case .noun: 7
        case .numeral: 8
        case .particle: 9
        case .pronoun: 10
        case .properNoun: 11
        case .punctuation: 12
        case .subordinatingConjunction: 13
        case .symbol: 14
        case .verb: 15
        case .other: 16
        }
    }

    /// Nouns, proper nouns and pronouns: what an actor phrase is headed by.
    public var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun }
}
