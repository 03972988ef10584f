import Testing

// A pattern's words before its trigger may name the subject's head noun past its modifiers
// (PatternMatcher.subjectHead).

@Suite struct SubjectHeadTests {
    @Test func theSubjectsHeadIsFoundPastItsModifiers() {
        // Without the rule, "food" stands between "troops" and the verb: only "042 *" matches.
        #expect(FixtureCoder.events("Malian troops carrying food arrived in Niger.") == ["MLIMIL 072 NER asserted"])
    }

    @Test func notPastAClauseOfItsOwn() {
        #expect(FixtureCoder.events("Malian troops that had left arrived in Niger.") == ["MLIMIL 042 NER asserted"])
    }
}
