import Testing

// An amount's hedge ("more than", "at least", "up to") and multiplier ("million") are skipped
// by a pattern without counting (SentenceView+Amounts.swift).

@Suite struct AmountTests {
    @Test func aTwoWordHedgeIsSkipped() {
        // "than" stopped `072 * &weapons` before.
        #expect(FixtureCoder.events("Mali sent more than 300 shells to Niger.").contains("MLI 072 NER asserted"))
        #expect(FixtureCoder.events("Mali sent at least 300 missiles to Niger.").contains("MLI 072 NER asserted"))
    }

    @Test func aHedgedMultipliedAmountCountsAsOneNumber() {
        // "more", "than", "one", "million", "artillery": five fillers, two of them counted.
        #expect(FixtureCoder.events("Mali sent more than one million artillery shells to Niger.").contains("MLI 072 NER asserted"))
    }

    @Test func moreWithoutANumberIsNoHedge() {
        // "more than ever": no amount follows, so "than" still stops the pattern.
        #expect(!FixtureCoder.events("Mali sent more than ever shells to Niger.").contains("MLI 072 NER asserted"))
    }

    @Test func aHyphenatedWordCountsOnce() {
        // "its", "20", "year", "old", "bilateral" were five counted fillers; now "20" and
        // "year" are not counted.
        #expect(FixtureCoder.events("Mali cut its 20-year-old bilateral ties with Niger.") == ["MLI 161 NER asserted"])
    }
}
