import EntenteCoding
import EntenteCore
import Testing

/// Dates counted from another event: "…two days after Mali did the same".
@Suite struct RelativeEventDateTests {
    static func dated(_ text: String) -> [String] {
        FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events
            .map { "\($0.sentence) \($0.source) \($0.cameo) \($0.target) \($0.date ?? "-") \($0.datePrecision?.rawValue ?? "-")" }
    }

    @Test func theOtherActorsStatedDateDatesTheAct() {
        #expect(Self.dated("Mali cut ties with Ukraine on August 4. Niger cut ties with Ukraine two days after Mali did the same.")
            == ["0 MLI 161 UKR 2024-08-04 day", "1 NER 161 UKR 2024-08-06 day"])
    }

    @Test func theActsStatedDateDatesTheOtherActorsSameActWhichIsCoded() {
        #expect(Self.dated("Niger cut ties with Ukraine on August 6, two days after Mali did the same.")
            == ["0 NER 161 UKR 2024-08-06 day", "0 MLI 161 UKR 2024-08-04 day"])
    }

    @Test func withNoDateStatedTheEarlierIsCountedBackFromThePublication() {
        // "This decision": the act of the sentence before.
        #expect(Self.dated("Niger cut ties with Ukraine. This decision came just two days after Mali did the same.")
            == ["0 NER 161 UKR 2024-08-07 document", "1 MLI 161 UKR 2024-08-05 document"])
        let added = FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Niger cut ties with Ukraine. This decision came just two days after Mali did the same.")).events.last
        #expect(added?.trigger == "did" && added?.sourceText == "Mali")
    }

    @Test func withoutTheSamePhraseOrAnotherActorNothingMoves() {
        #expect(Self.dated("Niger cut ties with Ukraine two days after the summit.") == ["0 NER 161 UKR 2024-08-07 document"])
        #expect(Self.dated("Niger cut ties with Ukraine two days after it did the same.") == ["0 NER 161 UKR 2024-08-07 document"])
    }
}
