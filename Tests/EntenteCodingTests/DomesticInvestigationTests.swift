import Testing

/// An investigation by a state's own organs that names no one looks into its own country.
@Suite struct DomesticInvestigationTests {
    @Test func anInvestigationNamingNoOneIsIntoTheStatesOwnCountry() {
        #expect(ShippedSensesTests.events("Malian prosecutors are investigating the deaths of two soldiers.") == ["MLIJUD 090 MLICVL asserted"])
        #expect(ShippedSensesTests.events("Malian police opened an investigation into the fire.") == ["MLICOP 090 MLICVL asserted"])
        // A place of another country says where it looks: no own country is implied.
        #expect(ShippedSensesTests.events("Malian police are investigating a fire in Niamey.").allSatisfy { !$0.contains("MLICVL") })
    }
}
