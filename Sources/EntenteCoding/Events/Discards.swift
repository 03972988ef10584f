import EntenteCore
import EntenteText

/// Phrases that mark text as outside political event coding — sports results, entertainment,
/// weather — so "Senegal beat Cameroon 3-1" codes no assault. A sentence holding a sentence
/// discard codes nothing; a document holding a document discard (`+` in the file) codes nothing.
public struct Discards: Sendable {
    /// Lower-cased phrases by first word, each with whether it discards the whole document.
    private var byFirstWord: [String: [(words: [String], wholeDocument: Bool)]] = [:]

    /// An empty list.
    public init() {}

    /// The number of phrases.
    public private(set) var count = 0

    /// Adds a phrase (words separated by spaces or `_`).
    public mutating func add(_ phrase: String, wholeDocument: Bool) {
        // Tokenized like running text, so "semi-final" and "women's" match as written.
        let words = Tokenizer.tokenize(phrase.replacingUnderscores()).map { $0.text.lowercased() }
        guard let first = words.first else { return }
        byFirstWord[first, default: []].append((words, wholeDocument))
        count += 1
    }

    /// The discard found in `lowered` tokens, if any: (phrase, whole document?).
    public func match<Words: RandomAccessCollection<String>>(_ lowered: Words) -> (phrase: String, wholeDocument: Bool)? where Words.Index == Int {
        for i in lowered.indices {
            guard let candidates = byFirstWord[lowered[i]] else { continue }
            for candidate in candidates where i + candidate.words.count <= lowered.count {
                if zip(candidate.words, lowered[i...]).allSatisfy({ $0 == $1 }) {
                    return (candidate.words.joined(separator: " "), candidate.wholeDocument)
                }
            }
        }
        return nil
    }

    /// Reads a discard file: one phrase a line, `+` before it for whole documents, `#` comments.
    /// The same format serves Entente `.discards` files and PETRARCH discard files.
    public mutating func parse(_ contents: String) {
        for raw in DictionaryLines.of(contents) {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            var text = line.trimmingCharacters(in: " \t\r")
            guard !text.isEmpty else { continue }
            let whole = text.hasPrefix("+")
            if whole { text = String(text.dropFirst()).trimmingCharacters(in: " \t") }
            add(text, wholeDocument: whole)
        }
    }
}

extension String {
    /// PETRARCH joins words with `_`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
