import EntenteCore

/// Reads Universal Dependencies CoNLL-U text: one token a line, sentences separated by blank
/// lines; multi-word token ranges ("1-2") and empty nodes ("1.1") are skipped, keeping the
/// syntactic words the tags belong to.
public enum CoNLLU {
    /// One annotated word.
    public struct Word: Sendable, Hashable {
        /// The word form.
        public var form: String
        /// The lemma column.
        public var lemma: String
        /// The UPOS column.
        public var tag: PartOfSpeech
    }

    /// One annotated sentence.
    public struct AnnotatedSentence: Sendable, Hashable {
        /// The `# text =` comment, when present.
        public var text: String?
        /// The words.
        public var words: [Word]
    }

    /// Parses `contents`; `name` is used in error messages.
    public static func parse(_ contents: String, name: String) throws -> [AnnotatedSentence] {
        var sentences: [AnnotatedSentence] = []
        var words: [Word] = []
        var text: String?
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                if !words.isEmpty { sentences.append(AnnotatedSentence(text: text, words: words)) }
                words = []
                text = nil
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
            words.append(Word(form: String(columns[1]), lemma: String(columns[2]), tag: tag))
        }
        if !words.isEmpty { sentences.append(AnnotatedSentence(text: text, words: words)) }
        return sentences
    }
}
