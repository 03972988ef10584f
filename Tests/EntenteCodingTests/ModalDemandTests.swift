import Testing

// What a speaker says another side must or should do is a demand on that side (ModalDemands).

@Suite struct ModalDemandTests {
    @Test func aSpeakerBeforeTheClauseDemands() {
        // Before, "expel" alone was read (a hypothetical act) and no demand was coded.
        #expect(FixtureCoder.events("Mali said Niger must expel the French ambassador.").contains("MLI 100 NER asserted"))
        #expect(FixtureCoder.events("Mali said on Monday that Niger should stop attacking Burkina Faso.").contains("MLI 100 NER asserted"))
    }

    @Test func aReporterAfterTheClauseDemands() {
        #expect(FixtureCoder.events("Niger must release the detainees, Mali's foreign minister said.").contains("MLIGOV 100 NER asserted"))
    }

    @Test func noDemandWithoutAnActOrOnOnesOwnSide() {
        // "must be punished" asks nothing of Niger; Mali telling itself what to do is no event.
        #expect(!FixtureCoder.events("Mali said Niger must be punished for the attack.").contains { $0.contains(" 100 ") })
        #expect(!FixtureCoder.events("Mali must release the detainees, Mali's president said.").contains { $0.contains(" 100 ") })
    }
}
