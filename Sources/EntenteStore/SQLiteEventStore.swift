import EntenteCore
import Foundation
import GRDB

/// The embedded store: one SQLite file, opened in WAL mode with a busy timeout so that two
/// processes (an ingest and a query, say) can share it.
public final class SQLiteEventStore: EventStore {
    /// The default file, in the working directory.
    public static let defaultPath = "entente.sqlite"

    private let pool: DatabasePool
    /// This process, recorded on documents in flight.
    private let pid = Int64(ProcessInfo.processInfo.processIdentifier)

    /// Opens (creating and migrating if needed) the store at `path`; a write waits up to
    /// `busyTimeout` seconds for another process's write to finish, and opening waits as long
    /// for another process opening the same new file.
    public init(path: String, busyTimeout: Double = 10) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        // In WAL mode, NORMAL syncs at checkpoints, not at every commit: a commit survives a
        // crash or kill -9 of the process (the WAL is written before COMMIT returns); only a
        // power cut can lose the last commits, never corrupt the file. A sync per document
        // made storage, not coding, the bottleneck of ingest.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768") }
        do {
            pool = try SQLiteOpening.openMigrated(path: path, configuration: configuration, patience: busyTimeout)
        } catch {
            throw EntenteError(.storeFailed, "cannot open the store", at: .init(file: path), cause: error)
        }
    }

    public func beginAll(_ documents: [IncomingDocument]) async throws -> [Admission] {
        let pid = self.pid
        return try await write { db in try documents.map { try Self.admit($0, pid: pid, db) } }
    }

    /// Admits one document (see ``beginAll(_:)``).
    private static func admit(_ incoming: IncomingDocument, pid: Int64, _ db: Database) throws -> Admission {
        let identity = incoming.identity
        if let row = try db.rowCached(sql: "SELECT id, status, error, coder_pid FROM document WHERE identity = ?", arguments: [identity]) {
            let id: Int64 = row["id"]
            switch row["status"] as String {
            case "coded": return .alreadyCoded(id)
            case "failed": return .failedBefore(id, error: row["error"] ?? "")
            default:
                // This run (a second copy in one input) or another live run is coding it:
                // that coding stores it.
                if let owner: Int64 = row["coder_pid"], owner == pid || StoreProcess.isAlive(owner) { return .codingElsewhere(id) }
                // Released for a retry, or left by a dead run recovery has not seen yet:
                // this run codes it.
                try db.executeCached(sql: "UPDATE document SET coder_pid = ? WHERE id = ?", arguments: [pid, id])
                return .code(id)
            }
        }
        let document = incoming.document
        try db.executeCached(
            sql: """
                INSERT INTO document (identity, external_id, url, outlet, title, published, text, ingested_at,
                                      dictionary_version, status, coder_pid, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coding', ?, ?)
                """,
            arguments: [identity, incoming.externalID, document.url, document.source, document.title, document.date?.iso,
                        document.text, StoreProcess.timestamp(), incoming.dictionaryVersion, pid, document.language ?? "en"]
        )
        return .code(db.lastInsertedRowID)
    }

    public func completeAll(_ codings: [DocumentCoding]) async throws -> [CompletedDocument] {
        try await write { db in
            try codings.map { coding in
                let outcome = try Self.insertCoding(coding.id, sentences: coding.sentences, mentions: coding.mentions, linking: true, db)
                try db.executeCached(sql: "UPDATE document SET status = 'coded', error = NULL, coder_pid = NULL WHERE id = ?", arguments: [coding.id])
                return outcome
            }
        }
    }

    /// Replaces a document's sentences and mentions (its earlier ones go, with their links
    /// to events). When `linking`, each mention joins its event before it is written (see
    /// ``merge(_:mentionID:documentID:_:)``), so it is written once, and the relation facts
    /// are recorded; a recode links them all afterwards instead (``rebuildEvents()``).
    @discardableResult
    static func insertCoding(_ id: Int64, sentences: [Sentence], mentions: [Event], linking: Bool, _ db: Database) throws -> CompletedDocument {
        try db.executeCached(sql: "DELETE FROM sentence WHERE document_id = ?", arguments: [id])
        var sentenceIDs: [Int: Int64] = [:]
        let tellingEvents = Set(mentions.map(\.sentence))
        for sentence in sentences {
            try db.executeCached(
                sql: #"INSERT INTO sentence (document_id, number, start, "end", text, tells_event) VALUES (?, ?, ?, ?, ?, ?)"#,
                arguments: [id, sentence.index, sentence.span.start, sentence.span.end, sentence.text, tellingEvents.contains(sentence.index)]
            )
            sentenceIDs[sentence.index] = db.lastInsertedRowID
        }
        var outcome = CompletedDocument()
        // Ids are given, not taken from the insert: a new event is keyed by its first mention.
        var mentionID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM mention") ?? 1
        for event in mentions {
            guard let sentenceID = sentenceIDs[event.sentence] else {
                throw EntenteError(.storeFailed, "event mention of sentence \(event.sentence), which was not stored")
            }
            var eventID: Int64?
            if linking {
                let (merged, isNew) = try merge(event, mentionID: mentionID, documentID: id, db)
                eventID = merged
                if isNew { outcome.newEvents += 1 } else { outcome.mergedMentions += 1 }
            }
            try db.executeCached(
                sql: """
                    INSERT INTO mention (id, event_id, document_id, sentence_id, source, target, cameo, root, plover, plover_mode,
                        plover_context, goldstein, quad_class, mode, reporter, date, date_precision, place, source_text,
                        target_text, source_start, source_end, target_start, target_end, trigger, trigger_start,
                        trigger_end, pattern)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    mentionID, eventID, id, sentenceID, event.source, event.target, event.cameo, event.root, event.plover, event.ploverMode,
                    event.ploverContext, event.goldstein, event.quadClass, event.mode.rawValue, event.reporter, event.date,
                    event.datePrecision?.rawValue, event.place, event.sourceText, event.targetText, event.sourceSpan.start,
                    event.sourceSpan.end, event.targetSpan.start, event.targetSpan.end, event.trigger,
                    event.triggerSpan.start, event.triggerSpan.end, event.pattern,
                ]
            )
            if let eventID, let change = try recordFact(of: event, eventID: eventID, db) {
                outcome.changes.append(RelationChange(started: change.started, ended: change.ended, sentence: event.sentence))
            }
            mentionID += 1
        }
        return outcome
    }

    public func fail(_ id: Int64, error: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE document SET status = 'failed', error = ?, coder_pid = NULL WHERE id = ?", arguments: [error, id])
        }
    }

    public func recoverInterrupted(crashed: Set<Int64>, culprits: Set<Int64>) async throws -> [StoredDocument] {
        try await write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, external_id, coder_pid FROM document WHERE status = 'coding' AND coder_pid IS NOT NULL ORDER BY id")
            var byDeadProcess: [Int64: [Row]] = [:]
            for row in rows {
                // A live process is still coding it; only a dead one's documents are stuck.
                let pid: Int64 = row["coder_pid"]
                if !StoreProcess.isAlive(pid) { byDeadProcess[pid, default: []].append(row) }
            }
            var recovered: [StoredDocument] = []
            for (pid, documents) in byDeadProcess.sorted(by: { $0.key < $1.key }) {
                let named = documents.filter { culprits.contains($0["id"]) }
                // The document the crash handler named, or else the only one in flight when
                // the run crashed: it is the one that killed the run.
                let guilty = !named.isEmpty ? named : (crashed.contains(pid) && documents.count == 1 ? documents : [])
                let guiltyIDs = Set(guilty.map { $0["id"] as Int64 })
                for row in documents {
                    let id: Int64 = row["id"]
                    if guiltyIDs.contains(id) {
                        let error = "the coding process stopped while coding this document (a crash or a kill); not retried"
                        try db.execute(sql: "UPDATE document SET status = 'failed', error = ?, coder_pid = NULL WHERE id = ?", arguments: [error, id])
                        recovered.append(StoredDocument(id: id, externalID: row["external_id"], status: "failed", error: error))
                    } else {
                        // Killed from outside (nothing to blame), crashed with several in flight
                        // and none named (any may be the culprit), or merely waiting beside the
                        // named one: released to be coded again alone, where a poison one is caught.
                        try db.execute(sql: "UPDATE document SET coder_pid = NULL WHERE id = ?", arguments: [id])
                        recovered.append(StoredDocument(id: id, externalID: row["external_id"], status: "coding", error: nil))
                    }
                }
            }
            return recovered.sorted { $0.id < $1.id }
        }
    }

    public func claimPending() async throws -> (id: Int64, externalID: String?, document: Document)? {
        let pid = self.pid
        return try await write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM document WHERE status = 'coding' AND coder_pid IS NULL ORDER BY id LIMIT 1
                """) else { return nil }
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE document SET coder_pid = ? WHERE id = ?", arguments: [pid, id])
            return (id, row["external_id"], Self.storedDocument(row))
        }
    }

    public func mentions(_ query: MentionQuery) async throws -> [Event] {
        try await read { db in
            var (filter, arguments) = Self.filter(query, table: "m")
            arguments += [max(0, query.limit)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.*, s.number AS sentence_number, s.text AS sentence_text,
                       coalesce(d.external_id, CAST(d.id AS TEXT)) AS doc
                FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
                \(filter) ORDER BY m.document_id, s.number, m.id LIMIT ?
                """, arguments: arguments)
            return try rows.map(Self.event)
        }
    }

    public func mergedEvents(_ query: MentionQuery) async throws -> [MergedEvent] {
        try await read { db in
            var (filter, arguments) = Self.filter(query, table: "e")
            arguments += [max(0, query.limit)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.*, \(Self.eventCounts)
                FROM (SELECT * FROM event e \(filter) ORDER BY e.date, e.id LIMIT ?) e
                ORDER BY e.date, e.id
                """, arguments: arguments)
            return rows.map(Self.mergedEvent)
        }
    }

    public func relations(asOf date: String?, actor: String?) async throws -> [RelationState] {
        let latest = try await read { db in try Self.latestStates(asOf: date, db) }
        let all = (latest + RelationRules.alliances(from: latest)).sorted { ($0.actorA, $0.actorB, $0.kind) < ($1.actorA, $1.actorB, $1.kind) }
        guard let actor else { return all }
        return all.filter { $0.actorA.hasPrefix(actor) || $0.actorB.hasPrefix(actor) }
    }

    /// The latest fact of each relationship dated on or before `date`; with `memberships`,
    /// only the bloc memberships of those sides and of the blocs they belong to.
    static func latestStates(asOf date: String?, memberships sides: [String]? = nil, _ db: Database) throws -> [RelationState] {
        var only = ""
        var arguments: StatementArguments = [date ?? "9999-12-31", date ?? "9999-12-31"]
        if let sides {
            // Every member of a bloc either side belongs to: allied pairs come from them.
            let marks = sides.map { _ in "?" }.joined(separator: ", ")
            only = """
                AND f.kind = 'alliance' AND f.state = 'member' AND (f.actor_a IN (\(marks)) OR f.actor_b IN (\(marks))
                  OR f.actor_a IN (SELECT actor_a FROM relation_fact WHERE kind = 'alliance' AND actor_b IN (\(marks)))
                  OR f.actor_b IN (SELECT actor_b FROM relation_fact WHERE kind = 'alliance' AND actor_a IN (\(marks))))
                """
            arguments += StatementArguments(sides + sides + sides + sides)
        }
        return try Row.fetchAll(db, sql: """
            SELECT f.actor_a, f.actor_b, f.kind, f.state, f.since, f.event_id
            FROM relation_fact f
            WHERE f.since <= ? AND NOT EXISTS (
                SELECT 1 FROM relation_fact later
                WHERE later.actor_a = f.actor_a AND later.actor_b = f.actor_b AND later.kind = f.kind
                  AND later.since <= ? AND (later.since > f.since OR (later.since = f.since AND later.id > f.id))
            ) \(only)
            ORDER BY f.actor_a, f.actor_b, f.kind
            """, arguments: arguments).map { row in
            RelationState(actorA: row["actor_a"], actorB: row["actor_b"], kind: row["kind"], state: row["state"],
                          since: row["since"], eventID: row["event_id"])
        }
    }

    public func exportEvents(_ query: MentionQuery) async throws -> [ExportEvent] {
        try await read { db in
            var (filter, arguments) = Self.filter(query, table: "e")
            arguments += [max(0, query.limit)]
            // The filter picks events first; each one's counts and first mention are then
            // looked up through the mention_event index, never counted for the whole table.
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.*, \(Self.eventCounts),
                       m.source_text, m.target_text, m.goldstein, m.quad_class,
                       m.plover, m.plover_mode, m.plover_context, m.place, s.text AS sentence_text, s.number AS sentence_number,
                       coalesce(d.external_id, CAST(d.id AS TEXT)) AS doc, d.id AS document_row_id, d.url, d.outlet, d.ingested_at
                FROM event e
                JOIN mention m ON m.id = (SELECT min(id) FROM mention WHERE event_id = e.id)
                JOIN sentence s ON s.id = m.sentence_id
                JOIN document d ON d.id = m.document_id
                \(filter) ORDER BY e.date, e.id LIMIT ?
                """, arguments: arguments)
            return rows.map { row in
                ExportEvent(
                    event: MergedEvent(id: row["id"], source: row["source"], target: row["target"], cameo: row["cameo"], mode: row["mode"],
                                       date: row["date"], datePrecision: row["date_precision"], mentions: row["mentions"], documents: row["documents"],
                                       sources: row["sources"]),
                    sourceText: row["source_text"], targetText: row["target_text"], sentence: row["sentence_text"],
                    sentenceNumber: row["sentence_number"], documentID: row["doc"], url: row["url"], outlet: row["outlet"],
                    place: row["place"], ingestedAt: row["ingested_at"], goldstein: row["goldstein"], quadClass: row["quad_class"],
                    plover: row["plover"], ploverMode: row["plover_mode"], ploverContext: row["plover_context"],
                    storedDocumentID: row["document_row_id"]
                )
            }
        }
    }

    public func counts() async throws -> StoreCounts {
        try await read { db in
            var documents: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM document GROUP BY status") {
                documents[row["status"]] = row["n"]
            }
            return StoreCounts(
                documents: documents,
                sentences: try Int.fetchOne(db, sql: "SELECT count(*) FROM sentence") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0
            )
        }
    }

    /// The WHERE clause of a query over `mention` (alias `m`) or `event` (alias `e`), and its
    /// arguments; values are bound, never spliced into SQL.
    static func filter(_ query: MentionQuery, table: String) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // The event a row belongs to: the row itself, or a mention's merged event.
        let event = table == "e" ? "e.id" : "\(table).event_id"
        if let actor = query.actor {
            conditions.append("(\(table).source LIKE ? || '%' OR \(table).target LIKE ? || '%')")
            arguments += [actor, actor]
        }
        if let dyad = query.dyad, dyad.count == 2 {
            let (a, b) = (MergeRule.side(dyad[0]), MergeRule.side(dyad[1]))
            // On events, the pair index serves the two directions directly.
            conditions.append(table == "e" ? "((e.source_side = ? AND e.target_side = ?) OR (e.source_side = ? AND e.target_side = ?))"
                : "\(event) IN (SELECT id FROM event WHERE (source_side = ? AND target_side = ?) OR (source_side = ? AND target_side = ?))")
            arguments += [a, b, b, a]
        }
        for prefix in [query.cameo, query.root].compactMap({ $0 }) {
            conditions.append("\(table).cameo LIKE ? || '%'")
            arguments += [prefix]
        }
        // A coarser date ("2024-08") is compared with the bound cut to its length.
        if let from = query.from {
            conditions.append("\(table).date >= substr(?, 1, length(\(table).date))")
            arguments += [from]
        }
        if let to = query.to {
            conditions.append("\(table).date <= substr(?, 1, length(\(table).date))")
            arguments += [to]
        }
        if let mode = query.mode {
            conditions.append("\(table).mode = ?")
            arguments += [mode]
        }
        if let id = query.event {
            conditions.append("\(event) = ?")
            arguments += [id]
        }
        if let document = query.document {
            conditions.append(table == "e" ? "e.id IN (SELECT event_id FROM mention WHERE document_id = ?)" : "\(table).document_id = ?")
            arguments += [document]
        }
        if let after = query.after, table == "e" {
            // Undated events come first (SQLite sorts NULL lowest), then by date and id.
            if let date = after.date {
                conditions.append("(e.date, e.id) > (?, ?)")
                arguments += [date, after.id]
            } else {
                conditions.append("(e.date IS NOT NULL OR e.id > ?)")
                arguments += [after.id]
            }
        }
        if let text = query.text {
            let sentences = "SELECT rowid FROM sentence_text WHERE sentence_text MATCH ?"
            if table == "e" {
                conditions.append("e.id IN (SELECT event_id FROM mention WHERE sentence_id IN (\(sentences)))")
            } else {
                conditions.append("\(table).sentence_id IN (\(sentences))")
            }
            // As one phrase: words a user types are never FTS5 syntax.
            arguments += ["\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The event record of a stored mention row.
    static func event(_ row: Row) throws -> Event {
        let cameo: String = row["cameo"]
        guard let type = CAMEO.type(cameo) else {
            throw EntenteError(.storeFailed, "stored mention has an unknown CAMEO code \(cameo)")
        }
        return Event(
            docID: row["doc"], sentence: row["sentence_number"], text: row["sentence_text"], source: row["source"],
            target: row["target"], sourceText: row["source_text"], targetText: row["target_text"],
            sourceSpan: TextSpan(start: row["source_start"], end: row["source_end"]),
            targetSpan: TextSpan(start: row["target_start"], end: row["target_end"]), type: type,
            mode: EventMode(rawValue: row["mode"]) ?? .asserted, reporter: row["reporter"], date: row["date"],
            datePrecision: (row["date_precision"] as String?).flatMap(DatePrecision.init(rawValue:)), place: row["place"],
            trigger: row["trigger"], triggerSpan: TextSpan(start: row["trigger_start"], end: row["trigger_end"]),
            pattern: row["pattern"]
        )
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await refusing("a write") { try await pool.write(body) }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await refusing("a read") { try await pool.read(body) }
    }

    /// Runs a database access, turning GRDB's errors into the store's.
    private func refusing<T>(_ what: String, _ access: () async throws -> T) async throws -> T {
        do {
            return try await access()
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storeFailed, "the store refused \(what)", cause: error)
        }
    }
}
