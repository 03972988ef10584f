import Testing

// Protesters of no country are people of the country their protest takes place in
// (LocalProtesters).

@Suite struct LocalProtesterTests {
    @Test func aPlaceGivesTheProtestersTheirCountry() {
        // Before, "---CVL" had no country and the protest was dropped.
        #expect(FixtureCoder.events("Thousands of people rallied in Bamako against the junta.").contains { $0.hasPrefix("MLICVL 14") })
    }

    @Test func theStateOrganProtestedAgainstGivesItWithNoPlace() {
        #expect(FixtureCoder.events("Thousands of people rallied outside Niger's parliament.").contains { $0.hasPrefix("NERCVL 14") })
    }

    @Test func anOrganisationsSeatIsInItsHostCountry() {
        // "Brussels" is coded as the EU; the protesters there are Belgium's people.
        let events = ShippedSensesTests.events("Thousands of farmers protested in Brussels against the European Union.")
        #expect(events.contains { $0.hasPrefix("BELAGR 14") }, "\(events)")
    }

    @Test func aMarchThroughASeatIsAgainstItsHostGovernment() {
        // "through" places the march; the organisation's seat is in Belgium, whose government
        // an untargeted protest is against.
        let events = ShippedSensesTests.events("Thousands of workers marched through Brussels on Tuesday.")
        #expect(events.contains("BELLAB 141 BELGOV asserted"), "\(events)")
    }

    @Test func otherActsOfCountrylessPeopleStayDropped() {
        // Only protests: gunmen of no country who attack are not placed by this rule.
        #expect(!FixtureCoder.events("Gunmen attacked a village in Mali.").contains { $0.hasPrefix("MLICVL") || $0.hasPrefix("MLICRM") })
    }
}
