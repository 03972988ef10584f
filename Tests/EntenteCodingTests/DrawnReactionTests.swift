import Testing

// A reaction noun an eliciting verb takes, followed by "from" and an actor, is that actor's
// reaction to the subject whose act drew it (Roles+DrawnReactions).

@Suite struct DrawnReactionTests {
    @Test func theActorAfterFromReacts() {
        // Before, "condemnation" had no source and coded nothing.
        #expect(ShippedSensesTests.events("Mali expelled the French ambassador, drawing condemnation from Niger.").contains("NER 111 MLI asserted"))
    }

    @Test func noElicitingVerbNoReaction() {
        // "condemnation from Niger" after "welcomed" is no reaction to Mali.
        #expect(!ShippedSensesTests.events("Mali welcomed the condemnation from Niger.").contains("NER 111 MLI asserted"))
    }
}
