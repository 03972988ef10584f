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

    public func eventDays() async throws -> (first: String?, last: String?) {
        try await read { db in
            // Through the date index: the ends, not a scan. Coarser dates (a month, a year) are
            // not days and are left out.
            let first = try String.fetchOne(db, sql: "SELECT date FROM event WHERE date >= '0000-00-00' AND length(date) = 10 ORDER BY date LIMIT 1")
            let last = try String.fetchOne(db, sql: "SELECT date FROM event WHERE date >= '0000-00-00' AND length(date) = 10 ORDER BY date DESC LIMIT 1")
            return (first, last)
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
