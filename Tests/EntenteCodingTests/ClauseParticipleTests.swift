import Testing

// A participle the tagger reads as a noun still opens a participle clause when it takes an
// object (Clauses).

@Suite struct ClauseParticipleTests {
    @Test func aNounTaggedParticipleWithAnObjectOpensAClause() {
        // Without the rule, "warning" stays in the "that" clause and Chad does the warning.
        #expect(FixtureCoder.events("Mali said that Chad attacked its troops, warning Niger of grave consequences.").contains("MLI 130 NER asserted"))
    }
}
