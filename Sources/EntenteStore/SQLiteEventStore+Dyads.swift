import EntenteCore
import GRDB

extension SQLiteEventStore {
    public func dyad(_ first: String, _ second: String, asOf date: String?, recent: Int) async throws -> DyadReport {
        let a = MergeRule.side(first)
        let b = MergeRule.side(second)
        let asOf = date ?? "9999-12-31"
        let (stored, recentEvents) = try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, actor_a, actor_b, kind, state, since, event_id FROM relation_fact
                WHERE ((actor_a = ? AND actor_b = ?) OR (actor_a = ? AND actor_b = ?)) AND since <= ?
                ORDER BY kind, actor_a, since, id
                """, arguments: [a, b, b, a, asOf])
            var facts: [DyadFact] = []
            for (index, row) in rows.enumerated() {
                let state = RelationState(actorA: row["actor_a"], actorB: row["actor_b"], kind: row["kind"], state: row["state"],
                                          since: row["since"], eventID: row["event_id"])
                let next = rows.indices.contains(index + 1) ? rows[index + 1] : nil
                let sameRelationship = next.map { ($0["kind"] as String, $0["actor_a"] as String) == (state.kind, state.actorA) } ?? false
                facts.append(DyadFact(state: state, until: sameRelationship ? next?["since"] : nil,
                                      evidence: try Self.evidence(of: state.eventID, db)))
            }
            // The latest events are picked first (the pair index), then counted one by one.
            let recentRows = try Row.fetchAll(db, sql: """
                SELECT e.*, \(Self.eventCounts)
                FROM (SELECT * FROM event
                      WHERE ((source_side = ? AND target_side = ?) OR (source_side = ? AND target_side = ?))
                        AND (date IS NULL OR date <= ?)
                      ORDER BY date DESC, id DESC LIMIT ?) e
                ORDER BY e.date DESC, e.id DESC
                """, arguments: [a, b, b, a, asOf, max(0, recent)])
            return (facts, recentRows.map(Self.mergedEvent))
        }
        // Two members of one bloc are allied: derived from their memberships, as in
        // ``relations(asOf:actor:)``.
        let memberships = try await read { db in try Self.latestStates(asOf: date, memberships: [a, b], db) }
        let allied = RelationRules.alliances(from: memberships).filter { Set([$0.actorA, $0.actorB]) == Set([a, b]) }
        var facts = stored
        for state in allied {
            facts.append(DyadFact(state: state, until: nil, evidence: try await read { db in try Self.evidence(of: state.eventID, db) }))
        }
        return DyadReport(dyad: [first, second], asOf: date, facts: facts, recent: recentEvents,
                          series: try await dailySeries(first, second, asOf: date))
    }

    /// An event's counts as GDELT gives them, as result columns of a query over `event e`:
    /// its mentions, the documents (articles) and the outlets (sources) that tell it. Each is
    /// looked up through the mention_event index for the events already chosen, never counted
    /// for a whole table.
    static let eventCounts = """
        (SELECT count(*) FROM mention WHERE event_id = e.id) AS mentions,
        (SELECT count(DISTINCT document_id) FROM mention WHERE event_id = e.id) AS documents,
        (SELECT count(DISTINCT coalesce(dd.outlet, 'document ' || dd.id)) FROM mention mm
         JOIN document dd ON dd.id = mm.document_id WHERE mm.event_id = e.id) AS sources
        """

    /// The sentences behind an event, first mentions first.
    static func evidence(of eventID: Int64, limit: Int = 5, _ db: Database) throws -> [Evidence] {
        try Row.fetchAll(db, sql: """
            SELECT m.event_id, m.source, m.target, m.cameo, m.mode, m.date, s.number, s.text,
                   coalesce(d.external_id, CAST(d.id AS TEXT)) AS doc
            FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
            WHERE m.event_id = ? ORDER BY m.id LIMIT ?
            """, arguments: [eventID, limit]).map { row in
            Evidence(eventID: row["event_id"], source: row["source"], target: row["target"], cameo: row["cameo"], mode: row["mode"],
                     date: row["date"], document: row["doc"], sentenceNumber: row["number"], sentence: row["text"])
        }
    }

    /// A merged event from a row of `event` with `mentions`, `documents` and `sources` counts.
    static func mergedEvent(_ row: Row) -> MergedEvent {
        MergedEvent(
            id: row["id"], source: row["source"], target: row["target"], cameo: row["cameo"], mode: row["mode"],
            date: row["date"], datePrecision: row["date_precision"], mentions: row["mentions"], documents: row["documents"],
            sources: row["sources"]
        )
    }
}
