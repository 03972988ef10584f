import Testing

// An event noun takes the subject of the light verb whose object it is (Roles.lightVerbs).

@Suite struct LightVerbTests {
    @Test func aPatrolFlownTakesTheFliersAsItsSource() {
        // "fly" was no light verb: the patrol had no source.
        let events = FixtureCoder.events("Mali and Niger flew a joint patrol over the desert.")
        #expect(events.contains("MLI 062 NER asserted"), "\(events)")
        #expect(events.contains("NER 062 MLI asserted"), "\(events)")
    }
}
