import EntenteCore
import EntenteStore
import Foundation
import PostgresNIO

/// What a queued job asks for: a document to code, or a URL to fetch and code.
public struct QueuedInput: Codable, Sendable, Hashable {
    /// A document, read when it was enqueued.
    public var document: QueuedDocument?
    /// A page or feed to fetch when a worker takes the job.
    public var url: String?
    /// The publication date for documents that carry none (`YYYY-MM-DD`).
    public var defaultDate: String?

    /// A document to code.
    public init(document: QueuedDocument) {
        self.document = document
    }

    /// A URL to fetch and code.
    public init(url: String, defaultDate: String?) {
        self.url = url
        self.defaultDate = defaultDate
    }

    /// A short name for status lines.
    public var summary: String { url ?? document?.externalID ?? document.map { String($0.text.prefix(40)) } ?? "?" }
}

/// A document as the queue holds it (the fields of ``Document`` a coding needs).
public struct QueuedDocument: Codable, Sendable, Hashable {
    /// The id the input gave it.
    public var externalID: String
    /// Whether that id is the document's identity (a JSONL record's own id).
    public var externalIDIsIdentity: Bool
    /// The document.
    public var text: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var date: String?
    public var language: String?

    /// Keeps `document`, read as `externalID`.
    public init(externalID: String, document: Document, externalIDIsIdentity: Bool) {
        self.externalID = externalID
        self.externalIDIsIdentity = externalIDIsIdentity
        text = document.text
        title = document.title
        url = document.url
        outlet = document.source
        date = document.date?.iso
        language = document.language
    }

    /// The document again.
    public var document: Document {
        Document(id: externalIDIsIdentity ? externalID : nil, date: date.flatMap(Day.init(iso:)), url: url, source: outlet, title: title,
                 text: text, language: language)
    }
}

/// A job a worker holds under a lease.
public struct LeasedJob: Sendable, Hashable {
    /// The job's id.
    public var id: Int64
    /// What it asks for.
    public var input: QueuedInput
    /// How many times it has been leased, this time included.
    public var attempts: Int
}

/// A job coded: the documents it gave (a URL may give a feed's many), each with its coding.
public struct FinishedJob: Sendable {
    /// The job.
    public var job: Int64
    /// Each document and what coding it found.
    public var documents: [(incoming: IncomingDocument, sentences: [Sentence], mentions: [Event])]

    /// Creates a finished job.
    public init(job: Int64, documents: [(incoming: IncomingDocument, sentences: [Sentence], mentions: [Event])]) {
        self.job = job
        self.documents = documents
    }
}

/// What storing a finished job did.
public struct JobOutcome: Sendable {
    /// False when the job's lease had passed to another worker: nothing was written.
    public var stored: Bool
    /// What each newly coded document changed (documents already in the store add nothing).
    public var documents: [CompletedDocument]
}

/// The queue's state, for `entente queue status`.
public struct QueueStatus: Sendable {
    /// Jobs by status: `pending`, `leased`, `done`, `parked`.
    public var jobs: [String: Int]
    /// Pending jobs waiting to retry after a failure.
    public var retrying: Int
    /// Parked jobs, newest first: id, attempts, error and what they asked for.
    public var parked: [(id: Int64, attempts: Int, error: String, input: String)]
}

extension PostgresEventStore {
    /// How many leases a job gets before it is parked for a person to look at.
    public static let maximumAttempts = 3

    /// Puts inputs in the queue, in one transaction; their ids, in order.
    public func enqueue(_ inputs: [QueuedInput]) async throws -> [Int64] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let kinds = inputs.map { $0.url == nil ? "document" : "url" }
        let payloads = try inputs.map { Self.clean(String(decoding: try encoder.encode($0), as: UTF8.self)) }
        return try await write { connection in
            try await connection.all("""
                INSERT INTO job (kind, payload) SELECT * FROM unnest(\(kinds)::text[], \(payloads)::text[]) RETURNING id
                """).map { try $0.get("id", Int64.self) }
        }
    }

    /// Leases up to `limit` jobs to `worker` for `seconds`. With `retries`, only jobs tried
    /// before (a failure, or a worker that died holding them), so each is retried alone and a
    /// poison job cannot take others down with it; else only fresh ones. Jobs whose lease
    /// ran out ``maximumAttempts`` times are parked first.
    public func lease(worker: String, limit: Int, seconds: Int, retries: Bool) async throws -> [LeasedJob] {
        let maximum = Self.maximumAttempts
        let rows = try await write { connection in
            try await connection.run("""
                UPDATE job SET status = 'parked', leased_by = NULL, lease_until = NULL,
                    last_error = coalesce(last_error || '; ', '') || 'a worker stopped (crashed or was killed) while holding it, ' || attempts || ' time(s)'
                WHERE status = 'leased' AND lease_until < now() AND attempts >= \(maximum)
                """)
            return try await connection.all("""
                UPDATE job SET status = 'leased', leased_by = \(worker), lease_until = now() + make_interval(secs => \(Double(seconds))),
                               attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM job
                    WHERE ((status = 'pending' AND not_before <= now()) OR (status = 'leased' AND lease_until < now()))
                      AND (attempts > 0) = \(retries)
                    ORDER BY not_before, id LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING id, payload, attempts
                """).map { (id: try $0.get("id", Int64.self), payload: try $0.get("payload", String.self), attempts: try $0.get("attempts", Int.self)) }
        }
        let decoder = JSONDecoder()
        return try rows.sorted { $0.id < $1.id }.map { row in
            LeasedJob(id: row.id, input: try decoder.decode(QueuedInput.self, from: Data(row.payload.utf8)), attempts: row.attempts)
        }
    }

    /// Stores finished jobs, each with its documents, their mentions, merged events and fact
    /// updates, in one transaction with the jobs' completion. A job whose lease another
    /// worker has taken since is left alone (that worker stores it); a document already in
    /// the store (the same story enqueued twice, or a job retried after its commit was lost)
    /// is not written again.
    public func finish(_ jobs: [FinishedJob], worker: String) async throws -> [JobOutcome] {
        let documents = jobs.flatMap(\.documents)
        try await ensureMonths(of: documents.flatMap(\.mentions))
        let (pid, host) = (self.pid, self.host)
        return try await write { connection in
            try await Self.lock(documents.map { "document " + $0.incoming.identity } + Self.lockKeys(documents.flatMap(\.mentions)), connection)
            var outcomes: [JobOutcome] = []
            for job in jobs {
                let held = try await connection.count("""
                    SELECT 1 FROM job WHERE id = \(job.job) AND status = 'leased' AND leased_by = \(worker) FOR UPDATE
                    """)
                guard held > 0 else {
                    outcomes.append(JobOutcome(stored: false, documents: []))
                    continue
                }
                var completed: [CompletedDocument] = []
                var firstDocument: Int64?
                for document in job.documents {
                    switch try await Self.admit(document.incoming, pid: pid, host: host, connection) {
                    case .code(let id):
                        completed.append(try await Self.insertCoding(id, sentences: document.sentences, mentions: document.mentions, linking: true, connection))
                        try await connection.run("UPDATE document SET status = 'coded', error = NULL, coder_pid = NULL, coder_host = NULL WHERE id = \(id)")
                        firstDocument = firstDocument ?? id
                    case .alreadyCoded(let id), .codingElsewhere(let id), .failedBefore(let id, _):
                        firstDocument = firstDocument ?? id
                    }
                }
                try await connection.run("""
                    UPDATE job SET status = 'done', done_at = now(), leased_by = NULL, lease_until = NULL, last_error = NULL,
                                   document_id = \(firstDocument)
                    WHERE id = \(job.job)
                    """)
                outcomes.append(JobOutcome(stored: true, documents: completed))
            }
            return outcomes
        }
    }

    /// Records that a job failed: tried again after `delay` seconds, or parked with `error`
    /// once it has had ``maximumAttempts`` leases. True when parked.
    @discardableResult
    public func failed(_ job: Int64, worker: String, error: String, retryAfter delay: Double) async throws -> Bool {
        let maximum = Self.maximumAttempts
        return try await write { connection in
            let row = try await connection.first("""
                UPDATE job SET status = CASE WHEN attempts >= \(maximum) THEN 'parked' ELSE 'pending' END,
                               leased_by = NULL, lease_until = NULL, last_error = \(Self.clean(error)),
                               not_before = now() + make_interval(secs => \(delay))
                WHERE id = \(job) AND status = 'leased' AND leased_by = \(worker)
                RETURNING status
                """)
            return try row?.get("status", String.self) == "parked"
        }
    }

    /// Whether no job is waiting or held: a worker told to stop when the queue is empty stops.
    public func queueIsDrained() async throws -> Bool {
        try await read { connection in
            try await connection.count("SELECT 1 FROM job WHERE status IN ('pending', 'leased') LIMIT 1") == 0
        }
    }

    /// The queue's state, with up to `parkedLimit` parked jobs.
    public func queueStatus(parkedLimit: Int = 20) async throws -> QueueStatus {
        let rows = try await read { connection in
            var jobs: [String: Int] = [:]
            for row in try await connection.all("SELECT status, count(*) AS n FROM job GROUP BY status") {
                jobs[try row.get("status")] = try row.get("n")
            }
            let retrying = try await connection.first("SELECT count(*) AS n FROM job WHERE status = 'pending' AND attempts > 0")
            let parked = try await connection.all("""
                SELECT id, attempts, last_error, payload FROM job WHERE status = 'parked' ORDER BY id DESC LIMIT \(parkedLimit)
                """).map { ParkedRow(id: try $0.get("id"), attempts: try $0.get("attempts"), error: try $0.get("last_error"), payload: try $0.get("payload")) }
            return (jobs, try retrying?.get("n", Int.self) ?? 0, parked)
        }
        let decoder = JSONDecoder()
        return QueueStatus(jobs: rows.0, retrying: rows.1, parked: rows.2.map { row in
            (row.id, row.attempts, row.error, (try? decoder.decode(QueuedInput.self, from: Data(row.payload.utf8)))?.summary ?? "?")
        })
    }
}

/// A parked job's row.
private struct ParkedRow: Sendable {
    var id: Int64
    var attempts: Int
    var error: String
    var payload: String
}
