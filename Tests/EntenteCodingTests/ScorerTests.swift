import EntenteCoding
import EntenteCore
import Testing

/// The scorer must agree with `shared/tools/score.py` to the last digit. The expected line
/// below is what score.py printed for this gold fixture and these predictions.
@Suite struct ScorerTests {
    static let predictions: [String: [Scorer.Prediction]] = [
        "a": [.init(source: "NERGOV", target: "UKR", code: "161"), .init(source: "NER", target: "UKR", code: "163"),
              .init(source: "NER", target: "UKR", code: "112"), .init(source: "UKR", target: "NER", code: "112")],
        "b": [.init(source: "NER", target: "MLI", code: "043")],
        "c": [.init(source: "FRA", target: "MLI", code: "190")],
        "d": [.init(source: "IGOWAF", target: "SDN", code: "036")],
        "e": [.init(source: "ARNGOV", target: "GON", code: "050")],
        "f": [.init(source: "XYZ", target: "DEU", code: "190")],
    ]

    static func gold() throws -> [GoldRecord] {
        let file = Shipped.fixture("scorer-gold.jsonl")
        return try file.contents.split(separator: "\n").enumerated().map { try GoldRecord.parse(String($0.element), file: file.name, line: $0.offset + 1) }
    }

    @Test func agreesWithTheReferenceScorer() throws {
        let score = Scorer.score(try Self.gold(), predictions: Self.predictions)
        #expect(score.summary == "P=0.750 R=0.833 F1=0.789 tp=6 fp=2 gold=6 records_all_right=3/6")
    }

    @Test func reportsMissesAndFalseEventsPerRecord() throws {
        let score = Scorer.score(try Self.gold(), predictions: Self.predictions)
        let a = try #require(score.records.first { $0.record.id == "a" })
        #expect(a.falsePositives == [.init(source: "UKR", target: "NER", code: "112")])
        #expect(a.hits == 1 && a.needed == 2)
        #expect(score.records.first { $0.record.id == "e" }?.allRight == true)
    }

    @Test func oneActorEventsCountOnlyWhereTheGoldListsOne() throws {
        let lists = try GoldRecord.parse(#"{"id": "r", "text": "x", "events": [{"source": "GBRGOV", "target": "", "codes": ["0"]}]}"#, file: "g", line: 1)
        let listsNone = try GoldRecord.parse(#"{"id": "n", "text": "x", "events": [{"source": "NER", "target": "UKR", "codes": ["161"]}]}"#, file: "g", line: 2)
        let predictions: [String: [Scorer.Prediction]] = [
            "r": [.init(source: "GBRGOV", target: "", code: "0874"), .init(source: "GBR", target: "", code: "190")],
            "n": [.init(source: "NER", target: "UKR", code: "161"), .init(source: "NER", target: "", code: "190")],
        ]
        let score = Scorer.score([lists, listsNone], predictions: predictions)
        // In "r" the one-actor 087 matches and the 190 is false; in "n" the one-actor 190 is not scored.
        #expect(score.truePositives == 2 && score.falsePositives == 1 && score.recallHits == 2)
        // An empty target matches only an empty target, and a named one never an empty one.
        #expect(!Scorer.matches(.init(source: "GBR", target: "UKR", code: "0874"), lists.events[0], lists))
        #expect(!Scorer.matches(.init(source: "NER", target: "", code: "161"), listsNone.events[0], listsNone))
        // PETRARCH's "no event" marker (empty source and target) lists no one-actor event.
        #expect(!(try GoldRecord.parse(#"{"id": "e", "text": "x", "events": [{"source": "", "target": "", "codes": [""]}]}"#, file: "g", line: 3)).listsOneActorEvent)
    }

    @Test func namesMalformedGoldLines() {
        for (line, message) in [
            ("{not json", "g.jsonl:4: not valid JSON"),
            (#"{"text": "x"}"#, "g.jsonl:4: gold record has no \"id\""),
            (#"{"id": "x"}"#, "g.jsonl:4: gold record has no \"text\""),
            (#"{"id": "x", "text": "y", "events": [{"source": "A"}]}"#, "g.jsonl:4: an event needs \"codes\""),
        ] {
            do {
                _ = try GoldRecord.parse(line, file: "g.jsonl", line: 4)
                Issue.record("expected an error for \(line)")
            } catch let error as EntenteError {
                #expect(error.description.hasPrefix(message))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}

@Suite struct ClassScorerTests {
    @Test func rootsFallInTheFiveClasses() {
        #expect(["010", "0211", "036", "057", "0841", "1121", "1313", "161", "145", "1831", "20"].map(ClassScorer.label(ofCode:))
                == [0, 0, 1, 1, 2, 3, 3, 3, 4, 4, 4])
        #expect(ClassScorer.label(ofCode: "99") == nil)
    }

    @Test func aSentenceWithNoEventLowersCoverageAndRecallNotPrecision() {
        let score = ClassScorer.score(labels: [0, 0, 3, 4], predictions: [0, nil, 3, 3])
        #expect(score.covered == 3 && score.total == 4)
        #expect(abs(score.coverage - 0.75) < 1e-9)
        #expect(abs(score.accuracyWhenCoded - 2.0 / 3) < 1e-9)
        // Class 0: precision 1, recall 1/2; class 3: precision 1/2, recall 1; class 4: 0.
        #expect(abs(score.f1(0).f1 - 2.0 / 3) < 1e-9 && abs(score.f1(3).f1 - 2.0 / 3) < 1e-9 && score.f1(4).f1 == 0)
        #expect(abs(score.macroF1 - (4.0 / 3) / 5) < 1e-9)
    }
}
