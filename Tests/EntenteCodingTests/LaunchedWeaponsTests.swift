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
