import Testing
@testable import EntenteCoding

/// Civilian victims with no country named belong where the force is used, or to the armed
/// side's own country when the sentence names no other.
@Suite struct VictimsCountryTests {
    @Test func victimsTakeTheArmedSidesCountry() {
        #expect(FixtureCoder.events("Malian troops attacked villagers on Friday.") == ["MLIMIL 190 MLICVL asserted"])
    }

    @Test func victimsTakeTheCountryOfThePlace() {
        #expect(FixtureCoder.events("Malian troops attacked villagers in Niger on Friday.") == ["MLIMIL 190 NERCVL asserted"])
    }

    @Test func anotherCountryNamedLeavesTheVictimsUnplaced() {
        #expect(FixtureCoder.events("Malian troops attacked villagers on Friday, Niger said.").isEmpty)
    }

    @Test func victimsWhoAreNoCiviliansAreNoTarget() {
        // Rebels with no country: whose they are is not for the armed side to say.
        #expect(FixtureCoder.events("Malian troops attacked rebels on Friday.").isEmpty)
    }
}
