import EntenteCore
import EntenteStore
import PostgresNIO

extension PostgresEventStore {
    public func dyad(_ first: String, _ second: String, asOf date: String?, recent: Int) async throws -> DyadReport {
        let (a, b) = (MergeRule.side(first), MergeRule.side(second))
        let asOf = date ?? "9999-12-31"
        let (stored, recentEvents) = try await read { connection in
            let rows = try await connection.all("""
                SELECT id, actor_a, actor_b, kind, state, since, event_id FROM relation_fact
                WHERE ((actor_a = \(a) AND actor_b = \(b)) OR (actor_a = \(b) AND actor_b = \(a))) AND since <= \(asOf)
                ORDER BY kind, actor_a, since, id
                """)
            var facts: [DyadFact] = []
            for (index, row) in rows.enumerated() {
                let state = try Self.relationState(row)
                let next = rows.indices.contains(index + 1) ? rows[index + 1] : nil
                let sameRelationship = try next.map { (try $0.get("kind", String.self), try $0.get("actor_a", String.self)) == (state.kind, state.actorA) } ?? false
                facts.append(DyadFact(state: state, until: sameRelationship ? try next?.get("since", String.self) : nil,
                                      evidence: try await Self.evidence(of: state.eventID, connection)))
            }
            // The latest events are picked first (the pair index), then counted one by one.
            let recentRows = try await connection.all("""
                SELECT e.*, \(unescaped: Self.eventCounts)
                FROM (SELECT * FROM event
                      WHERE ((source_side = \(a) AND target_side = \(b)) OR (source_side = \(b) AND target_side = \(a)))
                        AND (date IS NULL OR date <= \(asOf))
                      ORDER BY date DESC NULLS LAST, id DESC LIMIT \(max(0, recent))) e
                ORDER BY e.date DESC NULLS LAST, e.id DESC
                """)
            return (facts, try recentRows.map(Self.mergedEvent))
        }
        // Two members of one bloc are allied: derived from their memberships.
        let facts = try await read { connection in
            let memberships = try await Self.latestStates(asOf: date, memberships: [a, b], connection)
            var facts = stored
            for state in RelationRules.alliances(from: memberships) where Set([state.actorA, state.actorB]) == Set([a, b]) {
                facts.append(DyadFact(state: state, until: nil, evidence: try await Self.evidence(of: state.eventID, connection)))
            }
            return facts
        }
        return DyadReport(dyad: [first, second], asOf: date, facts: facts, recent: recentEvents,
                          series: try await dailySeries(first, second, asOf: date))
    }

    /// The sentences behind an event, first mentions first.
    static func evidence(of eventID: Int64, limit: Int = 5, _ connection: PostgresConnection) async throws -> [Evidence] {
        try await connection.all("""
            SELECT m.event_id, m.source, m.target, m.cameo, m.mode, m.date, s.number, s.text,
                   coalesce(d.external_id, CAST(d.id AS text)) AS doc
            FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
            WHERE m.event_id = \(eventID) ORDER BY m.id LIMIT \(limit)
            """).map { row in
            Evidence(eventID: try row.get("event_id"), source: try row.get("source"), target: try row.get("target"), cameo: try row.get("cameo"),
                     mode: try row.get("mode"), date: try row.get("date"), document: try row.get("doc"), sentenceNumber: try row.get("number"),
                     sentence: try row.get("text"))
        }
    }

    /// Each merged event's sides, date, QuadClass and Goldstein score (from its first
    /// mention), asserted and reported events only; `where` narrows the events first.
    static func eventScores(where condition: String) -> String {
        """
        SELECT e.source_side, e.target_side, e.date, m.quad_class, m.goldstein
        FROM event e
        JOIN LATERAL (SELECT quad_class, goldstein FROM mention WHERE event_id = e.id AND month = e.month ORDER BY id LIMIT 1) m ON true
        WHERE e.mode IN ('asserted', 'reported') \(condition.isEmpty ? "" : "AND " + condition)
        """
    }

    public func network(asOf date: String?, windowDays: Int?) async throws -> Network {
        let edges = try await read { connection in
            var bound = BoundQuery()
            var conditions: [String] = []
            if let date {
                let day = bound.bind(date)
                // A coarser date (a month, a year) is compared at its own length.
                conditions.append("e.date <= \(day) AND e.date <= substr(\(day), 1, length(e.date))")
                if let windowDays, let last = Day(iso: date), let first = Day(daysSinceEpoch: last.daysSinceEpoch - max(0, windowDays)) {
                    conditions.append("e.date >= substr(\(bound.bind(first.iso)), 1, length(e.date))")
                    // Only the window's months, and the undated partition's year-only dates.
                    conditions.append("(e.month >= \(bound.bind(PartitionMonth.of(first)))::int OR e.month < 100001)")
                    conditions.append("e.month <= \(bound.bind(PartitionMonth.of(last)))::int")
                }
            }
            bound.sql = """
                SELECT source_side, target_side, count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
                       count(*) FILTER (WHERE quad_class >= 3) AS conflict, sum(goldstein) AS goldstein
                FROM (\(Self.eventScores(where: conditions.joined(separator: " AND ")))) scores
                GROUP BY source_side, target_side ORDER BY source_side, target_side
                """
            return try await connection.all(bound.query).compactMap { row -> Network.Edge? in
                let source = try row.get("source_side", String.self)
                let target = try row.get("target_side", String.self)
                // Events within one side (a government and its army) are no relation between two.
                guard source != target else { return nil }
                return Network.Edge(source: source, target: target, cooperation: try row.get("cooperation"), conflict: try row.get("conflict"),
                                    goldstein: try row.get("goldstein"))
            }
        }
        return Network(asOf: date, windowDays: date == nil ? nil : windowDays, edges: edges)
    }

    public func dailySeries(_ first: String, _ second: String, asOf date: String?) async throws -> [DailyCount] {
        let (a, b) = (MergeRule.side(first), MergeRule.side(second))
        return try await read { connection in
            var bound = BoundQuery()
            let (x, y) = (bound.bind(a), bound.bind(b))
            let pair = """
                ((e.source_side = \(x) AND e.target_side = \(y)) OR (e.source_side = \(y) AND e.target_side = \(x))) AND length(e.date) = 10
                AND e.date <= \(bound.bind(date ?? "9999-12-31"))
                """
            bound.sql = """
                SELECT date, count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                       count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, sum(goldstein) AS goldstein
                FROM (\(Self.eventScores(where: pair))) scores
                GROUP BY date ORDER BY date
                """
            return try await connection.all(bound.query).map { row in
                DailyCount(day: try row.get("date"), quadClasses: [try row.get("q1"), try row.get("q2"), try row.get("q3"), try row.get("q4")],
                           goldsteinSum: try row.get("goldstein"))
            }
        }
    }
}
