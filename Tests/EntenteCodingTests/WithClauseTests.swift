import Testing
@testable import EntenteCoding

/// "with X VERB-ing" is a clause of its own beside the act: X is no target.
@Suite struct WithClauseTests {
    @Test func theSubjectOfAWithClauseIsNoTarget() {
        #expect(FixtureCoder.events("Niger cut diplomatic ties on Friday with Mali and Chad watching closely.").isEmpty)
        #expect(FixtureCoder.oneActorEvents("Niger cut diplomatic ties on Friday with Mali and Chad watching closely.") == ["NER 161 asserted"])
    }

    @Test func anActorAfterWithWithoutItsOwnVerbIsStillATarget() {
        #expect(FixtureCoder.events("Niger cut diplomatic ties with Mali on Friday.") == ["NER 161 MLI asserted"])
    }
}
