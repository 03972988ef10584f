import Testing

// The object a pattern names may be described by a clause that names the target
// (Roles.objectClauseTarget).

@Suite struct ObjectClauseTargetTests {
    @Test func theObjectsClauseNamesTheTarget() {
        // Without the rule, the suspension is a one-actor event.
        #expect(FixtureCoder.events("Mali suspended aid, which had helped Niger's army.") == ["MLI 162 NERMIL asserted"])
    }

    @Test func notWhenThePatternNamesNoObject() {
        #expect(FixtureCoder.oneActorEvents("Mali suspended talks, which had helped Niger's army.") == ["MLI 160 asserted"])
    }

    @Test func aPossessiveInTheClauseIsNoTarget() {
        // "their army": whose army it is, not whom the clause concerns.
        #expect(FixtureCoder.oneActorEvents("Niger and Chad met on Friday. Mali suspended aid, which had helped their army.") == ["MLI 162 asserted"])
    }
}
