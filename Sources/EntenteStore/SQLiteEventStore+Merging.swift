import EntenteCore
import GRDB

extension SQLiteEventStore {
    /// Joins a stored mention to its event (see ``merge(_:mentionID:documentID:_:)``) and
    /// records the relation fact it establishes; whether the event is new, and the change of
    /// state, if any. The rebuild after a recode goes through here; ingest merges before it
    /// writes a mention (``insertCoding(_:sentences:mentions:linking:_:)``).
    static func link(_ event: Event, mentionID: Int64, documentID: Int64, _ db: Database) throws
        -> (isNew: Bool, change: (started: RelationState, ended: RelationState?)?) {
        let (eventID, isNew) = try merge(event, mentionID: mentionID, documentID: documentID, db)
        try db.executeCached(sql: "UPDATE mention SET event_id = ? WHERE id = ?", arguments: [eventID, mentionID])
        return (isNew, try recordFact(of: event, eventID: eventID, db))
    }

    /// Records the relation fact a mention's event establishes, if any (see ``RelationRules``).
    static func recordFact(of event: Event, eventID: Int64, _ db: Database) throws -> (started: RelationState, ended: RelationState?)? {
        guard let fact = RelationRules.fact(source: event.source, target: event.target, cameo: event.cameo, mode: event.mode, date: event.date) else {
            return nil
        }
        return try record(fact, eventID: eventID, db)
    }

    /// The event a new mention joins (see ``MergeRule``), or a new event for it; true when new.
    static func merge(_ event: Event, mentionID: Int64, documentID: Int64, _ db: Database) throws -> (id: Int64, isNew: Bool) {
        let match: StatementArguments = [MergeRule.side(event.source), MergeRule.side(event.target), MergeRule.family(of: event.cameo),
                                         MergeRule.modeClass(of: event.mode)]
        let sameHappening = "source_side = ? AND target_side = ? AND family = ? AND mode_class = ?"
        let existing: Int64?
        if let date = event.date, MergeRule.isDay(date) {
            let window = MergeRule.windowDays
            existing = try db.fetchOneCached(Int64.self, sql: """
                SELECT id FROM event
                WHERE \(sameHappening) AND length(date) = 10 AND date BETWEEN date(?, ?) AND date(?, ?)
                ORDER BY abs(julianday(date) - julianday(?)), id LIMIT 1
                """, arguments: match + [date, "-\(window) days", date, "+\(window) days", date])
        } else if let date = event.date {
            existing = try db.fetchOneCached(Int64.self, sql: "SELECT id FROM event WHERE \(sameHappening) AND date = ? ORDER BY id LIMIT 1",
                                          arguments: match + [date])
        } else {
            // Undated: nothing says two documents tell one happening.
            existing = try db.fetchOneCached(Int64.self, sql: """
                SELECT id FROM event e WHERE \(sameHappening) AND date IS NULL
                  AND EXISTS (SELECT 1 FROM mention m WHERE m.event_id = e.id AND m.document_id = ?)
                ORDER BY id LIMIT 1
                """, arguments: match + [documentID])
        }
        if let existing { return (existing, false) }
        try db.executeCached(
            sql: """
                INSERT INTO event (merge_key, source, target, cameo, mode, date, date_precision, source_side, target_side, family, mode_class)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: ["mention:\(mentionID)", event.source, event.target, event.cameo, event.mode.rawValue, event.date,
                        event.datePrecision?.rawValue] + match
        )
        return (db.lastInsertedRowID, true)
    }

    /// Records a fact an event establishes, when it changes the relationship's state; returns
    /// the state it started and the one it ended.
    static func record(_ fact: RelationRules.Fact, eventID: Int64, _ db: Database) throws -> (started: RelationState, ended: RelationState?)? {
        let dyad: StatementArguments = [fact.actorA, fact.actorB, fact.kind.rawValue]
        let before = try db.rowCached(sql: """
            SELECT state, since, event_id FROM relation_fact WHERE actor_a = ? AND actor_b = ? AND kind = ? AND since <= ?
            ORDER BY since DESC, id DESC LIMIT 1
            """, arguments: dyad + [fact.since])
        let previous: String? = before?["state"]
        let state = RelationRules.state(fact, after: previous)
        // The relationship is already in this state: the event confirms it and changes nothing.
        guard previous != state else { return nil }
        let started = RelationState(actorA: fact.actorA, actorB: fact.actorB, kind: fact.kind.rawValue, state: state, since: fact.since, eventID: eventID)
        let ended = before.map { row in
            RelationState(actorA: fact.actorA, actorB: fact.actorB, kind: fact.kind.rawValue, state: row["state"], since: row["since"], eventID: row["event_id"])
        }
        // An earlier report of a state already recorded from a later date moves its start back
        // instead of adding a second start.
        if let next = try db.rowCached(sql: """
            SELECT id, state FROM relation_fact WHERE actor_a = ? AND actor_b = ? AND kind = ? AND since > ?
            ORDER BY since, id LIMIT 1
            """, arguments: dyad + [fact.since]), next["state"] as String == state {
            try db.executeCached(sql: "UPDATE relation_fact SET since = ?, event_id = ? WHERE id = ?", arguments: [fact.since, eventID, next["id"] as Int64])
            return (started, ended)
        }
        try db.executeCached(sql: """
            INSERT INTO relation_fact (actor_a, actor_b, kind, state, since, event_id) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, arguments: dyad + [state, fact.since, eventID])
        return db.changesCount > 0 ? (started, ended) : nil
    }
}
