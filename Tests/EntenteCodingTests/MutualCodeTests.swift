import Testing
@testable import EntenteCoding

/// Acts two sides only do together: a coordinated source with no target acts on its own
/// members, though the pattern has no `%` (the fixture's `046 *` for "negotiate").
@Suite struct MutualCodeTests {
    @Test func aGroupNegotiatesWithItsOwnMembers() {
        #expect(FixtureCoder.events("Mali and Niger negotiated on Friday.") == ["MLI 046 NER asserted", "NER 046 MLI asserted"])
        #expect(FixtureCoder.oneActorEvents("Mali and Niger negotiated on Friday.").isEmpty)
    }

    @Test func oneSideAloneNegotiatesWithNobodyNamed() {
        #expect(FixtureCoder.events("Mali negotiated on Friday.").isEmpty)
        #expect(FixtureCoder.oneActorEvents("Mali negotiated on Friday.") == ["MLI 046 asserted"])
    }

    @Test func anActOneSideDoesAloneStaysOneActor() {
        // A threat is made by each side, to nobody named: not to each other.
        #expect(FixtureCoder.events("Mali and Niger threatened on Friday.").isEmpty)
        #expect(FixtureCoder.oneActorEvents("Mali and Niger threatened on Friday.") == ["MLI 130 asserted", "NER 130 asserted"])
    }

    @Test func theTableNamesMutualActsOnly() {
        #expect(MutualCodes.isMutual("046") && MutualCodes.isMutual("0871") && MutualCodes.isMutual("062"))
        #expect(!MutualCodes.isMutual("042") && !MutualCodes.isMutual("190") && !MutualCodes.isMutual(nil))
    }
}
