import Testing

// `^` in an Entente pattern skips one noun phrase (EventDictionary's pattern parser).

@Suite struct PhraseElementTests {
    @Test func aPhraseElementSkipsACoordinatedRecipient() {
        // Without `^`, "his sons" stops "139 * TARGET? hours|days to" before "hours".
        #expect(FixtureCoder.events("Mali gave Niger and its allies 48 hours to leave.").contains("MLI 139 NER asserted"))
    }

    @Test func theDirectFormStillMatches() {
        #expect(FixtureCoder.events("Mali gave Niger 48 hours to leave.") == ["MLI 139 NER asserted"])
    }
}
