import EntenteCoding
import EntenteCore
import Testing

/// Armed groups named by a people ("Chechen gunmen", "Baloch separatists", "a Tamil Tiger
/// suicide squad") are their country's rebels.
@Suite struct ArmedPeoplesTests {
    @Test func armedPeoplesAreTheirCountrysRebels() {
        #expect(Shipped.actors("Chechen gunmen kidnapped three engineers.")["Chechen gunmen"] == ["RUSREB"])
        #expect(Shipped.actors("Baloch separatists hijacked a train.")["Baloch separatists"] == ["PAKREB"])
        #expect(Shipped.actors("A Tamil Tiger suicide squad rammed a lorry into the bank.")["Tamil Tiger"] == ["LKAREB"])
    }

    @Test func aCountryAdjectiveBeforeThePeopleStillComposes() {
        let actors = Shipped.actors("Sri Lankan Tamil rebels said they would free two guards.")
        #expect(actors.values.contains(["LKAREB"]), "\(actors)")
    }

    @Test func theirActHasASource() {
        let events = ShippedSensesTests.events("Chechen gunmen kidnapped three British engineers.")
        #expect(events.contains { $0.hasPrefix("RUSREB 181 GBR") }, "\(events)")
    }
}
