import Testing

// An event noun takes the subject of the light verb whose object it is (Roles.lightVerbs).

@Suite struct LightVerbTests {
    @Test func aPatrolFlownTakesTheFliersAsItsSource() {
        // "fly" was no light verb: the patrol had no source.
        let events = FixtureCoder.events("Mali and Niger flew a joint patrol over the desert.")
        #expect(events.contains("MLI 062 NER asserted"), "\(events)")
        #expect(events.contains("NER 062 MLI asserted"), "\(events)")
    }

    @Test func anActAuthorisedIsTheAuthorisers() {
        // "authorized the release of aid to Niger": who authorises the aid gives it.
        let events = ShippedSensesTests.events("Mali authorized the release of aid to Niger.")
        #expect(events.contains { $0.hasPrefix("MLI 07") || $0.hasPrefix("MLI 08") }, "\(events)")
    }
}
