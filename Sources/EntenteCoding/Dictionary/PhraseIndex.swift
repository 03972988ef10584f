import EntenteCore
import EntenteText

/// A token trie over dictionary phrases, for longest-match lookup in tokenized text.
///
/// Phrases are tokenized with the same tokenizer as running text. Tokens are compared in
/// lower case, except that a dictionary word written in capitals (two letters or more) must
/// appear in capitals, so "US" never matches the pronoun "us".
public struct PhraseIndex: Sendable {
    /// What a complete phrase points at.
    public struct Target: Sendable, Hashable {
        /// Index of the entry in the dictionary.
        public var entry: Int
        /// How the phrase names the entry.
        public var role: ActorMention.Source
        /// The phrase's tokens as written, for the capitals check.
        var exactTokens: [String?]
    }

    /// Trie edges, keyed by the lower-cased token's key combined with the node it leaves.
    private var edges = WordTable<Int32>()
    /// The target of each node that ends a phrase, keyed by node (never 0, the root).
    private var targets = WordTable<Target>()
    private var nodeCount: Int32 = 1
    /// A bit for every first word of a phrase (its key's low bits): most tokens begin no
    /// phrase, and this 16 KB answers so without a miss in the megabytes of `edges`. A set
    /// bit may be another word's; a clear one is certain.
    private var firstWords = [UInt64](repeating: 0, count: PhraseIndex.firstWordBits / 64)
    private static let firstWordBits = 1 << 17

    /// An empty index.
    public init() {}

    /// The number of phrases indexed.
    public var count: Int { targets.count }

    /// Adds a phrase; a later phrase with the same tokens replaces an earlier one.
    public mutating func insert(_ phrase: String, target entry: Int, role: ActorMention.Source) {
        let tokens = PhraseIndex.isPlain(phrase) ? phrase.split(separator: " ").map(String.init) : Tokenizer.tokenize(phrase).map(\.text)
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        let firstBit = PhraseIndex.firstWordBit(WordKey.of(tokens[0].lowercased()))
        firstWords[firstBit >> 6] |= 1 << UInt64(firstBit & 63)
        for token in tokens {
            let edge = WordKey.combine(WordKey.of(token.lowercased()), UInt64(node))
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        let exact = tokens.map { PhraseIndex.requiresCapitals($0) ? $0 : nil }
        targets[UInt64(node)] = Target(entry: entry, role: role, exactTokens: exact)
    }

    /// The longest phrase starting at `start`, as (length in tokens, target).
    /// `lowered` holds the lower-cased token texts, `tokens` the originals.
    public func longestMatch(in tokens: [Token], lowered: [String], from start: Int) -> (length: Int, target: Target)? {
        longestMatch(in: PaddedArray(tokens: tokens), keys: PaddedArray(keys: lowered.map(WordKey.of)), from: start)
    }

    /// As ``longestMatch(in:lowered:from:)``, with the `WordKey`s of the lower-cased token
    /// texts computed once by the caller.
    public func longestMatch(in tokens: PaddedArray<Token>, keys: PaddedArray<UInt64>, from start: Int) -> (length: Int, target: Target)? {
        guard start >= 0, start < keys.count, mayBegin(keys[start]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Target)?
        var i = start
        while i >= 0, i < tokens.count, i < keys.count, let next = edges[WordKey.combine(keys[i], UInt64(node))] {
            node = next
            i += 1
            if let target = targets[UInt64(node)], PhraseIndex.capitalsAgree(target.exactTokens, tokens[start..<i]) {
                best = (i - start, target)
            }
        }
        return best
    }

    @inline(__always)
    private static func firstWordBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key) & (firstWordBits - 1) }

    /// Whether a phrase may begin with the word of `key` (false: none does).
    @inline(__always)
    private func mayBegin(_ key: UInt64) -> Bool {
        let bit = PhraseIndex.firstWordBit(key)
        return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    static func capitalsAgree(_ exact: [String?], _ tokens: Slice<PaddedArray<Token>>) -> Bool {
        for (required, token) in zip(exact, tokens) {
            if let required, required != token.text { return false }
        }
        return true
    }

    /// ASCII letters and single spaces only: such a phrase tokenizes by splitting at spaces.
    static func isPlain(_ phrase: String) -> Bool {
        phrase.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }
    }

    /// Words of two or more letters with no lower-case letter: "US", "AES", "U.S.".
    static func requiresCapitals(_ word: String) -> Bool {
        var letters = 0
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in word.utf8 {
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        for scalar in word.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
}
