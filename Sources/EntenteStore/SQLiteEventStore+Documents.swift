import EntenteCore
import GRDB

extension SQLiteEventStore {
    public func sentences(ofDocument id: Int64) async throws -> [Sentence] {
        try await read { db in
            try Row.fetchAll(db, sql: #"SELECT number, start, "end", text FROM sentence WHERE document_id = ? ORDER BY number"#,
                             arguments: [id]).map { row in
                Sentence(index: row["number"], span: TextSpan(start: row["start"], end: row["end"]), text: row["text"])
            }
        }
    }

    public func sides(prefix: String?, limit: Int) async throws -> [(side: String, events: Int)] {
        try await read { db in
            // A prefix is a range of codes, so the side indexes serve it; LIKE would not.
            let low = prefix ?? ""
            let high = low + "\u{10FFFF}"
            return try Row.fetchAll(db, sql: """
                SELECT side, count(*) AS events FROM (
                    SELECT source_side AS side FROM event WHERE source_side >= ? AND source_side < ?
                    UNION ALL
                    SELECT target_side FROM event WHERE target_side >= ? AND target_side < ? AND target_side <> source_side
                ) GROUP BY side ORDER BY events DESC, side LIMIT ?
                """, arguments: [low, high, low, high, max(0, limit)]).map { ($0["side"], $0["events"]) }
        }
    }
}
