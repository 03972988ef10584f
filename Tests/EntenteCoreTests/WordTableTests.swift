@testable import EntenteCore
import Testing

/// The word-keyed tables that replace `[String: Value]` and `Set<String>` on the hot paths.
@Suite struct WordTableTests {
    @Test func findsWhatWasStoredAndNothingElse() {
        var table = WordTable<Int>()
        let words = (0..<5_000).map { "word\($0)" }
        for (index, word) in words.enumerated() { table[WordKey.of(word)] = index }
        #expect(table.count == 5_000)
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(table["word5000"] == nil)
        #expect(table[""] == nil)
        // Keys are exact: case and accents count.
        #expect(table["Word1"] == nil)
    }

    @Test func laterValuesReplaceEarlierOnes() {
        let table = WordTable(words: [("expel", 1), ("expel", 2), ("oust", 3)])
        #expect(table.count == 2)
        #expect(table["expel"] == 2)
        #expect(table.values == [2, 3])
    }

    @Test func setsTestMembershipByWordOrKey() {
        let set: WordSet = ["not", "n't", "never", "Niñez"]
        #expect(set.contains("n't"))
        #expect(set.contains(key: WordKey.of("never")))
        #expect(set.contains("Niñez"))
        #expect(!set.contains("ninez"))
        #expect(!set.contains("no"))
        #expect(set.count == 4)
    }

    @Test func combinedKeysDependOnBothParts() {
        let word = WordKey.of("talks")
        #expect(WordKey.combine(word, 1) != WordKey.combine(word, 2))
        #expect(WordKey.combine(word, 1) != WordKey.combine(WordKey.of("talk"), 1))
        #expect(WordKey.of("a") != WordKey.of("b"))
    }
}

@Suite struct PartOfSpeechTests {
    @Test func columnIndexIsThePositionInAllCases() {
        for (index, tag) in PartOfSpeech.allCases.enumerated() { #expect(tag.columnIndex == index) }
    }
}

/// Word keys are FNV-1a over the UTF-8 bytes, then mixed: the same for any form of string.
@Suite struct WordKeyTests {
    /// FNV-1a over `word.utf8`, byte by byte, before the final mix.
    static func reference(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @Test(arguments: ["", "a", "talks", "Côte d’Ivoire", "a word longer than fifteen bytes", "日本"])
    func keysAreTheMixedHashOfTheBytes(word: String) {
        #expect(WordKey.of(word) == WordKey.mix(Self.reference(word)))
        // A string built from the same bytes another way (not a literal) has the same key.
        #expect(WordKey.of(String(decoding: Array(word.utf8), as: UTF8.self)) == WordKey.of(word))
        #expect(WordKey.of(word) != WordKey.of(word + "!"))
    }
}
