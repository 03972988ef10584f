import Testing

// A refusal to comment is aimed at the other country the question is about (Roles+Silence).

@Suite struct SilenceTargetTests {
    @Test func theOtherCountryOfTheQuestionIsTheTarget() {
        // Without the rule, the refusal names no addressee and codes nothing between two actors.
        #expect(FixtureCoder.events("Mali declined to comment on reports that troops had entered Chad.") == ["MLI 011 TCD asserted"])
    }

    @Test func notTheSourcesOwnCountry() {
        #expect(FixtureCoder.events("Mali declined to comment on reports that troops had left Bamako.").isEmpty)
    }
}
