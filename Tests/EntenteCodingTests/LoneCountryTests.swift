import Testing

// A bare state organ ("soldiers", "the army chief") in a sentence about one country is that
// country's (LoneCountry).

@Suite struct LoneCountryTests {
    @Test func aBareStateOrganInAOneCountrySentenceIsThatCountrys() {
        // Without the rule, "soldiers" has no country and the event is dropped.
        #expect(FixtureCoder.events("Soldiers arrested Mali's president.") == ["MLIMIL 173 MLIGOV asserted"])
        #expect(FixtureCoder.events("The army chief arrested Mali's president.") == ["MLIMIL 173 MLIGOV asserted"])
    }

    @Test func twoCountriesLeaveItUnknown() {
        #expect(FixtureCoder.events("Soldiers arrested Mali's president and Niger's foreign minister.").isEmpty)
    }
}
