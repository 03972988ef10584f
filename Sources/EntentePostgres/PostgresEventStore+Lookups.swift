import EntenteCore
import EntenteStore
import PostgresNIO

extension PostgresEventStore {
    public func documentsToRecode(dictionaryVersion: String, all: Bool) async throws -> [Int64] {
        try await read { connection in
            try await connection.all("""
                SELECT id FROM document WHERE status = 'coded' AND (\(all) OR dictionary_version <> \(dictionaryVersion)) ORDER BY id
                """).map { try $0.get("id", Int64.self) }
        }
    }

    public func document(_ id: Int64) async throws -> (externalID: String?, document: Document)? {
        let stored: (String?, StoredRow)? = try await read { connection in
            guard let row = try await connection.first("SELECT * FROM document WHERE id = \(id)") else { return nil }
            return (try row.get("external_id", String?.self), try StoredRow(row))
        }
        return stored.map { ($0.0, $0.1.document) }
    }

    public func replaceCoding(_ id: Int64, sentences: [Sentence], mentions: [Event], dictionaryVersion: String) async throws {
        try await write { connection in
            _ = try await Self.insertCoding(id, sentences: sentences, mentions: mentions, linking: false, connection)
            try await connection.run("UPDATE document SET dictionary_version = \(dictionaryVersion) WHERE id = \(id)")
        }
    }

    public func rebuildEvents() async throws {
        let mentions = try await read { connection in
            try await connection.all("""
                SELECT m.*, s.number AS sentence_number, s.text AS sentence_text, '' AS doc
                FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
                WHERE d.status = 'coded' ORDER BY m.id
                """).map { (id: try $0.get("id", Int64.self), documentID: try $0.get("document_id", Int64.self), event: try Self.event($0)) }
        }
        try await ensureMonths(of: mentions.map(\.event))
        try await write { connection in
            try await Self.lock(Self.lockKeys(mentions.map(\.event)), connection)
            // Facts point at events and mentions at both: clear in that order, then merge every
            // mention again as if it had just arrived, oldest first. A mention moves to its
            // event's month partition as it joins it.
            // Each event is summarized once at the end, not once for each mention that moves.
            try await connection.run("SET LOCAL entente.defer_summaries = on")
            try await connection.run("DELETE FROM relation_fact")
            try await connection.run("UPDATE mention SET event_id = NULL, month = \(PartitionMonth.undated)::int WHERE event_id IS NOT NULL")
            try await connection.run("DELETE FROM event")
            // Numbered from 1 again, as SQLite numbers a table emptied: a rebuild gives the
            // same ids on both stores.
            try await connection.run("ALTER TABLE event ALTER COLUMN id RESTART WITH 1")
            try await connection.run("ALTER TABLE relation_fact ALTER COLUMN id RESTART WITH 1")
            for mention in mentions {
                let (event, _) = try await Self.merge(mention.event, documentID: mention.documentID, connection)
                try await connection.run("""
                    UPDATE mention SET event_id = \(event.id), month = \(event.month)::int WHERE id = \(mention.id) AND month = \(PartitionMonth.undated)::int
                    """)
                _ = try await Self.recordFact(of: mention.event, eventID: event.id, eventMonth: event.month, connection)
            }
            try await connection.run("SELECT entente_summarize_events()")
        }
    }

    public func sentences(ofDocument id: Int64) async throws -> [Sentence] {
        try await read { connection in
            try await connection.all(#"SELECT number, start, "end", text FROM sentence WHERE document_id = \#(id) ORDER BY number"#).map { row in
                Sentence(index: try row.get("number"), span: TextSpan(start: try row.get("start"), end: try row.get("end")), text: try row.get("text"))
            }
        }
    }

    public func eventDays() async throws -> (first: String?, last: String?) {
        try await read { connection in
            // Through the date index: the ends, not a scan. Coarser dates are not days.
            let first = try await connection.first("SELECT date FROM event WHERE date >= '0000-00-00' AND length(date) = 10 ORDER BY date LIMIT 1")
            let last = try await connection.first("SELECT date FROM event WHERE date >= '0000-00-00' AND length(date) = 10 ORDER BY date DESC LIMIT 1")
            return (try first?.get("date", String.self), try last?.get("date", String.self))
        }
    }

    public func sides(prefix: String?, limit: Int) async throws -> [(side: String, events: Int)] {
        let rows: [SideCount] = try await read { connection in
            // A prefix is a range of codes (the "C" collation compares bytes), which the side
            // indexes serve.
            let low = prefix ?? ""
            let high = low + "\u{10FFFF}"
            return try await connection.all("""
                SELECT side, count(*) AS events FROM (
                    SELECT source_side AS side FROM event WHERE source_side >= \(low) AND source_side < \(high)
                    UNION ALL
                    SELECT target_side FROM event WHERE target_side >= \(low) AND target_side < \(high) AND target_side <> source_side
                ) sides GROUP BY side ORDER BY events DESC, side LIMIT \(max(0, limit))
                """).map { SideCount(side: try $0.get("side"), events: try $0.get("events")) }
        }
        return rows.map { ($0.side, $0.events) }
    }
}

/// A side and how many events it takes part in.
struct SideCount: Sendable {
    var side: String
    var events: Int
}
