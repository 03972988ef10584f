import Testing

// A compass word between a preposition and a place does not hide the preposition
// (Roles.introducer).

@Suite struct CompassWordTests {
    @Test func thePlaceReachedPastACompassWord() {
        // Without the rule, "northern" introduces Niger and the visit has no target.
        #expect(FixtureCoder.events("Mali's president arrived in northern Niger on Friday.") == ["MLIGOV 042 NER asserted"])
        #expect(FixtureCoder.events("Mali's president arrived in north-western Niger on Friday.") == ["MLIGOV 042 NER asserted"])
    }
}
