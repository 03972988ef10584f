import Testing

// Violence by a doer with no country is done by whom it is blamed on or who claimed it
// (Roles.blamedPerpetrator).

@Suite struct BlamedPerpetratorTests {
    @Test func aCountrylessDoerYieldsToWhoClaimedTheAttack() {
        // Without the rule, "a suicide bomber" has no country and the attack is dropped.
        #expect(FixtureCoder.events("A suicide bomber attacked Niger's troops, in an attack later claimed by Boko Haram.") == ["NGAREB 190 NERMIL asserted"])
        #expect(FixtureCoder.events("Gunmen attacked Niger's troops, officials said, blaming Boko Haram.") == ["NGAREB 190 NERMIL reported"])
    }

    @Test func whoSetOffTheWeaponDidItsViolence() {
        // Before, the bomb had no source ("planted" was another verb), and the killing was dropped.
        #expect(ShippedSensesTests.events("A roadside bomb planted by al-Shabaab militants killed four Kenyan police officers on Monday.")
            .contains("SOMREB 1833 KENCOP asserted"))
        #expect(ShippedSensesTests.events("A roadside bomb killed four Kenyan police officers on Monday.").isEmpty)
    }

    @Test func noOneBlamedNoEvent() {
        #expect(FixtureCoder.events("Gunmen attacked Niger's troops.").isEmpty)
    }
}
