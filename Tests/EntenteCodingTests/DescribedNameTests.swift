import Testing

// A nationality or region adjective opening a description right before a name stands for
// that name (DescribedNames).

@Suite struct DescribedNameTests {
    @Test func theAdjectiveTakesTheNamesCode() {
        // Before, the target was the region "West African" (WAF).
        #expect(ShippedSensesTests.events("Mali quit the West African bloc ECOWAS.").contains("MLI 161 IGOWAFWAS asserted"))
    }

    @Test func anAdjectiveBeforeItsOwnNounStays() {
        // "Malian troops" is no description of a name: nothing changes.
        #expect(FixtureCoder.events("Malian troops attacked Niger.") == ["MLIMIL 190 NER asserted"])
    }
}
