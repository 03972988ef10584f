import EntenteCore
import EntenteStore
import PostgresNIO

extension PostgresEventStore {
    public func mentions(_ query: MentionQuery) async throws -> [Event] {
        try await read { connection in
            var bound = BoundQuery()
            let filter = Self.filter(query, table: "m", &bound)
            bound.sql = """
                SELECT m.*, s.number AS sentence_number, s.text AS sentence_text,
                       coalesce(d.external_id, CAST(d.id AS text)) AS doc
                FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
                \(filter) ORDER BY m.document_id, s.number, m.id LIMIT \(bound.bind(max(0, query.limit)))
                """
            return try await connection.all(bound.query).map(Self.event)
        }
    }

    public func mergedEvents(_ query: MentionQuery) async throws -> [MergedEvent] {
        try await read { connection in try await connection.all(Self.mergedEventsQuery(query).query).map(Self.mergedEvent) }
    }

    /// The plan PostgreSQL makes for ``mergedEvents(_:)`` with `query`: which partitions and
    /// indexes it reads (`EXPLAIN`, without running it).
    public func plan(ofMergedEvents query: MentionQuery) async throws -> String {
        var bound = Self.mergedEventsQuery(query)
        bound.sql = "EXPLAIN (COSTS OFF) " + bound.sql
        let explained = bound.query
        return try await read { connection in
            try await connection.all(explained).map { try $0.get("QUERY PLAN", String.self) }.joined(separator: "\n")
        }
    }

    /// The query behind ``mergedEvents(_:)``.
    static func mergedEventsQuery(_ query: MentionQuery) -> BoundQuery {
        var bound = BoundQuery()
        let filter = filter(query, table: "e", &bound)
        bound.sql = """
            SELECT e.*
            FROM (SELECT * FROM event e \(filter) ORDER BY e.date NULLS FIRST, e.id LIMIT \(bound.bind(max(0, query.limit)))) e
            ORDER BY e.date NULLS FIRST, e.id
            """
        return bound
    }

    public func relations(asOf date: String?, actor: String?) async throws -> [RelationState] {
        let latest = try await read { connection in try await Self.latestStates(asOf: date, connection) }
        let all = (latest + RelationRules.alliances(from: latest)).sorted { ($0.actorA, $0.actorB, $0.kind) < ($1.actorA, $1.actorB, $1.kind) }
        guard let actor else { return all }
        return all.filter { $0.actorA.hasPrefix(actor) || $0.actorB.hasPrefix(actor) }
    }

    /// The latest fact of each relationship dated on or before `date`; with `memberships`,
    /// only the bloc memberships of those sides and of the blocs they belong to.
    static func latestStates(asOf date: String?, memberships sides: [String]? = nil, _ connection: PostgresConnection) async throws -> [RelationState] {
        var bound = BoundQuery()
        let asOf = bound.bind(date ?? "9999-12-31")
        var only = ""
        if let sides {
            let list = bound.bind(sides)
            only = """
                AND f.kind = 'alliance' AND f.state = 'member' AND (f.actor_a = ANY(\(list)) OR f.actor_b = ANY(\(list))
                  OR f.actor_a IN (SELECT actor_a FROM relation_fact WHERE kind = 'alliance' AND actor_b = ANY(\(list)))
                  OR f.actor_b IN (SELECT actor_b FROM relation_fact WHERE kind = 'alliance' AND actor_a = ANY(\(list))))
                """
        }
        bound.sql = """
            SELECT f.actor_a, f.actor_b, f.kind, f.state, f.since, f.event_id
            FROM relation_fact f
            WHERE f.since <= \(asOf) AND NOT EXISTS (
                SELECT 1 FROM relation_fact later
                WHERE later.actor_a = f.actor_a AND later.actor_b = f.actor_b AND later.kind = f.kind
                  AND later.since <= \(asOf) AND (later.since > f.since OR (later.since = f.since AND later.id > f.id))
            ) \(only)
            ORDER BY f.actor_a, f.actor_b, f.kind
            """
        return try await connection.all(bound.query).map(relationState)
    }

    /// A relationship's state from a row of `relation_fact`.
    static func relationState(_ row: PostgresRandomAccessRow) throws -> RelationState {
        RelationState(actorA: try row.get("actor_a"), actorB: try row.get("actor_b"), kind: try row.get("kind"), state: try row.get("state"),
                      since: try row.get("since"), eventID: try row.get("event_id"))
    }

    public func exportEvents(_ query: MentionQuery) async throws -> [ExportEvent] {
        try await read { connection in
            var bound = BoundQuery()
            let filter = Self.filter(query, table: "e", &bound)
            bound.sql = """
                SELECT \(Self.eventColumns),
                       m.source_text, m.target_text, m.goldstein, m.quad_class,
                       m.plover, m.plover_mode, m.plover_context, m.place, s.text AS sentence_text, s.number AS sentence_number,
                       coalesce(d.external_id, CAST(d.id AS text)) AS doc, d.id AS document_row_id, d.url, d.outlet, d.ingested_at
                FROM event e
                JOIN LATERAL (SELECT * FROM mention WHERE event_id = e.id AND month = e.month ORDER BY id LIMIT 1) m ON true
                JOIN sentence s ON s.id = m.sentence_id
                JOIN document d ON d.id = m.document_id
                \(filter) ORDER BY e.date NULLS FIRST, e.id LIMIT \(bound.bind(max(0, query.limit)))
                """
            return try await connection.all(bound.query).map { row in
                ExportEvent(
                    event: try Self.mergedEvent(row),
                    sourceText: try row.get("source_text"), targetText: try row.get("target_text"), sentence: try row.get("sentence_text"),
                    sentenceNumber: try row.get("sentence_number"), documentID: try row.get("doc"), url: try row.get("url"),
                    outlet: try row.get("outlet"), place: try row.get("place"), ingestedAt: try row.get("ingested_at"),
                    goldstein: try row.get("goldstein"), quadClass: try row.get("quad_class"), plover: try row.get("plover"),
                    ploverMode: try row.get("plover_mode"), ploverContext: try row.get("plover_context"),
                    storedDocumentID: try row.get("document_row_id")
                )
            }
        }
    }

    public func counts() async throws -> StoreCounts {
        try await read { connection in
            var documents: [String: Int] = [:]
            for row in try await connection.all("SELECT status, count(*) AS n FROM document GROUP BY status") {
                documents[try row.get("status")] = try row.get("n")
            }
            let row = try await connection.first("""
                SELECT (SELECT count(*) FROM sentence) AS sentences, (SELECT count(*) FROM mention) AS mentions,
                       (SELECT count(*) FROM event) AS events
                """)
            return StoreCounts(documents: documents, sentences: try row?.get("sentences") ?? 0, mentions: try row?.get("mentions") ?? 0,
                               events: try row?.get("events") ?? 0)
        }
    }

    /// The WHERE clause of a query over `mention` (alias `m`) or `event` (alias `e`); values
    /// are bound into `bound`, never spliced into SQL. Date bounds also bound the month
    /// partitions read, so a date range reads only its months (and the undated partition,
    /// whose year-only dates a range may include).
    static func filter(_ query: MentionQuery, table: String, _ bound: inout BoundQuery) -> String {
        var conditions: [String] = []
        let event = table == "e" ? "e.id" : "\(table).event_id"
        if let actor = query.actor {
            let value = bound.bind(actor)
            conditions.append("(\(table).source LIKE \(value) || '%' OR \(table).target LIKE \(value) || '%')")
        }
        if let dyad = query.dyad, dyad.count == 2 {
            let (a, b) = (bound.bind(MergeRule.side(dyad[0])), bound.bind(MergeRule.side(dyad[1])))
            let pair = "((source_side = \(a) AND target_side = \(b)) OR (source_side = \(b) AND target_side = \(a)))"
            conditions.append(table == "e" ? pair.replacingOccurrences(of: "source_side", with: "e.source_side").replacingOccurrences(of: "target_side", with: "e.target_side")
                : "(\(event), \(table).month) IN (SELECT id, month FROM event WHERE \(pair))")
        }
        for prefix in [query.cameo, query.root].compactMap({ $0 }) {
            conditions.append("\(table).cameo LIKE \(bound.bind(prefix)) || '%'")
        }
        // A coarser date ("2024-08") is compared with the bound cut to its length.
        if let from = query.from {
            conditions.append("\(table).date >= substr(\(bound.bind(from)), 1, length(\(table).date))")
            let month = PartitionMonth.of(from)
            if month != PartitionMonth.undated {
                conditions.append("(\(table).month >= \(bound.bind(month))::int OR \(table).month < 100001)")
            }
        }
        if let to = query.to {
            conditions.append("\(table).date <= substr(\(bound.bind(to)), 1, length(\(table).date))")
            let month = PartitionMonth.of(to)
            if month != PartitionMonth.undated {
                conditions.append("\(table).month <= \(bound.bind(month))::int")
            }
        }
        if let mode = query.mode {
            conditions.append("\(table).mode = \(bound.bind(mode))")
        }
        if let id = query.event {
            conditions.append("\(event) = \(bound.bind(id))")
        }
        if let document = query.document {
            let value = bound.bind(document)
            conditions.append(table == "e" ? "(e.id, e.month) IN (SELECT event_id, month FROM mention WHERE document_id = \(value))" : "\(table).document_id = \(value)")
        }
        if let after = query.after, table == "e" {
            // Undated events come first, then by date and id.
            if let date = after.date {
                conditions.append("(e.date, e.id) > (\(bound.bind(date)), \(bound.bind(after.id)))")
            } else {
                conditions.append("(e.date IS NOT NULL OR e.id > \(bound.bind(after.id)))")
            }
        }
        if let text = query.text {
            // As one phrase: words a user types are never query syntax.
            let sentences = "SELECT id FROM sentence WHERE words @@ phraseto_tsquery('simple', \(bound.bind(text)))"
            if table == "e" {
                conditions.append("(e.id, e.month) IN (SELECT event_id, month FROM mention WHERE sentence_id IN (\(sentences)))")
            } else {
                conditions.append("\(table).sentence_id IN (\(sentences))")
            }
        }
        return conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// The event record of a stored mention row.
    static func event(_ row: PostgresRandomAccessRow) throws -> Event {
        let cameo = try row.get("cameo", String.self)
        guard let type = CAMEO.type(cameo) else {
            throw EntenteError(.storeFailed, "stored mention has an unknown CAMEO code \(cameo)")
        }
        return Event(
            docID: try row.get("doc"), sentence: try row.get("sentence_number"), text: try row.get("sentence_text"), source: try row.get("source"),
            target: try row.get("target"), sourceText: try row.get("source_text"), targetText: try row.get("target_text"),
            sourceSpan: TextSpan(start: try row.get("source_start"), end: try row.get("source_end")),
            targetSpan: TextSpan(start: try row.get("target_start"), end: try row.get("target_end")), type: type,
            mode: EventMode(rawValue: try row.get("mode")) ?? .asserted, reporter: try row.get("reporter"), date: try row.get("date"),
            datePrecision: try row.get("date_precision", String?.self).flatMap(DatePrecision.init(rawValue:)), place: try row.get("place"),
            trigger: try row.get("trigger"), triggerSpan: TextSpan(start: try row.get("trigger_start"), end: try row.get("trigger_end")),
            pattern: try row.get("pattern")
        )
    }

    /// An event's columns, its counts among them (kept on the row by migration 11's trigger),
    /// for queries that join other tables with columns of the same names.
    static let eventColumns = "e.id, e.month, e.source, e.target, e.cameo, e.mode, e.date, e.date_precision, e.mentions, e.documents, e.sources"

    /// A merged event from a row of `event`.
    static func mergedEvent(_ row: PostgresRandomAccessRow) throws -> MergedEvent {
        MergedEvent(
            id: try row.get("id"), source: try row.get("source"), target: try row.get("target"), cameo: try row.get("cameo"),
            mode: try row.get("mode"), date: try row.get("date"), datePrecision: try row.get("date_precision"),
            mentions: try row.get("mentions"), documents: try row.get("documents"), sources: try row.get("sources")
        )
    }
}
