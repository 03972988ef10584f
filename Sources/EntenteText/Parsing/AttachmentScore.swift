import EntenteCore

/// Attachment scores of parses against gold trees: UAS (right head) and LAS (right head and
/// relation), over all words and over words that are not punctuation.
///
/// LAS compares full relations ("nmod:poss"); `universalLabeled` compares them without
/// subtypes, as the CoNLL 2018 shared task's LAS does. A word is punctuation when its gold
/// relation is "punct".
public struct AttachmentScore: Sendable {
    /// Words scored.
    public var words = 0
    /// Words with the right head.
    public var unlabeled = 0
    /// Words with the right head and relation.
    public var labeled = 0
    /// Words with the right head and universal relation.
    public var universalLabeled = 0
    /// The same counts over words that are not punctuation.
    public var wordsNoPunct = 0
    /// See `wordsNoPunct`.
    public var unlabeledNoPunct = 0
    /// See `wordsNoPunct`.
    public var labeledNoPunct = 0

    /// An empty score.
    public init() {}

    /// Adds one sentence's parse.
    public mutating func add(gold sentence: CoNLLU.AnnotatedSentence, parsed tree: DependencyTree) {
        for (index, word) in sentence.words.enumerated() where word.head >= 0 && index < tree.heads.count {
            let headRight = tree.heads[index] == word.head
            let labelRight = headRight && tree.relations[index] == word.relation
            let punct = word.relation == "punct"
            words += 1
            if headRight { unlabeled += 1 }
            if labelRight { labeled += 1 }
            if headRight && tree.relations[index].split(separator: ":").first == word.universalRelation { universalLabeled += 1 }
            if !punct {
                wordsNoPunct += 1
                if headRight { unlabeledNoPunct += 1 }
                if labelRight { labeledNoPunct += 1 }
            }
        }
    }

    private static func percent(_ part: Int, _ whole: Int) -> Double { whole > 0 ? 100 * Double(part) / Double(whole) : 0 }
    /// UAS in percent, punctuation included.
    public var uas: Double { Self.percent(unlabeled, words) }
    /// LAS in percent (full relations), punctuation included.
    public var las: Double { Self.percent(labeled, words) }
    /// LAS in percent on universal relations, punctuation included.
    public var universalLAS: Double { Self.percent(universalLabeled, words) }
    /// UAS in percent without punctuation.
    public var uasNoPunct: Double { Self.percent(unlabeledNoPunct, wordsNoPunct) }
    /// LAS in percent (full relations) without punctuation.
    public var lasNoPunct: Double { Self.percent(labeledNoPunct, wordsNoPunct) }

    /// The scores of `model` on `sentences`, each parsed with `tags` (one array a sentence).
    public static func of(_ model: ParserModel, on sentences: [CoNLLU.AnnotatedSentence], tags: [[PartOfSpeech]]) -> AttachmentScore {
        var score = AttachmentScore()
        for (sentence, sentenceTags) in zip(sentences, tags) where sentence.hasTree {
            score.add(gold: sentence, parsed: DependencyParser.parse(words: sentence.words.map(\.form), tags: sentenceTags, model: model))
        }
        return score
    }
}
