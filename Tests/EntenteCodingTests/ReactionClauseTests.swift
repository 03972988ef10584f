import Testing

// A reaction told in a relative clause after what it reacts to (Roles.reactedNoun,
// Roles.reactedDoer).

@Suite struct ReactionClauseTests {
    @Test func theClauseSubjectReactsToTheDoer() {
        // Without the rule, the rejection is the main clause subject's (Mali's).
        #expect(FixtureCoder.events("Mali expelled the French ambassador on Monday, a move Niger rejected.").contains("NER 120 MLI asserted"))
    }

    @Test func aWhichClauseReactsToo() {
        #expect(FixtureCoder.events("Chad attacked the border town on Monday, an attack which Niger rejected.").contains("NER 120 TCD asserted"))
    }
}
