import Testing
@testable import EntenteCoding

/// Civilian victims with no country named belong where the force is used, or to the armed
/// side's own country when the sentence names no other.
@Suite struct VictimsCountryTests {
    @Test func victimsTakeTheArmedSidesCountry() {
        #expect(FixtureCoder.events("Malian troops attacked villagers on Friday.") == ["MLIMIL 190 MLICVL asserted"])
    }

    @Test func aPassivesCountrylessSubjectIsReadAsTheActivesVictims() {
        // Before, "villagers" was the passive's target with no country, and the event dropped.
        #expect(FixtureCoder.events("Villagers were attacked by Malian troops on Friday.") == ["MLIMIL 190 MLICVL asserted"])
        #expect(FixtureCoder.events("Villagers in Niger were attacked by Malian troops.") == ["MLIMIL 190 NERCVL asserted"])
        // With no country to imply, the subject stays the target, and no event is coded.
        #expect(FixtureCoder.events("Villagers were attacked by Malian troops on Friday, Niger said.").isEmpty)
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

    @Test func massViolenceIsDoneToThePopulationWhereItHappens() {
        // "Tutsis" names no actor; a killing of hundreds is mass violence (202) all the same.
        #expect(FixtureCoder.events("Malian troops killed hundreds of Tutsis on Friday.") == ["MLIMIL 202 MLICVL asserted"])
        #expect(FixtureCoder.events("Malian troops killed tens of thousands of Tutsis in Niger.") == ["MLIMIL 202 NERCVL asserted"])
        // A report by an international body names no other state; another state does.
        #expect(FixtureCoder.events("Malian troops killed hundreds of Tutsis, Amnesty International said.") == ["MLIMIL 202 MLICVL reported"])
        #expect(FixtureCoder.events("Malian troops killed hundreds of Tutsis, Niger said.").isEmpty)
        // A killing of few is no mass violence, and names no one it was done to.
        #expect(FixtureCoder.events("Malian troops killed five Tutsis on Friday.").isEmpty)
    }
}
