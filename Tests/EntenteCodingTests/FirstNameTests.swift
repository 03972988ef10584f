import Testing

// A one-word person name followed by a capitalised name no dictionary knows is someone else's
// first name (ActorMatcher+FirstName).

@Suite struct FirstNameTests {
    @Test func aKnownOneWordNameBeforeAnUnknownSurnameIsSomeoneElse() {
        // "Hassan" alone is a Jordanian cleric in Phoenix's list (JORELI); Hassan Diab was
        // Lebanon's prime minister, coded through his title.
        let found = Shipped.actors("Lebanon's Prime Minister Hassan Diab spoke on Monday.")
        #expect(found["Hassan Diab"] == ["LBNGOV"])
        #expect(!found.values.contains(["JORELI"]))
    }

    @Test func theNameAloneOrBeforeADayIsStillKnown() {
        #expect(Shipped.actors("Hassan said nothing.")["Hassan"] == ["JORELI"])
        #expect(Shipped.actors("Hassan Monday said nothing.")["Hassan"] == ["JORELI"])
    }
}
