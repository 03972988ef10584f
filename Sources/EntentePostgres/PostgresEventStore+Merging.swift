import EntenteCore
import EntenteStore
import PostgresNIO

/// The month partition an event (and its mentions) lives in: its year and month as one
/// number (202408), or 0 for undated, year-only and malformed dates.
enum PartitionMonth {
    /// Every undated event's `month` (below the first real month partition).
    static let undated = 0

    /// The month of a day.
    static func of(_ day: Day) -> Int { day.year * 100 + day.month }

    /// The partition month of an event dated `date`.
    static func of(_ date: String?) -> Int {
        guard let date else { return undated }
        let parts = date.utf8.prefix(7).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard date.utf8.count >= 7, parts.count == 2, let year = Int(String(decoding: parts[0], as: UTF8.self)),
              let month = Int(String(decoding: parts[1], as: UTF8.self)), (1000...9999).contains(year), (1...12).contains(month) else {
            return undated
        }
        return year * 100 + month
    }
}

extension PostgresEventStore {
    /// Makes the partitions for the months of `mentions`' dates that this process has not
    /// seen yet, in a transaction of their own: making one locks its parent table, which must
    /// not happen while this process holds other locks.
    func ensureMonths(of mentions: [Event]) async throws {
        let months = knownMonths.unknown(Set(mentions.map { PartitionMonth.of($0.date) }).subtracting([PartitionMonth.undated]))
        guard !months.isEmpty else { return }
        try await write { connection in
            for month in months.sorted() { try await connection.run("SELECT entente_ensure_month(\(month)::int)") }
        }
        knownMonths.add(months)
    }

    /// Takes a transaction-scoped advisory lock for each key, in the order of the lock ids,
    /// so two transactions taking overlapping sets can never wait on each other in a cycle.
    static func lock(_ keys: [String], _ connection: PostgresConnection) async throws {
        guard !keys.isEmpty else { return }
        try await connection.run("""
            SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(\(Array(Set(keys)))::text[]) AS k ORDER BY h) AS locks
            """)
    }

    /// The keys a write of `mentions` locks: each one's merge key (the events it may join)
    /// and each relationship whose facts it may change.
    ///
    /// A day-dated mention locks its merge key in five-day buckets, those its window reaches:
    /// two mentions can meet only in an event whose day lies in both windows, whose bucket both
    /// then lock, so writers of other weeks of one pair never wait on each other. A coarser or
    /// missing date locks the key with that date.
    static func lockKeys(_ mentions: [Event]) -> [String] {
        var keys: [String] = []
        for event in mentions {
            if let date = event.date, date.utf8.count == 10, let day = Day(iso: date) {
                let window = MergeRule.windowDays
                // The window spans four days, so its two ends name every bucket it reaches.
                for bucket in Set([day.daysSinceEpoch - window, day.daysSinceEpoch + window].map { Int((Double($0) / 5).rounded(.down)) }) {
                    keys.append(mergeKey(event) + " days \(bucket)")
                }
            } else {
                keys.append(mergeKey(event) + " " + (event.date ?? "undated"))
            }
            if let fact = RelationRules.fact(source: event.source, target: event.target, cameo: event.cameo, mode: event.mode, date: event.date) {
                keys.append("fact \(fact.actorA) \(fact.actorB) \(fact.kind.rawValue)")
            }
        }
        return keys
    }

    /// What makes two mentions candidates for one event, whatever their dates (see ``MergeRule``).
    static func mergeKey(_ event: Event) -> String {
        "merge \(MergeRule.side(event.source)) \(MergeRule.side(event.target)) \(MergeRule.family(of: event.cameo)) \(MergeRule.modeClass(of: event.mode))"
    }

    /// Replaces a document's sentences and mentions; when `linking`, each mention joins its
    /// event before it is written and its relation fact is recorded (the caller holds the
    /// locks of ``lockKeys(_:)``). A recode links them afterwards (``rebuildEvents()``).
    static func insertCoding(_ id: Int64, sentences: [Sentence], mentions: [Event], linking: Bool,
                             _ connection: PostgresConnection) async throws -> CompletedDocument {
        try await connection.run("DELETE FROM sentence WHERE document_id = \(id)")
        let tellingEvents = Set(mentions.map(\.sentence))
        var sentenceIDs: [Int: Int64] = [:]
        // All of a document's sentences in one statement: a round trip each was most of a write.
        let rows = try await connection.all("""
            INSERT INTO sentence (document_id, number, start, "end", text, tells_event)
            SELECT \(id), * FROM unnest(\(sentences.map(\.index))::int[], \(sentences.map(\.span.start))::int[],
                                        \(sentences.map(\.span.end))::int[], \(sentences.map { clean($0.text) })::text[],
                                        \(sentences.map { tellingEvents.contains($0.index) })::bool[])
            RETURNING id, number
            """)
        for row in rows { sentenceIDs[try row.get("number", Int.self)] = try row.get("id", Int64.self) }
        var outcome = CompletedDocument()
        for event in mentions {
            guard let sentenceID = sentenceIDs[event.sentence] else {
                throw EntenteError(.storeFailed, "event mention of sentence \(event.sentence), which was not stored")
            }
            var joined: (id: Int64, month: Int)?
            if linking {
                let (merged, isNew) = try await merge(event, documentID: id, connection)
                joined = merged
                if isNew { outcome.newEvents += 1 } else { outcome.mergedMentions += 1 }
            }
            let insert = MentionInsert(event: event, eventID: joined?.id, month: joined?.month ?? PartitionMonth.undated,
                                       documentID: id, sentenceID: sentenceID)
            for try await _ in try await connection.execute(insert, logger: Self.silent) {}
            if let joined, let change = try await recordFact(of: event, eventID: joined.id, eventMonth: joined.month, connection) {
                outcome.changes.append(RelationChange(started: change.started, ended: change.ended, sentence: event.sentence))
            }
        }
        return outcome
    }

    /// The event a new mention joins (see ``MergeRule``), or a new event for it; true when new.
    static func merge(_ event: Event, documentID: Int64, _ connection: PostgresConnection) async throws -> (event: (id: Int64, month: Int), isNew: Bool) {
        let (sourceSide, targetSide) = (MergeRule.side(event.source), MergeRule.side(event.target))
        let (family, modeClass) = (MergeRule.family(of: event.cameo), MergeRule.modeClass(of: event.mode))
        let existing: PostgresRandomAccessRow?
        if let date = event.date, date.utf8.count == 10, let day = Day(iso: date) {
            let window = MergeRule.windowDays
            let first = Day(daysSinceEpoch: day.daysSinceEpoch - window).map(PartitionMonth.of) ?? PartitionMonth.of(day)
            let last = Day(daysSinceEpoch: day.daysSinceEpoch + window).map(PartitionMonth.of) ?? PartitionMonth.of(day)
            existing = try await connection.first("""
                SELECT id, month FROM event
                WHERE source_side = \(sourceSide) AND target_side = \(targetSide) AND family = \(family) AND mode_class = \(modeClass)
                  AND length(date) = 10
                  AND date BETWEEN to_char(\(date)::date - \(MergeRule.windowDays)::int, 'YYYY-MM-DD') AND to_char(\(date)::date + \(MergeRule.windowDays)::int, 'YYYY-MM-DD')
                  AND month BETWEEN \(first)::int AND \(last)::int
                ORDER BY abs(date::date - \(date)::date), id LIMIT 1
                """)
        } else if let date = event.date {
            existing = try await connection.first("""
                SELECT id, month FROM event
                WHERE source_side = \(sourceSide) AND target_side = \(targetSide) AND family = \(family) AND mode_class = \(modeClass)
                  AND date = \(date) AND month = \(PartitionMonth.of(date))::int
                ORDER BY id LIMIT 1
                """)
        } else {
            // Undated: nothing says two documents tell one happening.
            existing = try await connection.first("""
                SELECT id, month FROM event e
                WHERE source_side = \(sourceSide) AND target_side = \(targetSide) AND family = \(family) AND mode_class = \(modeClass)
                  AND date IS NULL AND month = \(PartitionMonth.undated)::int
                  AND EXISTS (SELECT 1 FROM mention m WHERE m.event_id = e.id AND m.month = e.month AND m.document_id = \(documentID))
                ORDER BY id LIMIT 1
                """)
        }
        if let existing { return ((try existing.get("id"), try existing.get("month")), false) }
        let month = PartitionMonth.of(event.date)
        let row = try await connection.first("""
            INSERT INTO event (month, source, target, cameo, mode, date, date_precision, source_side, target_side, family, mode_class)
            VALUES (\(month)::int, \(event.source), \(event.target), \(event.cameo), \(event.mode.rawValue), \(event.date),
                    \(event.datePrecision?.rawValue), \(sourceSide), \(targetSide), \(family), \(modeClass))
            RETURNING id
            """)
        guard let id = try row?.get("id", Int64.self) else { throw EntenteError(.storeFailed, "the store gave no id to a new event") }
        return ((id, month), true)
    }

    /// Records the relation fact a mention's event establishes, if any (see ``RelationRules``).
    static func recordFact(of event: Event, eventID: Int64, eventMonth: Int, _ connection: PostgresConnection) async throws
        -> (started: RelationState, ended: RelationState?)? {
        guard let fact = RelationRules.fact(source: event.source, target: event.target, cameo: event.cameo, mode: event.mode, date: event.date) else {
            return nil
        }
        let (a, b, kind) = (fact.actorA, fact.actorB, fact.kind.rawValue)
        let before = try await connection.first("""
            SELECT state, since, event_id FROM relation_fact WHERE actor_a = \(a) AND actor_b = \(b) AND kind = \(kind) AND since <= \(fact.since)
            ORDER BY since DESC, id DESC LIMIT 1
            """)
        let previous = try before?.get("state", String.self)
        let state = RelationRules.state(fact, after: previous)
        // Already in this state: the event confirms it and changes nothing.
        guard previous != state else { return nil }
        let started = RelationState(actorA: a, actorB: b, kind: kind, state: state, since: fact.since, eventID: eventID)
        let ended = try before.map { row in
            RelationState(actorA: a, actorB: b, kind: kind, state: try row.get("state"), since: try row.get("since"), eventID: try row.get("event_id"))
        }
        // An earlier report of a state already recorded from a later date moves its start back.
        if let next = try await connection.first("""
            SELECT id, state FROM relation_fact WHERE actor_a = \(a) AND actor_b = \(b) AND kind = \(kind) AND since > \(fact.since)
            ORDER BY since, id LIMIT 1
            """), try next.get("state", String.self) == state {
            try await connection.run("""
                UPDATE relation_fact SET since = \(fact.since), event_id = \(eventID), event_month = \(eventMonth)::int WHERE id = \(try next.get("id", Int64.self))
                """)
            return (started, ended)
        }
        let inserted = try await connection.count("""
            INSERT INTO relation_fact (actor_a, actor_b, kind, state, since, event_id, event_month)
            VALUES (\(a), \(b), \(kind), \(state), \(fact.since), \(eventID), \(eventMonth)::int)
            ON CONFLICT DO NOTHING RETURNING 1
            """)
        return inserted > 0 ? (started, ended) : nil
    }
}
