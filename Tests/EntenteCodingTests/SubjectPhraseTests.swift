import Testing

// The actor of the subject phrase a pattern's words named (Roles+SubjectPhrase), and a
// subject's head past a hyphenated participle (PatternMatcher.subjectHead).

@Suite struct SubjectPhraseTests {
    @Test func theSubjectPhraseActsWhereTheClauseWasNotSplit() {
        // Without the rule, Chad (the sentence's subject) would arrive in Benin.
        let events = FixtureCoder.events("Chad met Niger on Monday, as a contingent of Malian troops arrived in Benin.")
        #expect(events.contains("MLIMIL 072 BEN asserted"))
        #expect(!events.contains { $0.hasPrefix("TCD 072") })
    }

    @Test func aHyphenatedParticipleIsPartOfTheSubject() {
        // "UN-backed" no longer stops the search for the head "troops".
        #expect(FixtureCoder.events("Malian troops of a UN-backed mission arrived in Niger.").contains("MLIMIL 072 NER asserted"))
    }
}
