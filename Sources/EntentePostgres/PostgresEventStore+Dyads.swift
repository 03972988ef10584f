import EntenteCore
import EntenteStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func dyad(_ first: String, _ second: String, asOf date: String?, recent: Int) async throws -> DyadReport {
        let (a, b) = (MergeRule.side(first), MergeRule.side(second))
        let asOf = date ?? "9999-12-31"
        let (stored, recentEvents) = try await read { connection in
            let rows = try await connection.all("""
                SELECT id, actor_a, actor_b, kind, state, since, event_id, event_month FROM relation_fact
                WHERE ((actor_a = \(a) AND actor_b = \(b)) OR (actor_a = \(b) AND actor_b = \(a))) AND since <= \(asOf)
                ORDER BY kind, actor_a, since, id
                """)
            var facts: [DyadFact] = []
            for (index, row) in rows.enumerated() {
                let state = try Self.relationState(row)
                let next = rows.indices.contains(index + 1) ? rows[index + 1] : nil
                let sameRelationship = try next.map { (try $0.get("kind", String.self), try $0.get("actor_a", String.self)) == (state.kind, state.actorA) } ?? false
                facts.append(DyadFact(state: state, until: sameRelationship ? try next?.get("since", String.self) : nil,
                                      evidence: try await Self.evidence(of: state.eventID, month: try row.get("event_month"), connection)))
            }
            return (facts, try await Self.latestEvents(a, b, asOf: date, count: recent, connection))
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

    /// The latest `count` events of a pair dated on or before `asOf` (undated ones last).
    ///
    /// The year before `asOf` (or today) is read first: when it holds `count` events, they are
    /// the latest, since every event outside it is dated earlier or undated, and only those
    /// months' partitions are planned. A quieter pair reads its whole history.
    static func latestEvents(_ a: String, _ b: String, asOf: String?, count: Int, _ connection: PostgresConnection) async throws -> [MergedEvent] {
        func latest(since first: Day?) -> PostgresQuery {
            var bound = BoundQuery()
            let (x, y) = (bound.bind(a), bound.bind(b))
            var conditions = "((source_side = \(x) AND target_side = \(y)) OR (source_side = \(y) AND target_side = \(x)))"
            if let asOf {
                conditions += " AND (date IS NULL OR date <= \(bound.bind(asOf))) AND month <= \(bound.bind(PartitionMonth.of(asOf) == PartitionMonth.undated ? 999_912 : PartitionMonth.of(asOf)))::int"
            }
            if let first {
                // Year-only dates live in the undated partition and may fall in the year.
                conditions += " AND date >= \(bound.bind(first.iso)) AND (month >= \(bound.bind(PartitionMonth.of(first)))::int OR month < 100001)"
            }
            bound.sql = "SELECT * FROM event WHERE \(conditions) ORDER BY date DESC NULLS LAST, id DESC LIMIT \(bound.bind(max(0, count)))"
            return bound.query
        }
        let today = Day(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        let anchor = asOf.map { Day(iso: String($0.prefix(10))) } ?? today
        if let anchor, let first = Day(daysSinceEpoch: anchor.daysSinceEpoch - 365) {
            let window = try await connection.all(latest(since: first))
            if window.count >= count { return try window.map(Self.mergedEvent) }
        }
        return try await connection.all(latest(since: nil)).map(Self.mergedEvent)
    }

    /// The sentences behind an event, first mentions first; `month`, the event's partition,
    /// is looked up from its facts when not given.
    static func evidence(of eventID: Int64, month: Int? = nil, limit: Int = 5, _ connection: PostgresConnection) async throws -> [Evidence] {
        var partition = month
        if partition == nil {
            partition = try await connection.first("SELECT event_month FROM relation_fact WHERE event_id = \(eventID) LIMIT 1")?.get("event_month", Int.self)
        }
        // By id alone, every month's partition would be planned.
        let inMonth = partition.map { "AND m.month = \($0)" } ?? ""
        return try await connection.all("""
            SELECT m.event_id, m.source, m.target, m.cameo, m.mode, m.date, s.number, s.text,
                   coalesce(d.external_id, CAST(d.id AS text)) AS doc
            FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
            WHERE m.event_id = \(eventID) \(unescaped: inMonth) ORDER BY m.id LIMIT \(limit)
            """).map { row in
            Evidence(eventID: try row.get("event_id"), source: try row.get("source"), target: try row.get("target"), cameo: try row.get("cameo"),
                     mode: try row.get("mode"), date: try row.get("date"), document: try row.get("doc"), sentenceNumber: try row.get("number"),
                     sentence: try row.get("text"))
        }
    }

    /// Each merged event's sides, date, QuadClass and Goldstein score (its first mention's,
    /// kept on the row), asserted and reported events with a mention only; `where` narrows
    /// the events first.
    static func eventScores(where condition: String) -> String {
        """
        SELECT e.source_side, e.target_side, e.date, e.quad_class, e.goldstein
        FROM event e
        WHERE e.mode IN ('asserted', 'reported') AND e.quad_class IS NOT NULL \(condition.isEmpty ? "" : "AND " + condition)
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
                // Events within one side (a government and its army) are no relation between
                // two, nor is a one-actor event (an empty target).
                guard source != target, !target.isEmpty else { return nil }
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
