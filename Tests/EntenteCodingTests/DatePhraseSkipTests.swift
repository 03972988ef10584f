import Testing

// A date between a verb and what it governs is read past (SentenceView+Dates).

@Suite struct DatePhraseSkipTests {
    @Test func aDayBetweenTheVerbAndItsComplement() {
        // Without the rule "declined on Monday to comment" matches only the verb, which codes nothing.
        #expect(FixtureCoder.events("Mali declined on Monday to comment on reports that troops had entered Chad.") == ["MLI 011 TCD asserted"])
    }

    @Test func aRelativeDateBetweenTheVerbAndItsObject() {
        #expect(FixtureCoder.events("Niger cut last week diplomatic ties with Ukraine.") == ["NER 161 UKR asserted"])
    }

    @Test func aPrepositionWithoutADateIsNotSkipped() {
        // "on" leads no date here: the pattern must not jump over "on the border".
        #expect(FixtureCoder.events("Mali declined on the border to comment on reports that troops had entered Chad.").isEmpty)
    }
}
