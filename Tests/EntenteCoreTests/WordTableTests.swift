import EntenteCore
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
