import Testing

// Small arms given are military aid, and an approved extradition is judicial cooperation (the
// senses appended to the shipped 50-cameo.verbs).

@Suite struct ArmsAndExtraditionSenseTests {
    @Test func firearmsGivenAreMilitaryAid() {
        // Before, "gave … firearms" matched only the block's "none" default.
        #expect(ShippedSensesTests.events("The U.S. military gave 625 new firearms to the Philippine Marines.").contains("USAMIL 072 PHLMIL asserted"))
    }

    @Test func approvingAnExtraditionCooperates() {
        #expect(ShippedSensesTests.events("A Spanish court approved the extradition of a Venezuelan general.").contains { $0.hasPrefix("ESPJUD 063 VEN") })
    }
}
