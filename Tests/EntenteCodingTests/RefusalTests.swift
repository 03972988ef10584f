import Testing

// A concession or cooperation its actor says it will not make is its 12x refusal
// (RefusalCodes, Modality.isRefusal).

@Suite struct RefusalTests {
    @Test func aRestrictionThatWillNotBeLiftedIsARefusal() {
        #expect(FixtureCoder.events("Mali will not lift its sanctions on Niger.") == ["MLI 085 NER negated", "MLI 1244 NER asserted"])
        #expect(FixtureCoder.events("Mali refused to lift its sanctions on Niger.") == ["MLI 085 NER negated", "MLI 1244 NER asserted"])
    }

    @Test func aReleaseThatWillNotBeMadeIsARefusal() {
        #expect(FixtureCoder.events("Mali won't release the Nigerien soldiers.").contains("MLI 1243 NERMIL asserted"))
    }

    @Test func aNegatedFactIsNoRefusal() {
        // "did not lift", "failed to lift": what did not happen, not a stand taken.
        #expect(FixtureCoder.events("Mali did not lift its sanctions on Niger.") == ["MLI 085 NER negated"])
        #expect(!FixtureCoder.events("Mali failed to release the Nigerien soldiers.").contains { $0.contains(" 124") })
    }
}
