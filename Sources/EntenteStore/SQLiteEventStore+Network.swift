import GRDB

extension SQLiteEventStore {
    /// Each merged event's QuadClass and Goldstein score, from its first mention (every
    /// mention of one event shares its code family; the first is the one exported).
    static let eventScores = """
        SELECT e.id, e.source_side, e.target_side, e.date, e.mode, m.quad_class, m.goldstein
        FROM event e JOIN mention m ON m.id = (SELECT min(id) FROM mention WHERE event_id = e.id)
        WHERE e.mode IN ('asserted', 'reported')
        """

    public func network(asOf date: String?, windowDays: Int?) async throws -> Network {
        let edges = try await read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let date {
                // The exact bounds compare a coarser date (a month, a year) at its own length;
                // the plain ones before them are what the date index can range over (a month
                // or year containing the day sorts before it, and no date in the window starts
                // before the window's year), so a window reads its own events, not the table.
                conditions.append("date <= ? AND date <= substr(?, 1, length(date))")
                arguments += [date, date]
                if let windowDays {
                    let start = "-\(max(0, windowDays)) days"
                    conditions.append("date >= substr(date(?, ?), 1, 4) AND date >= substr(date(?, ?), 1, length(date))")
                    arguments += [date, start, date, start]
                }
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: """
                SELECT source_side, target_side, sum(quad_class <= 2) AS cooperation, sum(quad_class >= 3) AS conflict,
                       sum(goldstein) AS goldstein
                FROM (\(Self.eventScores)) \(filter)
                GROUP BY source_side, target_side ORDER BY source_side, target_side
                """, arguments: arguments).compactMap { row -> Network.Edge? in
                let source: String = row["source_side"]
                let target: String = row["target_side"]
                // Events within one side (a government and its army) are no relation between
                // two, nor is a one-actor event (an empty target).
                guard source != target, !target.isEmpty else { return nil }
                return Network.Edge(source: source, target: target, cooperation: row["cooperation"], conflict: row["conflict"], goldstein: row["goldstein"])
            }
        }
        return Network(asOf: date, windowDays: date == nil ? nil : windowDays, edges: edges)
    }

    /// The pair's events day by day, either direction, up to `date`.
    public func dailySeries(_ first: String, _ second: String, asOf date: String?) async throws -> [DailyCount] {
        let (a, b) = (MergeRule.side(first), MergeRule.side(second))
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT date, sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2, sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4,
                       sum(goldstein) AS goldstein
                FROM (\(Self.eventScores))
                WHERE ((source_side = ? AND target_side = ?) OR (source_side = ? AND target_side = ?)) AND length(date) = 10 AND date <= ?
                GROUP BY date ORDER BY date
                """, arguments: [a, b, b, a, date ?? "9999-12-31"]).map { row in
                DailyCount(day: row["date"], quadClasses: [row["q1"], row["q2"], row["q3"], row["q4"]], goldsteinSum: row["goldstein"])
            }
        }
    }
}
