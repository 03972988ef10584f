import EntenteCore
import EntentePostgres
import EntenteStore
import Foundation
import Testing

/// What only the PostgreSQL store has: month partitions, migrations on a server, clear
/// connection errors, and merging under concurrent writers.
@Suite(.enabled(if: StoreBackend.server != nil, "needs ENTENTE_TEST_POSTGRES"))
struct PostgresStoreTests {
    let helper = EventStoreTests()

    func mention(_ source: String, _ cameo: String, _ target: String, date: String?) -> Event {
        var event = helper.event(source, cameo, target)
        event.date = date
        event.datePrecision = date == nil ? nil : .day
        return event
    }

    /// Stores one new document holding `mentions`.
    @discardableResult
    func store(_ mentions: [Event], in store: any EventStore, outlet: String? = nil, url: String? = nil) async throws -> CompletedDocument {
        let document = Document(date: Day(iso: "2024-08-07"), url: url, source: outlet, text: "Document \(UUID().uuidString).")
        guard case .code(let id) = try await store.begin(IncomingDocument(externalID: nil, document: document, dictionaryVersion: "v1")) else {
            Issue.record("expected to code")
            return CompletedDocument()
        }
        let sentences = Set(mentions.map(\.sentence)).sorted().map { Sentence(index: $0, span: TextSpan(start: 0, end: 5), text: "Text \($0).") }
        return try await store.complete(id, sentences: sentences, mentions: mentions)
    }

    @Test func aPairOverADateRangeReadsOnlyItsMonths() async throws {
        let url = try await StoreBackend.newDatabase()
        let events = try await PostgresEventStore.connect(url, connections: 2)
        for month in 1...12 {
            try await store([mention("NER", "161", "UKR", date: String(format: "2024-%02d-10", month)),
                             mention("MLI", "190", "FRA", date: String(format: "2024-%02d-11", month))], in: events)
        }
        let query = MentionQuery(dyad: ["NER", "UKR"], from: "2024-03-01", to: "2024-04-30")
        #expect(try await events.mergedEvents(query).map(\.date) == ["2024-03-10", "2024-04-10"])
        let plan = try await events.plan(ofMergedEvents: query)
        #expect(plan.contains("event_2024_03") && plan.contains("event_2024_04"), "\(plan)")
        #expect(plan.contains("event_undated"), "year-only dates may fall in any range")
        for other in [1, 2, 5, 6, 12] {
            #expect(!plan.contains(String(format: "event_2024_%02d", other)), "month \(other) is outside the range:\n\(plan)")
        }
        // A mention lives in its event's month partition.
        #expect(try SQL.value("SELECT count(*) FROM mention_2024_03", on: url) == "2")
        await events.close()
    }

    @Test func twoWritersStoringOneStoryAtOnceMakeOneEvent() async throws {
        let url = try await StoreBackend.newDatabase()
        let first = try await PostgresEventStore.connect(url, connections: 2)
        let second = try await PostgresEventStore.connect(url, connections: 2)
        // The race, many times: two outlets' copies of one story, stored at the same moment
        // by two stores with their own connections.
        // Dates a week or more apart: each is its own happening (see MergeRule).
        for day in 1...20 {
            let date = String(format: "2024-%02d-%02d", (day + 1) / 2, day % 2 == 0 ? 20 : 5)
            async let a = store([mention("NER", "166", "USAMIL", date: date)], in: first, outlet: "Reuters", url: "https://a.example/\(day)")
            async let b = store([mention("NERGOV", "166", "USA", date: date)], in: second, outlet: "AFP", url: "https://b.example/\(day)")
            let outcomes = try await [a, b]
            #expect(outcomes.map(\.newEvents).sorted() == [0, 1] && outcomes.map(\.mergedMentions).sorted() == [0, 1], "day \(day)")
        }
        let merged = try await first.mergedEvents(MentionQuery())
        #expect(merged.count == 20)
        #expect(merged.allSatisfy { $0.mentions == 2 && $0.documents == 2 && $0.sources == 2 })
        // And one fact: the first expulsion starts the state, the second confirms it.
        #expect(try await first.relations(asOf: nil, actor: nil).map(\.state) == ["expelled"])
        await first.close()
        await second.close()
    }

    @Test func aDatabaseAtAnOlderMigrationIsMigratedAndKeepsItsData() async throws {
        let url = try await StoreBackend.newDatabase()
        await (try await PostgresEventStore.connect(url, connections: 1, upTo: 9)).close()
        // What an entente of migration 9 wrote.
        try SQL.run("""
            INSERT INTO document (identity, text, ingested_at, dictionary_version, status) VALUES ('id:old', 'Old.', '2024-01-01T00:00:00Z', 'v0', 'coded');
            SELECT entente_ensure_month(202408);
            INSERT INTO event (month, source, target, cameo, mode, date, source_side, target_side, family, mode_class)
            VALUES (202408, 'NER', 'UKR', '161', 'asserted', '2024-08-06', 'NER', 'UKR', '161', 'factual');
            """, on: url)
        try SQL.run("""
            INSERT INTO sentence (document_id, number, start, "end", text) SELECT id, 0, 0, 4, 'Old.' FROM document;
            INSERT INTO mention (event_id, month, document_id, sentence_id, source, target, cameo, root, goldstein, quad_class, mode, date,
                                 source_text, target_text, source_start, source_end, target_start, target_end, trigger, trigger_start, trigger_end, pattern)
            SELECT e.id, e.month, d.id, s.id, 'NER', 'UKR', '161', '16', -4, 4, 'asserted', '2024-08-06', 'Niger', 'Ukraine', 0, 5, 6, 7, 'cut', 8, 9, 'old'
            FROM event e, document d, sentence s;
            """, on: url)
        #expect(try SQL.value("SELECT max(number) FROM schema_migration", on: url) == "9")
        let migrated = try await PostgresEventStore.connect(url, connections: 1)
        #expect(try SQL.value("SELECT max(number) FROM schema_migration", on: url) == "11")
        #expect(try await migrated.counts().documents == ["coded": 1])
        #expect(try await migrated.eventDays().first == "2024-08-06")
        // Migration 11 summarized the events already there from their mentions.
        #expect(try await migrated.mergedEvents(MentionQuery()).map { [$0.mentions, $0.documents, $0.sources] } == [[1, 1, 1]])
        #expect(try await migrated.network(asOf: nil, windowDays: nil).edges.map(\.goldstein) == [-4])
        #expect(try await migrated.queueStatus().jobs.isEmpty)
        await migrated.close()
    }

    /// Events whose counts or first-mention scores differ from a recount of their mentions.
    func staleSummaries(_ url: PostgresURL) throws -> String {
        try SQL.value("""
            SELECT count(*) FROM event e, LATERAL (
                SELECT count(*) AS n, count(DISTINCT m.document_id) AS documents, count(DISTINCT coalesce(d.outlet, 'document ' || d.id)) AS sources,
                       (array_agg(m.quad_class ORDER BY m.id))[1] AS quad_class, (array_agg(m.goldstein ORDER BY m.id))[1] AS goldstein
                FROM mention m JOIN document d ON d.id = m.document_id WHERE m.event_id = e.id AND m.month = e.month) s
            WHERE (e.mentions, e.documents, e.sources, e.quad_class, e.goldstein) IS DISTINCT FROM (s.n, s.documents, s.sources, s.quad_class, s.goldstein)
            """, on: url)
    }

    @Test func eventCountsFollowTheirMentionsThroughMergesRecodesAndRebuilds() async throws {
        let url = try await StoreBackend.newDatabase()
        let events = try await PostgresEventStore.connect(url, connections: 2)
        // Two outlets, three articles: the second Reuters article is the same source again.
        try await store([mention("NER", "161", "UKR", date: "2024-08-06"), mention("NER", "042", "RUS", date: "2024-08-06")], in: events, outlet: "Reuters")
        try await store([mention("NERGOV", "161", "UKR", date: "2024-08-07")], in: events, outlet: "Reuters")
        let last = try await store([mention("NER", "161", "UKRGOV", date: "2024-08-05"), mention("NER", "190", "FRA", date: "2024-09-01")],
                                   in: events, outlet: "AFP")
        #expect(last.mergedMentions == 1)
        let ties = try await events.mergedEvents(MentionQuery(dyad: ["NER", "UKR"]))
        #expect(ties.map { [$0.mentions, $0.documents, $0.sources] } == [[3, 3, 2]])
        #expect(try staleSummaries(url) == "0")
        // A recode that finds nothing in the AFP article drops its mentions: the counts follow
        // at once (the rebuild that follows merges again from scratch).
        let afp = try #require(try await events.documentsToRecode(dictionaryVersion: "v2", all: true).last)
        try await events.replaceCoding(afp, sentences: [], mentions: [], dictionaryVersion: "v2")
        #expect(try await events.mergedEvents(MentionQuery(dyad: ["NER", "UKR"])).map { [$0.mentions, $0.documents, $0.sources] } == [[2, 2, 1]])
        #expect(try staleSummaries(url) == "0")
        try await events.rebuildEvents()
        #expect(try staleSummaries(url) == "0")
        #expect(try await events.mergedEvents(MentionQuery()).map { [$0.cameo, String($0.mentions)] } == [["161", "2"], ["042", "1"]])
        await events.close()
    }

    @Test func aDatabaseFromANewerEntenteIsRefused() async throws {
        let url = try await StoreBackend.newDatabase()
        await (try await PostgresEventStore.connect(url, connections: 1)).close()
        try SQL.run("INSERT INTO schema_migration (number, name) VALUES (99, '99-from-the-future')", on: url)
        await #expect {
            try await PostgresEventStore.connect(url, connections: 1)
        } throws: { error in
            "\(error)".contains("migration 99, newer than this entente knows")
        }
    }

    @Test func aWrongPasswordOrADownServerIsAClearErrorWithoutThePassword() async throws {
        guard let server = StoreBackend.server else { return }
        var wrong = server
        wrong.password = "not-the-password-\(UUID().uuidString.prefix(8))"
        await #expect {
            try await PostgresEventStore.connect(wrong)
        } throws: { error in
            let text = "\(error)"
            return text.contains("password authentication failed") && text.contains(server.description) && !text.contains(wrong.password ?? "")
        }
        var down = wrong
        down.port = 1
        await #expect {
            try await PostgresEventStore.connect(down)
        } throws: { error in
            let text = "\(error)"
            return (error as? EntenteError)?.code == .storeUnavailable && text.contains("127.0.0.1:1") && !text.contains(wrong.password ?? "")
        }
    }

    @Test func aURLIsReadWithItsDefaults() throws {
        let url = try PostgresURL("postgres://analyst:s%40cret@db.example:6543/events?sslmode=require", environment: [:])
        #expect(url.user == "analyst" && url.password == "s@cret" && url.host == "db.example" && url.port == 6543)
        #expect(url.database == "events" && url.requireTLS)
        #expect(url.description == "postgres://analyst@db.example:6543/events")
        let bare = try PostgresURL("postgresql://db.example", environment: ["PGUSER": "me", "PGPASSWORD": "pw"])
        #expect(bare.port == 5432 && bare.user == "me" && bare.password == "pw" && bare.database == "me")
        #expect(throws: EntenteError.self) { try PostgresURL("postgres://user:secret@/nohost") }
        #expect(!"\((try? PostgresURL("postgres://user:secret@/nohost")) as Any)".contains("secret"))
    }
}
