import EntenteCoding
import EntenteCore
import EntenteText
import Testing

/// What a speech verb reports with no "that" ("Mali said Niger had attacked Chad") is one
/// clause to the tags, whose subject is the speaker; the tree gives the reported verb its
/// own subject.
@Suite struct ReportedClauseTests {
    static let verbs = try! EventDictionary.load([Shipped.fixture("test.verbs"), Shipped.fixture("test.discards")])
    static let parsed = Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: verbs, parser: Shipped.parser))

    static func events(_ text: String) -> [String] {
        parsed.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.filter { !$0.isOneActor }
            .map { "\($0.source) \($0.cameo) \($0.target) \($0.mode)" }
    }

    @Test func theReportedVerbTakesItsOwnSubject() {
        let events = Self.events("Mali said Niger had attacked Chad.")
        #expect(events.contains("NER 190 TCD reported"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("MLI 190") }, "\(events)")
    }

    @Test func aConjoinedReportedVerbToo() {
        let events = Self.events("Mali said Niger seized the border post and attacked Chad.")
        #expect(events.contains("NER 190 TCD reported"), "\(events)")
    }

    @Test func aRelativeClauseOnTheObjectIsNotWhatIsReported() {
        // "claimed the raid that …": the relative clause hangs on the object, not on "claimed".
        let events = Self.events("Mali claimed the raid on Niger that attacked Chad.")
        #expect(!events.contains { $0.hasPrefix("NER 190") }, "\(events)")
    }

    @Test func aSpeakerTellingOfItsOwnActKeepsIt() {
        let events = Self.events("Mali said it had attacked Chad.")
        #expect(events.contains("MLI 190 TCD asserted"), "\(events)")
    }
}
