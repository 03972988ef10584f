import EntenteCoding
import EntenteCore
import Testing

// "the three countries": a description of countries may count them with any number, not only
// "two" (Coreference).

@Suite struct CountedCountriesTests {
    @Test func theThreeCountriesAreTheGroupNamedBefore() {
        // Before, only "the two countries" was linked and "the three countries" named nobody.
        let all = Shipped.analyze("Ireland, Spain and Norway recognised a Palestinian state on Tuesday, and Israel recalled its envoys from the three countries.").flatMap(\.actors)
        #expect(all.first { $0.text == "the three countries" }?.codes == ["IRL", "ESP", "NOR"])
    }
}
