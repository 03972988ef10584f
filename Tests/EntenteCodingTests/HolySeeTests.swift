import EntenteCoding
import EntenteCore
import Testing

/// The pope speaks for the Holy See: the office at any date, each pope in their reign.
@Suite struct HolySeeTests {
    static func codes(_ text: String, date: String?) -> [String] {
        Shipped.analyze(text, date: date).flatMap(\.actors).flatMap(\.codes)
    }

    @Test func theOfficeIsTheHolySeeAtAnyDate() {
        #expect(Self.codes("The Pope urged Mali to negotiate.", date: "1995-03-01").contains("VATGOV"))
        #expect(Self.codes("The Holy Father urged Mali to negotiate.", date: nil).contains("VATGOV"))
    }

    @Test func aPopeByNameOnlyInTheirReign() {
        #expect(Self.codes("Pope Benedict urged the rebels to free the hostages.", date: "2008-03-23").contains("VATGOV"))
        #expect(!Self.codes("Pope Benedict urged the rebels to free the hostages.", date: "2020-03-23").contains("VATGOV"))
        #expect(Self.codes("Pope Francis appealed to Niger.", date: "2024-08-07").contains("VATGOV"))
    }

    @Test func theSourceOfAnAppeal() {
        let events = ShippedSensesTests.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Pope Francis urged Niger to free the hostages."))
            .events.map { "\($0.source) \($0.target)" }
        #expect(events.contains("VATGOV NER"), "\(events)")
    }
}
