import EntenteCore
import Testing
@testable import EntenteCoding

/// The phrase trie and the bit set of first words in front of it: a word that begins no
/// phrase is turned away without the trie, and no phrase is ever missed for it.
@Suite struct PhraseIndexTests {
    /// Tokens and their keys, as the analyzer gives them.
    func lookup(_ index: PhraseIndex, _ text: String, from start: Int = 0) -> (length: Int, target: PhraseIndex.Target)? {
        let tokens = text.split(separator: " ").map { Token(text: String($0), span: TextSpan(start: 0, end: 0)) }
        return index.longestMatch(in: tokens, lowered: tokens.map { $0.text.lowercased() }, from: start)
    }

    @Test func everyPhraseOfManyIsFoundAndOtherWordsAreNot() {
        var index = PhraseIndex()
        // Enough first words that many share a bit of the set with words that begin nothing.
        let phrases = (0..<20_000).map { "word\($0) of state\($0 % 7)" }
        for (entry, phrase) in phrases.enumerated() { index.insert(phrase, target: entry, role: .name) }
        for entry in stride(from: 0, to: phrases.count, by: 97) {
            let found = lookup(index, phrases[entry] + " said")
            #expect(found?.length == 3 && found?.target.entry == entry)
        }
        for other in 0..<2_000 { #expect(lookup(index, "other\(other) of state1") == nil) }
        #expect(lookup(index, "word5 of state5", from: 1) == nil)
        #expect(lookup(index, "word5 of", from: 5) == nil)
    }

    @Test func theLongestPhraseWinsAndCapitalsMustAgree() {
        var index = PhraseIndex()
        index.insert("Niger", target: 0, role: .name)
        index.insert("Niger Delta", target: 1, role: .name)
        index.insert("US", target: 2, role: .name)
        #expect(lookup(index, "Niger Delta militants")?.target.entry == 1)
        #expect(lookup(index, "Niger cut ties")?.target.entry == 0)
        #expect(lookup(index, "US troops")?.target.entry == 2)
        #expect(lookup(index, "us troops") == nil)
    }
}
