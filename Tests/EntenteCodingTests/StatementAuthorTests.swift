import Testing

// A participle after a statement that an issuing verb takes as its object speaks for the
// statement's issuer (Roles+IssuedStatement).

@Suite struct StatementAuthorTests {
    @Test func theIssuerOfTheStatementActs() {
        // Before, the statement named no actor and the participle had no source.
        #expect(FixtureCoder.events("Mali issued a statement condemning Niger.") == ["MLI 111 NER asserted"])
        #expect(FixtureCoder.events("Mali published a letter condemning Niger on Friday.") == ["MLI 111 NER asserted"])
    }

    @Test func aVetoIsNoIssuing() {
        // "vetoed a resolution condemning Niger": the resolution is someone else's.
        #expect(FixtureCoder.events("Mali vetoed a resolution condemning Niger.").isEmpty)
    }
}
