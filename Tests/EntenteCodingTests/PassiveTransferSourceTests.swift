import Testing

// A passive extradition or deportation with no "by" agent names its source after "from" (the
// patterns appended to the shipped 50-cameo.verbs).

@Suite struct PassiveTransferSourceTests {
    @Test func fromNamesWhoExtradited() {
        // Before, the passive had no source and coded nothing.
        #expect(ShippedSensesTests.events("A suspected member of Hezbollah was extradited from Brazil to the United States on Monday.")
            .contains("BRA 063 USA asserted"))
        #expect(ShippedSensesTests.events("Forty Uighur men were deported from Thailand to China.").contains("THA 174 CHN asserted"))
    }
}
