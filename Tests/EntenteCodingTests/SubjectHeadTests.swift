import Testing

// A pattern's words before its trigger may name the subject's head noun past its modifiers
// (PatternMatcher.subjectHead).

@Suite struct SubjectHeadTests {
    @Test func theSubjectsHeadIsFoundPastItsModifiers() {
        // Without the rule, "food" stands between "troops" and the verb: only "042 *" matches.
        #expect(FixtureCoder.events("Malian troops carrying food arrived in Niger.") == ["MLIMIL 072 NER asserted"])
    }

    @Test func aListOfCountriesCountsOnceEach() {
        // Ten tokens stand between "Troops" and the verb; each name counts once, the commas and
        // "and" not at all. Before, only "042 *" matched.
        let events = FixtureCoder.events("Troops from Chad, Niger, Benin and the Ivory Coast arrived in Mali.")
        #expect(events.contains("NERMIL 072 MLI asserted"), "\(events)")
        #expect(!events.contains { $0.contains(" 042 ") }, "\(events)")
    }

    @Test func notPastAClauseOfItsOwn() {
        #expect(FixtureCoder.events("Malian troops that had left arrived in Niger.") == ["MLIMIL 042 NER asserted"])
    }
}
