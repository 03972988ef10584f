import Testing

// "Pause" stops aid as "suspend" does, and any forces put on alert raise it (the senses
// appended to the shipped 50-cameo.verbs).

@Suite struct PauseAndAlertSenseTests {
    @Test func pausedAidIsAidStopped() {
        // Before, "paused" was no trigger and the aid noun had no source.
        #expect(ShippedSensesTests.events("Washington paused all military aid to Ukraine on Monday.").contains("USA 1622 UKR asserted"))
    }

    @Test func anyForcesPutOnAlert() {
        // Before, only troops named by the &military set raised the alert.
        #expect(ShippedSensesTests.oneActorEvents("Israel put its air defences on high alert on Monday.").contains("ISR 152 asserted"))
    }
}
