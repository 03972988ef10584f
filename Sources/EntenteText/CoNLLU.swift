import EntenteCore

/// Reads Universal Dependencies CoNLL-U text: one token a line, sentences separated by blank
/// lines; multi-word token ranges ("1-2") and empty nodes ("1.1") are skipped, keeping the
/// syntactic words the tags and the tree belong to.
public enum CoNLLU {
    /// One annotated word.
    public struct Word: Sendable, Hashable {
        /// The word form.
        public var form: String
        /// The lemma column.
        public var lemma: String
        /// The UPOS column.
        public var tag: PartOfSpeech
        /// The HEAD column: the 1-based index of the head word, 0 for the root, -1 when the
        /// file leaves it blank ("_"), as tagging-only data may.
        public var head: Int = -1
        /// The DEPREL column as written, subtype included ("nmod:poss").
        public var relation: String = "_"

        /// The relation without its language-specific subtype ("nmod:poss" → "nmod"): what
        /// the usual labeled attachment score compares.
        public var universalRelation: Substring {
            relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
        }
    }

    /// One annotated sentence.
    public struct AnnotatedSentence: Sendable, Hashable {
        /// The `# text =` comment, when present.
        public var text: String?
        /// The words.
        public var words: [Word]

        /// Whether every word has a head: a tree a parser can be trained or scored on.
        public var hasTree: Bool { words.allSatisfy { $0.head >= 0 } }
    }

    /// Parses `contents`; `name` is used in error messages.
    public static func parse(_ contents: String, name: String) throws -> [AnnotatedSentence] {
        var sentences: [AnnotatedSentence] = []
        var words: [Word] = []
        // The line of each word, so that a head pointing outside its sentence (which is only
        // known once the sentence ends) is reported where it was written.
        var wordLines: [Int] = []
        var text: String?
        var lineNumber = 0
        func finishSentence() throws {
            defer { words = []; wordLines = []; text = nil }
            guard !words.isEmpty else { return }
            for (index, word) in words.enumerated() where word.head > words.count {
                throw EntenteError(.trainingData, "head \(word.head) is outside the sentence of \(words.count) words", at: .init(file: name, line: wordLines[index]))
            }
            sentences.append(AnnotatedSentence(text: text, words: words))
        }
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                try finishSentence()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { text = String(line.dropFirst(9)) }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw EntenteError(.trainingData, "expected 10 tab-separated columns, found \(columns.count)", at: .init(file: name, line: lineNumber))
            }
            if columns[0].contains("-") || columns[0].contains(".") { continue }
            guard let tag = PartOfSpeech(rawValue: String(columns[3])) else {
                throw EntenteError(.trainingData, "unknown UPOS tag '\(columns[3])'", at: .init(file: name, line: lineNumber))
            }
            let head: Int
            if columns[6] == "_" {
                head = -1
            } else if let number = Int(columns[6]), number >= 0, number != words.count + 1 {
                head = number
            } else {
                throw EntenteError(.trainingData, "malformed HEAD '\(columns[6])'", at: .init(file: name, line: lineNumber))
            }
            words.append(Word(form: String(columns[1]), lemma: String(columns[2]), tag: tag, head: head, relation: String(columns[7])))
            wordLines.append(lineNumber)
        }
        try finishSentence()
        return sentences
    }
}
