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

@Suite struct SameStateClauseTargetTests {
    @Test func anOrganOfTheSourcesOwnStateIsPassedOver() {
        // The clause's first actor is an organ of the source's own state; the event is about
        // the other country the clause names.
        #expect(FixtureCoder.events("The White House declined to comment on reports that the National Security Agency had monitored the German chancellor.")
            == ["USAGOV 011 DEUGOV asserted"])
    }
}
