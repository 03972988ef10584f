import Testing

// A modifier the tagger read as a verb between a light verb and its noun (Roles+MisreadModifier).

@Suite struct MisreadModifierTests {
    @Test func lightVerbReachesPastAMisreadModifier() {
        // The tagger reads "coordinated" as a verb; "launched" still governs "attacks".
        #expect(FixtureCoder.events("Mali launched coordinated attacks on Niger.") == ["MLI 190 NER asserted"])
    }

    @Test func anIngFormAfterALightVerbIsStillAVerb() {
        #expect(FixtureCoder.events("Mali began attacking Niger.") == ["MLI 190 NER asserted"])
    }
}
