import Testing

// Two sides after "between" that are no coordination group (Roles.betweenPair).

@Suite struct BetweenPairTests {
    @Test func twoSidesAfterBetweenAreSourceAndTarget() {
        // Without the rule, the meeting has no source: "-led coalition" keeps Mali and Niger's
        // army from forming a group.
        #expect(FixtureCoder.events("A meeting between the Mali-led coalition and Niger's army took place on Friday.") == ["MLI 040 NERMIL asserted"])
    }

    @Test func notAcrossAComma() {
        #expect(FixtureCoder.events("A meeting between the Mali-led coalition, officials said, and Niger's army took place.").isEmpty)
    }
}
