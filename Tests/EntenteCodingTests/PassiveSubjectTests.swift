import Testing

// A passive's object words stand before it: the pattern's words are read in the passive's
// subject phrase (PatternMatcher.passiveSubjectPhrase).

@Suite struct PassiveSubjectTests {
    @Test func thePatternsWordsAreFoundInThePassivesSubject() {
        // Without the rule, only the bare "16 *" matches.
        #expect(FixtureCoder.oneActorEvents("Diplomatic ties were severed by Mali.") == ["MLI 161 asserted"])
        #expect(FixtureCoder.oneActorEvents("Mali severed diplomatic ties.") == ["MLI 161 asserted"])
    }

    @Test func otherWordsBeforeThePassiveMatchNothing() {
        #expect(FixtureCoder.oneActorEvents("Talks were severed by Mali.") == ["MLI 16 asserted"])
    }
}
