import EntenteCore
import EntenteStore
import Foundation
import Testing

/// The store's contract, on SQLite and on PostgreSQL alike (see ``StoreBackend``).
@Suite struct EventStoreTests {

    func event(_ source: String, _ cameo: String, _ target: String, sentence: Int = 0) -> Event {
        Event(
            docID: "d", sentence: sentence, text: "Niger expelled French troops.", source: source, target: target, sourceText: "Niger",
            targetText: "French troops", sourceSpan: TextSpan(start: 0, end: 5), targetSpan: TextSpan(start: 15, end: 28),
            type: CAMEO.type(cameo)!, mode: .asserted, reporter: nil, date: "2024-08-07", datePrecision: .document, place: nil,
            trigger: "expelled", triggerSpan: TextSpan(start: 6, end: 14), pattern: "test.verbs:1: 166 *"
        )
    }

    func incoming(_ text: String, id: String = "d") -> IncomingDocument {
        IncomingDocument(externalID: id, document: Document(id: id, date: Day(iso: "2024-08-07"), text: text), dictionaryVersion: "v1")
    }

    @Test(arguments: StoreBackend.available) func storesADocumentItsSentencesAndMentionsAndReadsThemBack(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        let admission = try await store.begin(incoming("Niger expelled French troops."))
        guard case .code(let id) = admission else { Issue.record("expected to code, got \(admission)"); return }
        let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 29), text: "Niger expelled French troops.")
        try await store.complete(id, sentences: [sentence], mentions: [event("NER", "166", "FRAMIL")])
        let stored = try await store.mentions(MentionQuery(actor: "NER"))
        #expect(stored == [event("NER", "166", "FRAMIL")])
        #expect(try await store.mentions(MentionQuery(actor: "FRA")).count == 1)
        #expect(try await store.mentions(MentionQuery(cameo: "16")).count == 1)
        #expect(try await store.mentions(MentionQuery(cameo: "19")).isEmpty)
        let counts = try await store.counts()
        #expect(counts.documents == ["coded": 1] && counts.sentences == 1 && counts.mentions == 1)
    }

    @Test(arguments: StoreBackend.available) func mentionsOfOneHappeningMergeIntoOneEventAcrossDocuments(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 29), text: "Niger expelled French troops.")
        for (id, text) in [("a", "Niger expelled French troops."), ("b", "Niger expelled the French troops.")] {
            guard case .code(let stored) = try await store.begin(incoming(text, id: id)) else { Issue.record("expected to code"); return }
            try await store.complete(stored, sentences: [sentence], mentions: [event("NER", "166", "FRAMIL")])
        }
        guard case .code(let other) = try await store.begin(incoming("Mali attacked Niger.", id: "c")) else { Issue.record("expected to code"); return }
        var otherDay = event("NER", "166", "FRAMIL")
        otherDay.date = "2024-08-12"
        try await store.complete(other, sentences: [sentence], mentions: [otherDay, event("MLI", "190", "NER")])
        let merged = try await store.mergedEvents(MentionQuery())
        #expect(merged.count == 3)
        let expelled = merged.first { $0.source == "NER" && $0.date == "2024-08-07" }
        #expect(expelled?.mentions == 2 && expelled?.documents == 2)
        #expect(merged.filter { $0.source == "NER" }.count == 2, "another day is another event")
        #expect(try await store.mergedEvents(MentionQuery(actor: "MLI")).map(\.cameo) == ["190"])
        #expect(try await store.counts().events == 3)
    }

    @Test(arguments: StoreBackend.available) func relationsHaveAStateAsOfAnyDate(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 29), text: "Niger expelled French troops.")
        var expelled = event("NERGOV", "166", "USAMIL")
        expelled.date = "2024-03-16"
        var cut = event("UKR", "161", "NER")
        cut.date = "2024-08-06"
        var threat = event("NER", "190", "UKR")
        threat.mode = .threatened
        guard case .code(let id) = try await store.begin(incoming("Facts.")) else { Issue.record("expected to code"); return }
        try await store.complete(id, sentences: [sentence], mentions: [expelled, cut, threat])
        let now = try await store.relations(asOf: nil, actor: nil)
        #expect(now.map { "\($0.actorA)-\($0.actorB) \($0.kind) \($0.state) \($0.since)" }
            == ["NER-UKR diplomatic broken 2024-08-06", "NER-USA troops expelled 2024-03-16"])
        #expect(try await store.relations(asOf: "2024-05-01", actor: nil).map(\.actorB) == ["USA"])
        #expect(try await store.relations(asOf: "2024-01-01", actor: nil).isEmpty)
        #expect(try await store.relations(asOf: nil, actor: "UKR").count == 1)
    }

    @Test(arguments: StoreBackend.available) func aOneActorEventIsStoredButIsNoRelation(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 29), text: "Niger expelled French troops.")
        var mobilized = event("NERMIL", "154", "")
        (mobilized.targetText, mobilized.targetSpan) = ("", TextSpan(start: 6, end: 6))
        guard case .code(let id) = try await store.begin(incoming("Mobilized.")) else { Issue.record("expected to code"); return }
        var fought = event("RUSMIL", "190", "")
        (fought.targetText, fought.targetSpan) = ("", TextSpan(start: 6, end: 6))
        try await store.complete(id, sentences: [sentence], mentions: [mobilized, fought, event("NER", "166", "FRAMIL")])
        #expect(try await store.mentions(MentionQuery(cameo: "154")) == [mobilized])
        let merged = try await store.mergedEvents(MentionQuery(actor: "NER"))
        #expect(merged.map { "\($0.source) \($0.cameo) \($0.target)" }.sorted() == ["NER 166 FRAMIL", "NERMIL 154 "])
        // Only the event between two sides is an edge of the network or a relation.
        #expect(try await store.network(asOf: nil, windowDays: nil).edges.map { "\($0.source) \($0.target)" } == ["NER FRA"])
        #expect(try await store.relations(asOf: nil, actor: nil).map(\.actorB) == ["FRA"])
    }

    @Test func membersOfOneBlocAreAllied() {
        let members = [
            RelationState(actorA: "IGOWAFAES", actorB: "MLI", kind: "alliance", state: "member", since: "2023-09-16", eventID: 1),
            RelationState(actorA: "IGOWAFAES", actorB: "NER", kind: "alliance", state: "member", since: "2023-09-20", eventID: 2),
            RelationState(actorA: "BFA", actorB: "IGOWAFAES", kind: "alliance", state: "member", since: "2023-09-16", eventID: 3),
            RelationState(actorA: "MLI", actorB: "UKR", kind: "diplomatic", state: "broken", since: "2024-08-04", eventID: 4),
        ]
        let allied = RelationRules.alliances(from: members)
        #expect(allied.map { "\($0.actorA)-\($0.actorB) \($0.since) \($0.through ?? "")" }.sorted()
            == ["BFA-MLI 2023-09-16 IGOWAFAES", "BFA-NER 2023-09-20 IGOWAFAES", "MLI-NER 2023-09-20 IGOWAFAES"])
    }

    @Test func onlyFactualEventsBetweenTwoSidesSetStates() {
        #expect(RelationRules.fact(source: "NER", target: "UKR", cameo: "161", mode: .asserted, date: "2024-08-06")?.state == "broken")
        #expect(RelationRules.fact(source: "NER", target: "UKR", cameo: "161", mode: .threatened, date: "2024-08-06") == nil)
        #expect(RelationRules.fact(source: "NER", target: "UKR", cameo: "161", mode: .asserted, date: nil) == nil)
        #expect(RelationRules.fact(source: "NERGOV", target: "NERMIL", cameo: "190", mode: .asserted, date: "2024-01-01") == nil)
        #expect(RelationRules.fact(source: "NER", target: "USAGOV", cameo: "166", mode: .asserted, date: "2024-01-01") == nil, "expelling diplomats is not a military presence")
        #expect(RelationRules.fact(source: "MLI", target: "IGOWAFAES", cameo: "057", mode: .asserted, date: "2023-09-16")
            == .init(actorA: "IGOWAFAES", actorB: "MLI", kind: .alliance, state: "member", since: "2023-09-16"))
        #expect(RelationRules.fact(source: "MLI", target: "NER", cameo: "057", mode: .asserted, date: "2023-09-16") == nil, "an agreement between two countries is no bloc")
        #expect(RelationRules.fact(source: "---REB", target: "MLI", cameo: "190", mode: .asserted, date: "2024-01-01") == nil)
    }

    @Test(arguments: StoreBackend.available) func theSameTextIsOneDocument(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        guard case .code(let id) = try await store.begin(incoming("Mali cut ties with Ukraine.", id: "a")) else { Issue.record("expected to code"); return }
        try await store.complete(id, sentences: [], mentions: [])
        #expect(try await store.begin(incoming("Mali cut ties with Ukraine.", id: "b")) == .alreadyCoded(id))
        if case .code = try await store.begin(incoming("Mali cut ties with Ukraine!", id: "c")) {} else { Issue.record("a different text is a new document") }
    }

    @Test(arguments: StoreBackend.available) func aDocumentLeftInFlightByADeadRunIsMarkedFailedAndNotRetried(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        guard case .code(let id) = try await store.begin(incoming("Poison.", id: "poison")) else { Issue.record("expected to code"); return }
        // While this process lives, its document in flight is not another run's leftover.
        #expect(try await store.recoverInterrupted(crashed: []).isEmpty)
        try EventStoreTests.pretendCoderDied(documentID: id, in: made)
        let recovered = try await store.recoverInterrupted(crashed: [2147483646])
        #expect(recovered.map(\.id) == [id])
        #expect(recovered.first?.externalID == "poison")
        #expect(recovered.first?.error?.contains("stopped while coding") == true)
        guard case .failedBefore(let failedID, let error) = try await store.begin(incoming("Poison.", id: "poison")) else {
            Issue.record("a failed document must not be coded again")
            return
        }
        #expect(failedID == id && error.contains("stopped while coding"))
        #expect(try await store.counts().documents == ["failed": 1])
    }

    @Test(arguments: StoreBackend.available) func documentsOfAKilledRunOrOfACrashWithSeveralInFlightAreCodedAgainAlone(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        var ids: [Int64] = []
        for text in ["One.", "Two.", "Three."] {
            guard case .code(let id) = try await store.begin(incoming(text, id: text)) else { Issue.record("expected to code"); return }
            ids.append(id)
        }
        for id in ids.prefix(2) { try EventStoreTests.pretendCoderDied(documentID: id, in: made, pid: 2147483646) }
        try EventStoreTests.pretendCoderDied(documentID: ids[2], in: made, pid: 2147483645)
        // 2147483646 crashed with two in flight; 2147483645 was killed with one.
        let recovered = try await store.recoverInterrupted(crashed: [2147483646])
        #expect(recovered.map(\.status) == ["coding", "coding", "coding"])
        var claimed: [String] = []
        while let pending = try await store.claimPending() {
            claimed.append(pending.document.text)
            try await store.complete(pending.id, sentences: [], mentions: [])
        }
        #expect(claimed == ["One.", "Two.", "Three."])
        #expect(try await store.counts().documents == ["coded": 3])
    }

    @Test(arguments: StoreBackend.available) func theSchemaRefusesBadCodesAndDates(_ backend: StoreBackend) async throws {
        let made = try await backend.makeStore()
        let store = made.store
        guard case .code(let id) = try await store.begin(incoming("Text.")) else { Issue.record("expected to code"); return }
        var bad = event("NER", "166", "FRAMIL")
        bad.cameo = "16X"
        await #expect(throws: EntenteError.self) {
            try await store.complete(id, sentences: [Sentence(index: 0, span: TextSpan(start: 0, end: 5), text: "Text.")], mentions: [bad])
        }
        // Nothing of the refused write is kept: the document is still in flight, empty.
        let counts = try await store.counts()
        #expect(counts.sentences == 0 && counts.mentions == 0 && counts.documents == ["coding": 1])
    }

    @Test func anUnopenableFileIsAClearError() {
        #expect(throws: EntenteError.self) { try SQLiteEventStore(path: "/nonexistent-folder/x/entente.sqlite") }
    }

    /// Marks a document as in flight in a process that no longer exists, as a killed run
    /// leaves it.
    static func pretendCoderDied(documentID: Int64, in made: StoreUnderTest, pid: Int64 = 2147483646) throws {
        try made.execute("UPDATE document SET coder_pid = \(pid) WHERE id = \(documentID);")
    }
}
