import Testing

// An attack on a named political figure is an assassination (186) or an attempt (185); with
// the attacker unnamed, the victim's own country's civilians made it (Assassinations).

@Suite struct AssassinationTests {
    @Test func shotDeadIsAnAssassinationByTheVictimsCountry() {
        // Without the rule: no source (a passive without "by"), and the fixture's 193.
        #expect(FixtureCoder.events("Slovak Prime Minister Robert Fico was shot dead on Friday.") == ["SVKCVL 186 SVKGOV asserted"])
    }

    @Test func shotAndAliveIsAnAttempt() {
        #expect(FixtureCoder.events("Slovak Prime Minister Robert Fico was shot on Friday.") == ["SVKCVL 185 SVKGOV asserted"])
    }

    @Test func notWhenAnotherCountryIsNamed() {
        #expect(FixtureCoder.events("Slovak Prime Minister Robert Fico was killed in a Hungarian air strike on Friday.").isEmpty)
    }
}
