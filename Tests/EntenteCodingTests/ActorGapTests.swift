import Testing

// Actors the dictionaries missed: U.S. federal agencies named without the country, Tigrayan
// forces (70-organizations.actors).

@Suite struct ActorGapTests {
    @Test func federalAgenciesNamedWithoutTheCountryAreAmerican() {
        let found = Shipped.actors("The Justice Department and ICE declined to comment.")
        #expect(found["Justice Department"] == ["USAGOV"])
        #expect(found["ICE"] == ["USACOP"])
    }

    @Test func tigrayanForcesAreTheTPLF() {
        #expect(Shipped.actors("Tigrayan forces began handing over their heavy weapons.")["Tigrayan forces"] == ["ETHREB"])
    }
}
