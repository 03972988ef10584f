import Testing

// Walking off the job is a strike (the sense appended to the shipped 50-cameo.verbs).

@Suite struct WalkOffTheJobTests {
    @Test func walkingOffTheJobStrikes() {
        // Before, "walked" looked for the particle of "walk out" and coded nothing.
        #expect(ShippedSensesTests.events("French rail workers walked off the job on Tuesday against President Emmanuel Macron's plan.")
            .contains("FRALAB 143 FRAGOV asserted"))
    }
}
