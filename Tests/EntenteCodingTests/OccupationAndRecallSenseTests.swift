import Testing

// Seizing a side or part of a place occupies it, and recalling a negotiating team halts talks
// (the senses appended to the shipped 50-cameo.verbs).

@Suite struct OccupationAndRecallSenseTests {
    @Test func seizingASideOfACrossingOccupiesIt() {
        // Before, the seizure was a confiscation (1711).
        #expect(ShippedSensesTests.events("Israel's army seized the Palestinian side of the Rafah crossing.").contains("ISRMIL 192 PSE asserted"))
    }

    @Test func recallingNegotiatorsHaltsTalks() {
        // Before, "recalled" coded only diplomats.
        #expect(ShippedSensesTests.events("Israel recalled its negotiating team from Qatar on Thursday.").contains("ISR 164 QAT asserted"))
    }
}
