import Testing

// A pattern word before the trigger is not matched inside a name after the name's own "of" or
// "for" (PatternMatcher.isInNamesComplement): the name's head stands before its complement.

@Suite struct NameComplementTests {
    @Test func theArmsOfASubjectPhraseAreMatched() {
        #expect(FixtureCoder.events("Battle tanks from Germany arrived in Ukraine.") == ["DEUMIL 072 UKR asserted"])
    }

    @Test func aWordInANamesComplementNamesNothing() {
        // Before, "Weapons" in the organisation's name matched `tanks|weapons` and the
        // inspectors' arrival was coded as arms sent to Syria.
        let events = FixtureCoder.events("The Organisation for the Prohibition of Chemical Weapons arrived in Syria.")
        #expect(!events.contains { $0.contains(" 072 ") })
    }
}
