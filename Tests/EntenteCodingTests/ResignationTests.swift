import Testing

// The office named after "as" speaks for whoever resigns when no dictionary knows them
// (Roles+Resignation).

@Suite struct ResignationTests {
    @Test func theOfficeAfterAsIsTheSource() {
        // "Sheikh Hasina" is in no dictionary: before, the resignation had no source.
        #expect(FixtureCoder.oneActorEvents("Sheikh Hasina resigned as Bangladesh's prime minister on Monday.") == ["BGDGOV 0831 asserted"])
    }

    @Test func anOfficeWithNoCountryGivesNothing() {
        #expect(FixtureCoder.oneActorEvents("Sheikh Hasina resigned as party leader on Monday.").isEmpty)
    }
}
