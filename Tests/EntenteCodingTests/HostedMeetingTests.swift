import Testing

// A meeting in one side's own country is also the other side's visit there (HostedMeetings).

@Suite struct HostedMeetingTests {
    @Test func theGuestVisitsTheHost() {
        let events = FixtureCoder.events("Mali met Niger in Niamey on Monday.")
        #expect(events.contains("MLI 042 NER asserted"))
        #expect(!events.contains("NER 042 MLI asserted"))
    }

    @Test func theHostAsSourceStillMakesTheGuestVisit() {
        #expect(FixtureCoder.events("Mali met Niger in Bamako on Monday.").contains("NER 042 MLI asserted"))
    }

    @Test func aThirdCountryIsNoVisit() {
        #expect(!FixtureCoder.events("Mali met Niger in Paris on Monday.").contains { $0.contains(" 042 ") })
    }
}
