import Testing

// The one asked to act may be a passive request verb's subject (Modality.subjectOfPassiveControlVerb),
// and telling an actor to act is a demand (50-cameo.verbs, "verb tell").

@Suite struct PassiveRequestTests {
    @Test func aPassiveRequestsSubjectIsAskedToAct() {
        // Before, the withdrawal was read as done: RWA 0874 COG asserted.
        let events = ShippedSensesTests.events("Rwanda was urged by the United States to withdraw its troops from Congo.")
        #expect(events.contains("USA 020 RWA asserted"))
        #expect(events.contains("RWA 0874 COG requested") && !events.contains("RWA 0874 COG asserted"))
        #expect(ShippedSensesTests.events("Rwanda was told by the United States on Tuesday to pull its troops out of Congo.")
            .contains("RWA 0874 COG requested"))
    }

    @Test func tellingAnActorToActIsADemand() {
        #expect(ShippedSensesTests.events("The United States told Rwanda on Tuesday to pull its troops out of eastern Congo.")
            .contains("USA 100 RWA asserted"))
        #expect(ShippedSensesTests.events("Putin told reporters in Moscow that the talks had gone well.").isEmpty)
    }
}
