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

    /// Nouns, proper nouns and pronouns: what an actor phrase is headed by.
    public var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun }
}
