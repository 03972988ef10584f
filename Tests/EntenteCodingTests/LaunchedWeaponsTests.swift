import Testing

// Senses appended to the shipped 50-cameo.verbs below its README-quoted line in session 15:
// weapons launched at a side, forces pushing deeper into a country, air-defence systems sent.

@Suite struct LaunchedWeaponsTests {
    @Test func dronesLaunchedAtASideAreAnAerialAttack() {
        // Before, "launch" coded only through an attack noun: "drones" matched no pattern.
        #expect(ShippedSensesTests.events("Russia launched more than 700 drones and decoys at Ukraine overnight.")
            .contains { $0.hasPrefix("RUS 195 UKR") })
        #expect(ShippedSensesTests.events("Hezbollah launched a missile at Israel.").contains { $0.hasPrefix("LBNREB 195 ISR") })
    }

    @Test func pushingDeeperIntoACountryIsAnIncursion() {
        // "deeper" is tagged a noun, which the matcher never skips.
        #expect(ShippedSensesTests.events("Turkish forces pushed deeper into northeastern Syria on Saturday.")
            .contains("TURMIL 190 SYR asserted"))
    }

    @Test func airDefenceSystemsSentAreMilitaryAid() {
        #expect(ShippedSensesTests.events("Germany sent two more Patriot air defence systems to Ukraine on Tuesday.")
            .contains("DEU 072 UKR asserted"))
    }
}

@Suite struct ResumedOperationsTests {
    @Test func resumingOperationsIsFighting() {
        // Before, "resume" coded only restored ties and talks; "in *central* Gaza" was read past
        // its compass word for the place where the attacked lies.
        #expect(ShippedSensesTests.events("Israeli troops resumed ground operations in central Gaza on Wednesday.")
            .contains("ISRMIL 190 PSE asserted"))
        #expect(ShippedSensesTests.events("Russia stepped up its offensive against Ukraine.").contains("RUS 190 UKR asserted"))
    }

    @Test func haltingTheTransitOfACountrysGasIsAnEmbargo() {
        #expect(ShippedSensesTests.events("Ukraine halted the transit of Russian gas to Europe on Wednesday.")
            .contains("UKR 163 RUS asserted"))
    }
}
