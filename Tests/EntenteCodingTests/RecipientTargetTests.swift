import Testing

// A transfer is aimed at the recipient after "to", not at what it moves (Roles+Recipient).

@Suite struct RecipientTargetTests {
    @Test func theRecipientIsTheTarget() {
        // Without the rule, the soldiers handed over (MLIMIL) would be the target.
        #expect(FixtureCoder.events("Niger extradited two Malian soldiers to Chad.") == ["NER 063 TCD asserted"])
    }

    @Test func aPassivesRecipientIsTheTarget() {
        // Before, the passive's subject, the soldiers handed over, was the target.
        #expect(FixtureCoder.events("Two Malian soldiers were extradited by Niger to Chad.") == ["NER 063 TCD asserted"])
        #expect(FixtureCoder.events("Two Malian soldiers were extradited to Chad by Niger.") == ["NER 063 TCD asserted"])
        #expect(FixtureCoder.events("Two Malian soldiers were extradited by Niger on Monday.") == ["NER 063 MLIMIL asserted"])
    }

    @Test func withoutARecipientWhatIsMovedStaysTheTarget() {
        #expect(FixtureCoder.events("Niger extradited two Malian soldiers on Monday.") == ["NER 063 MLIMIL asserted"])
    }
}
