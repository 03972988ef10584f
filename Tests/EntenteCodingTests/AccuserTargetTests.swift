import Testing

// A denial is aimed at the accuser the sentence names (Roles.accuser).

@Suite struct AccuserTargetTests {
    @Test func aDenialAnswersTheAccuser() {
        // Without the rule, the denial is aimed at Chad, named in the "that" clause.
        #expect(FixtureCoder.events("Mali denied that it had attacked Chad, after Niger accused it.").contains("MLI 016 NER asserted"))
    }

    @Test func withNoAccuserTheClauseGivesTheTarget() {
        #expect(FixtureCoder.events("Mali denied that it had attacked Chad.").contains("MLI 016 TCD asserted"))
    }
}
