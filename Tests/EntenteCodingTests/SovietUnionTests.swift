import EntenteCore
import Testing

// SUN is the Soviet Union's country code, not a sector: the dictionaries code Sunnis MUS.

@Suite struct SovietUnionTests {
    @Test func theSovietUnionHasACountry() {
        #expect(ActorCode.hasCountry("SUN"))
        #expect(ActorCode.hasCountry("SUNGOV"))
        #expect(!ActorCode.hasCountry("MUS"))
    }

    @Test func sovietActorsMakeEvents() {
        // Before, the pair was dropped: "an actor has no country (SUN → AFGCVL)".
        #expect(ShippedSensesTests.events("Soviet aircraft including helicopter gunships killed 46 Afghan civilians in an attack on a village in the west.")
            .contains("SUN 190 AFGCVL asserted"))
    }
}
