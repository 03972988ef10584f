import EntenteCore
import EntenteStore
import Foundation
import Testing

/// The merge window, outlets counted as sources, states that end, and a pair's report.
@Suite struct MergeAndFactTests {
    let helper = EventStoreTests()

    func mention(_ source: String, _ cameo: String, _ target: String, date: String?, mode: EventMode = .asserted, sentence: Int = 0) -> Event {
        var event = helper.event(source, cameo, target, sentence: sentence)
        event.date = date
        event.datePrecision = date == nil ? nil : .day
        event.mode = mode
        return event
    }

    /// Stores one document (its own text, so each is new) holding `mentions`.
    @discardableResult
    func store(_ mentions: [Event], in store: any EventStore, outlet: String? = nil, url: String? = nil) async throws -> CompletedDocument {
        let text = "Document \(UUID().uuidString)."
        let document = Document(date: Day(iso: "2024-08-07"), url: url, source: outlet, text: text)
        guard case .code(let id) = try await store.begin(IncomingDocument(externalID: nil, document: document, dictionaryVersion: "v1")) else {
            Issue.record("expected to code")
            return CompletedDocument()
        }
        let sentences = Set(mentions.map(\.sentence)).sorted().map { Sentence(index: $0, span: TextSpan(start: 0, end: 5), text: "Text \($0).") }
        return try await store.complete(id, sentences: sentences, mentions: mentions)
    }

    @Test(arguments: StoreBackend.available) func mentionsWithinTheWindowMergeAndLaterOnesDoNot(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("NER", "166", "FRAMIL", date: "2024-08-07")], in: events)
        let second = try await store([mention("NERGOV", "1661", "FRA", date: "2024-08-09")], in: events)
        #expect(second.newEvents == 0 && second.mergedMentions == 1, "two days apart, the same sides at country level, one code family")
        let third = try await store([mention("NER", "166", "FRAMIL", date: "2024-08-10")], in: events)
        #expect(third.newEvents == 1, "three days apart is another happening")
        let merged = try await events.mergedEvents(MentionQuery())
        #expect(merged.map(\.mentions) == [2, 1])
    }

    @Test(arguments: StoreBackend.available) func onlyFactualModesMergeWithEachOther(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("NER", "161", "UKR", date: "2024-08-06")], in: events)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08-06", mode: .reported)], in: events).mergedMentions == 1)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08-06", mode: .negated)], in: events).newEvents == 1)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08-06", mode: .threatened)], in: events).newEvents == 1)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08-06", mode: .negated)], in: events).mergedMentions == 1)
        #expect(try await store([mention("NER", "160", "UKR", date: "2024-08-06")], in: events).newEvents == 1, "another code family")
        #expect(try await store([mention("UKR", "161", "NER", date: "2024-08-06")], in: events).newEvents == 1, "the other direction")
    }

    @Test(arguments: StoreBackend.available) func monthsMergeOnlyWithTheSameMonthAndUndatedOnlyWithinADocument(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("NER", "161", "UKR", date: "2024-08")], in: events)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08")], in: events).mergedMentions == 1)
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-09")], in: events).newEvents == 1)
        let undated = try await store([mention("NER", "190", "UKR", date: nil), mention("NER", "190", "UKR", date: nil, sentence: 1)], in: events)
        #expect(undated.newEvents == 1 && undated.mergedMentions == 1)
        #expect(try await store([mention("NER", "190", "UKR", date: nil)], in: events).newEvents == 1)
    }

    @Test(arguments: StoreBackend.available) func aSecondOutletAddsASourceNotAnEvent(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("NER", "166", "USAMIL", date: "2024-03-16")], in: events, outlet: "Reuters", url: "https://a.example/1")
        try await store([mention("NER", "166", "USAMIL", date: "2024-03-16")], in: events, outlet: "Le Monde", url: "https://b.example/1")
        try await store([mention("NER", "166", "USAMIL", date: "2024-03-17")], in: events, outlet: "Reuters", url: "https://a.example/2")
        let merged = try await events.mergedEvents(MentionQuery())
        #expect(merged.count == 1)
        #expect(merged.first.map { [$0.mentions, $0.documents, $0.sources] } == [3, 3, 2])
    }

    @Test(arguments: StoreBackend.available) func statesEndAndAreRestored(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        let cut = try await store([mention("NER", "161", "UKR", date: "2024-08-06")], in: events)
        #expect(cut.changes.map { "\($0.started.state) \($0.ended?.state ?? "-")" } == ["broken -"])
        #expect(try await store([mention("NER", "161", "UKR", date: "2024-08-20")], in: events).changes.isEmpty, "already broken")
        let restored = try await store([mention("UKR", "054", "NER", date: "2025-01-10")], in: events)
        #expect(restored.changes.map { "\($0.started.state) since \($0.started.since), ending \($0.ended?.state ?? "-")" }
            == ["restored since 2025-01-10, ending broken"])
        let report = try await events.dyad("UKR", "NERGOV", asOf: nil, recent: 5)
        #expect(report.facts.map { "\($0.state.state) \($0.state.since) \($0.until ?? "-")" } == ["broken 2024-08-06 2025-01-10", "restored 2025-01-10 -"])
        #expect(report.facts.first?.evidence.first?.cameo == "161")
        #expect(report.recent.map(\.cameo) == ["054", "161", "161"])
        let before = try await events.dyad("NER", "UKR", asOf: "2024-12-31", recent: 5)
        #expect(before.facts.map(\.until) == [nil], "as of 2024 the break still holds")
        #expect(try await events.relations(asOf: "2024-12-31", actor: nil).map(\.state) == ["broken"])
    }

    @Test(arguments: StoreBackend.available) func sanctionsAreLiftedAndTruceEndsFighting(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("USA", "163", "RUS", date: "2022-03-01"), mention("RUS", "190", "UKR", date: "2022-02-24")], in: events)
        let later = try await store([mention("USA", "085", "RUS", date: "2025-05-01"), mention("RUS", "0871", "UKR", date: "2025-04-01")], in: events)
        #expect(later.changes.map { "\($0.started.kind) \($0.started.state) ending \($0.ended?.state ?? "-")" }
            == ["sanctions lifted ending imposed", "conflict ceasefire ending active"])
    }

    @Test(arguments: StoreBackend.available) func aMemberThatLeavesABlocIsNoLongerAllied(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("MLI", "057", "IGOWAFAES", date: "2023-09-16"), mention("NER", "057", "IGOWAFAES", date: "2023-09-16")], in: events)
        #expect(try await events.relations(asOf: "2024-06-01", actor: nil).contains { $0.state == "allied" })
        let left = try await store([mention("MLI", "161", "IGOWAFAES", date: "2025-01-10")], in: events)
        #expect(left.changes.map { "\($0.started.kind) \($0.started.state) ending \($0.ended?.state ?? "-")" } == ["alliance left ending member"])
        #expect(try await events.relations(asOf: "2025-02-01", actor: nil).allSatisfy { $0.state != "allied" })
        #expect(try await events.dyad("MLI", "NER", asOf: "2024-06-01", recent: 0).facts.map(\.state.state) == ["allied"])
        #expect(try await events.dyad("MLI", "NER", asOf: "2025-02-01", recent: 0).facts.isEmpty)
        let hosted = try await store([mention("MLI", "0861", "IGOUNO", date: "2013-07-01")], in: events)
        #expect(hosted.changes.map { "\($0.started.kind) \($0.started.state)" } == ["troops present"])
    }

    @Test(arguments: StoreBackend.available) func anEarlierReportOfAKnownStateMovesItsStartBack(_ backend: StoreBackend) async throws {
        let events = try await backend.makeStore().store
        try await store([mention("MLI", "161", "UKR", date: "2024-08-10")], in: events)
        let earlier = try await store([mention("MLI", "161", "UKR", date: "2024-08-04")], in: events)
        #expect(earlier.changes.count == 1)
        #expect(try await events.dyad("MLI", "UKR", asOf: nil, recent: 0).facts.map(\.state.since) == ["2024-08-04"])
    }

    @Test func identityIsTheCanonicalURLThenTheRecordsIDThenTheText() {
        let text = "Mali cut ties\nwith  Ukraine."
        #expect(IncomingDocument.identity(url: "https://x.example/a", id: "r1", text: text) == "url:https://x.example/a")
        #expect(IncomingDocument.identity(url: nil, id: "r1", text: text) == "id:r1")
        #expect(IncomingDocument.identity(url: nil, id: nil, text: text) == IncomingDocument.identity(url: nil, id: nil, text: "Mali cut ties with Ukraine. "))
        #expect(IncomingDocument.identity(url: nil, id: nil, text: text) != IncomingDocument.identity(url: nil, id: nil, text: "Mali cut ties with Ukraine!"))
        let fromFile = IncomingDocument(externalID: "a.txt", document: Document(text: text), dictionaryVersion: "v1")
        #expect(fromFile.identity.hasPrefix("text:"), "a file's path is where it was read, not what it is")
    }
}
