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

// A passive's subject that a pattern word names as what is acted with ("troops were sent") is
// read as in the active ("sent troops"): the target only with a country of its own, else the
// target is looked for after the trigger.
@Suite struct PassiveThemeTests {
    @Test func troopsSentByAStateAreNotItsTarget() {
        // Before, the subject "troops" (no country) was taken as the target, and the event dropped.
        #expect(ShippedSensesTests.events("Thousands of additional troops were sent to the Lebanese border by Israel on Tuesday.")
            .contains("ISR 154 LBN asserted"))
        #expect(ShippedSensesTests.events("Israel sent thousands of additional troops to the Lebanese border on Tuesday.")
            .contains("ISR 154 LBN asserted"))
    }

    @Test func aSubjectWithACountryStaysTheTarget() {
        #expect(ShippedSensesTests.events("Two Iranian diplomats were expelled by Albania on Wednesday.")
            .contains { $0.hasPrefix("ALB") && $0.contains(" IRN") })
    }
}
