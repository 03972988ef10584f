import Testing

/// A clause after ", and" with a subject of its own: no list with the mention before it, and
/// an act like the first one's, naming no target, toward the same target.
@Suite struct ParallelActsTests {
    @Test func aLikeActInTheNextClauseSharesTheTarget() {
        let events = ShippedSensesTests.events("Mali severed diplomatic ties with France, and Chad recalled its ambassador.")
        #expect(events.contains("TCD 161 FRA asserted"), "\(events)")
        // Before, "France, and Chad" was one list: Mali cut ties with Chad, and France recalled.
        #expect(!events.contains("MLI 161 TCD asserted") && !events.contains { $0.hasPrefix("FRA ") }, "\(events)")
    }

    @Test func namesAfterAPlaceThatOpenAClauseAreNoPlaces() {
        let events = ShippedSensesTests.events("Mali severed diplomatic ties with France over its raids in Niger, and Chad and Sudan recalled their ambassadors.")
        #expect(events.contains("TCD 161 FRA asserted") && events.contains("SDN 161 FRA asserted"), "\(events)")
    }

    @Test func anUnlikeActOrAListKeepsItsOwnReading() {
        let praised = ShippedSensesTests.events("Mali severed diplomatic ties with France, and Chad praised the decision.")
        #expect(!praised.contains { $0.hasPrefix("TCD 051 FRA") }, "\(praised)")
        let list = ShippedSensesTests.events("Mali, Niger, and Chad signed a defence pact with Russia.")
        #expect(list.contains("TCD 057 RUS asserted") && list.contains("MLI 057 RUS asserted"), "\(list)")
    }
}
