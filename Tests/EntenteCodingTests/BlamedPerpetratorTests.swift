import Testing

// Violence by a doer with no country is done by whom it is blamed on or who claimed it
// (Roles.blamedPerpetrator).

@Suite struct BlamedPerpetratorTests {
    @Test func aCountrylessDoerYieldsToWhoClaimedTheAttack() {
        // Without the rule, "a suicide bomber" has no country and the attack is dropped.
        #expect(FixtureCoder.events("A suicide bomber attacked Niger's troops, in an attack later claimed by Boko Haram.") == ["NGAREB 190 NERMIL asserted"])
        #expect(FixtureCoder.events("Gunmen attacked Niger's troops, officials said, blaming Boko Haram.") == ["NGAREB 190 NERMIL reported"])
    }

    @Test func noOneBlamedNoEvent() {
        #expect(FixtureCoder.events("Gunmen attacked Niger's troops.").isEmpty)
    }
}
