import EntenteCore
import EntenteStore
import Foundation
import Logging
import PostgresNIO

/// The store on a PostgreSQL server: the same ``EventStore`` as the SQLite file, for many
/// workers writing and many readers querying at once (see ``PostgresSchema`` for the schema
/// and its partitions).
///
/// Writes that merge mentions into events, or record relation facts, first take a
/// transaction-scoped advisory lock for each merge key and each relationship they touch,
/// all at once and in one order: two workers storing two outlets' copies of one story at
/// the same moment merge them into one event, and can never deadlock.
public final class PostgresEventStore: EventStore {
    /// Where the store is (its description never shows the password).
    public let url: PostgresURL
    let client: PostgresClient
    private let running: Task<Void, Never>
    let logger = Logger(label: "entente.postgres")
    /// This process, recorded on documents in flight with its host: pids repeat across machines.
    let pid = Int64(ProcessInfo.processInfo.processIdentifier)
    let host = ProcessInfo.processInfo.hostName
    /// Months whose partitions exist (so the check runs once a month, not once a write).
    let knownMonths = KnownMonths()

    /// How long one access may take once it has its connection before the store is deemed
    /// unavailable (nil: no limit). Workers set it: a server that vanished mid-transaction
    /// must not hold a worker for ever.
    let operationTimeout: Duration?

    private init(url: PostgresURL, client: PostgresClient, operationTimeout: Duration?) {
        self.url = url
        self.client = client
        self.operationTimeout = operationTimeout
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// Connects (up to `connections` pooled connections) and migrates the database to the
    /// newest schema; migration `upTo` stops earlier (for the tests). An unreachable server, a
    /// refused password or a newer schema is an error naming the URL without its password.
    /// `name` tells the server who is connected (`application_name`, in `pg_stat_activity`);
    /// `operationTimeout` bounds each access once connected (see ``operationTimeout``).
    public static func connect(_ url: PostgresURL, connections: Int = 8, upTo: Int? = nil, name: String = "entente",
                               operationTimeout: Duration? = nil) async throws -> PostgresEventStore {
        // One plain connection first: the pool would retry an unreachable server quietly,
        // where a person starting a command wants to be told at once.
        try await probe(url)
        var configuration = url.configuration(connections: connections)
        configuration.options.additionalStartupParameters = [("application_name", name)]
        let store = PostgresEventStore(url: url, client: PostgresClient(configuration: configuration), operationTimeout: operationTimeout)
        do {
            try await PostgresSchema.migrate(store.client, upTo: upTo, logger: store.logger)
        } catch {
            store.running.cancel()
            throw PostgresFailure.wrap(error, "cannot migrate the store at \(url)")
        }
        return store
    }

    /// Connects once and disconnects, so a bad URL, a down server or a wrong password is
    /// reported plainly.
    static func probe(_ url: PostgresURL) async throws {
        let configuration = url.configuration(connections: 1)
        var connectionConfiguration = PostgresConnection.Configuration(
            host: configuration.host ?? url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: url.requireTLS ? .require(try .init(configuration: .makeClientConfiguration())) : .disable
        )
        connectionConfiguration.options.connectTimeout = .seconds(5)
        do {
            let connection = try await PostgresConnection.connect(configuration: connectionConfiguration, id: 1, logger: Logger(label: "entente.postgres.probe"))
            try await connection.close()
        } catch {
            throw PostgresFailure.wrap(error, "cannot connect to the store at \(url)")
        }
    }

    /// Stops the connection pool; the store is unusable after. A pool that lost its server
    /// may take long to wind down: it is given two seconds.
    public func close() async {
        running.cancel()
        let running = self.running
        try? await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let answer = FirstAnswer(continuation)
            Task {
                _ = await running.result
                answer.resume(.success(()))
            }
            Task {
                try? await Task.sleep(for: .seconds(2))
                answer.resume(.success(()))
            }
        }
    }

    /// How long an operation may wait for a pooled connection before the store is deemed
    /// unavailable: the pool keeps retrying a server that went away, and a worker must hear
    /// of it to back off and reconnect rather than wait for ever.
    static let connectionWait: Duration = .seconds(15)

    /// Runs `body` in one transaction on a pooled connection.
    func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await pooled("a write") { client, logger, connected in
            try await client.withTransaction(logger: logger) { connection in
                connected.set()
                return try await body(connection)
            }
        }
    }

    /// Runs `body` on a pooled connection, outside any transaction of ours.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await pooled("a read") { client, _, connected in
            try await client.withConnection { connection in
                connected.set()
                return try await body(connection)
            }
        }
    }

    /// Runs an access to the pool, turning its errors into the store's, and failing it as
    /// unavailable when no connection comes within ``connectionWait``. The access runs in a
    /// task of its own: a request waiting in the pool need not heed cancellation, and this
    /// caller must not wait on it.
    private func pooled<T: Sendable>(_ what: String, _ access: @escaping @Sendable (PostgresClient, Logger, Flag) async throws -> T) async throws -> T {
        let (client, logger, url, operationTimeout) = (self.client, self.logger, self.url, self.operationTimeout)
        let connected = Flag()
        do {
            return try await withCheckedThrowingContinuation { continuation in
                let answer = FirstAnswer(continuation)
                let timer = Task {
                    try await Task.sleep(for: Self.connectionWait)
                    if !connected.isSet {
                        answer.resume(.failure(EntenteError(.storeUnavailable, "no connection to the store at \(url) within \(Self.connectionWait)")))
                    } else if let operationTimeout {
                        try await Task.sleep(for: operationTimeout - Self.connectionWait)
                        answer.resume(.failure(EntenteError(.storeUnavailable, "no answer from the store at \(url) within \(operationTimeout)")))
                    }
                }
                Task {
                    let result = await Result(catching: { try await access(client, logger, connected) })
                    timer.cancel()
                    answer.resume(result)
                }
            }
        } catch {
            throw PostgresFailure.wrap(error, "the store at \(url) refused \(what)")
        }
    }

    public func beginAll(_ documents: [IncomingDocument]) async throws -> [Admission] {
        let (pid, host) = (self.pid, self.host)
        return try await write { connection in
            try await Self.lock(documents.map { "document " + $0.identity }, connection)
            var admissions: [Admission] = []
            for document in documents {
                admissions.append(try await Self.admit(document, pid: pid, host: host, connection))
            }
            return admissions
        }
    }

    /// Admits one document (see ``beginAll(_:)``); the caller holds its identity's lock.
    static func admit(_ incoming: IncomingDocument, pid: Int64, host: String, _ connection: PostgresConnection) async throws -> Admission {
        let identity = incoming.identity
        if let row = try await connection.first("""
            SELECT id, status, error, coder_pid, coder_host FROM document WHERE identity = \(identity)
            """) {
            let id = try row.get("id", Int64.self)
            switch try row.get("status", String.self) {
            case "coded": return .alreadyCoded(id)
            case "failed": return .failedBefore(id, error: try row.get("error", String?.self) ?? "")
            default:
                if let owner = try row.get("coder_pid", Int64?.self) {
                    let ownerHost = try row.get("coder_host", String?.self)
                    // Another machine's process cannot be checked from here: its own recovery
                    // releases what it left.
                    if ownerHost != nil && ownerHost != host { return .codingElsewhere(id) }
                    if owner == pid || StoreProcess.isAlive(owner) { return .codingElsewhere(id) }
                }
                try await connection.run("UPDATE document SET coder_pid = \(pid), coder_host = \(host) WHERE id = \(id)")
                return .code(id)
            }
        }
        let document = incoming.document
        let row = try await connection.first("""
            INSERT INTO document (identity, external_id, url, outlet, title, published, text, ingested_at,
                                  dictionary_version, status, coder_pid, coder_host, language)
            VALUES (\(identity), \(incoming.externalID.map(clean)), \(document.url.map(clean)), \(document.source.map(clean)),
                    \(document.title.map(clean)), \(document.date?.iso), \(clean(document.text)), \(StoreProcess.timestamp()),
                    \(incoming.dictionaryVersion), 'coding', \(pid), \(host), \(document.language ?? "en"))
            RETURNING id
            """)
        guard let id = try row?.get("id", Int64.self) else { throw EntenteError(.storeFailed, "the store gave no id to a new document") }
        return .code(id)
    }

    public func completeAll(_ codings: [DocumentCoding]) async throws -> [CompletedDocument] {
        try await ensureMonths(of: codings.flatMap(\.mentions))
        return try await write { connection in
            try await Self.lock(Self.lockKeys(codings.flatMap(\.mentions)), connection)
            var outcomes: [CompletedDocument] = []
            for coding in codings {
                outcomes.append(try await Self.insertCoding(coding.id, sentences: coding.sentences, mentions: coding.mentions, linking: true, connection))
                try await connection.run("UPDATE document SET status = 'coded', error = NULL, coder_pid = NULL, coder_host = NULL WHERE id = \(coding.id)")
            }
            return outcomes
        }
    }

    public func fail(_ id: Int64, error: String) async throws {
        try await write { connection in
            try await connection.run("""
                UPDATE document SET status = 'failed', error = \(Self.clean(error)), coder_pid = NULL, coder_host = NULL WHERE id = \(id)
                """)
        }
    }

    public func recoverInterrupted(crashed: Set<Int64>, culprits: Set<Int64>) async throws -> [StoredDocument] {
        let host = self.host
        return try await write { connection in
            // Only this machine's processes can be checked for life; a pid from another host
            // is that host's to recover.
            let rows = try await connection.all("""
                SELECT id, external_id, coder_pid FROM document
                WHERE status = 'coding' AND coder_pid IS NOT NULL AND (coder_host IS NULL OR coder_host = \(host))
                ORDER BY id FOR UPDATE
                """)
            var byDeadProcess: [Int64: [(id: Int64, externalID: String?)]] = [:]
            for row in rows {
                let pid = try row.get("coder_pid", Int64.self)
                if !StoreProcess.isAlive(pid) { byDeadProcess[pid, default: []].append((try row.get("id"), try row.get("external_id"))) }
            }
            var recovered: [StoredDocument] = []
            for (pid, documents) in byDeadProcess.sorted(by: { $0.key < $1.key }) {
                let named = documents.filter { culprits.contains($0.id) }
                let guilty = Set((!named.isEmpty ? named : (crashed.contains(pid) && documents.count == 1 ? documents : [])).map(\.id))
                for document in documents {
                    if guilty.contains(document.id) {
                        let error = "the coding process stopped while coding this document (a crash or a kill); not retried"
                        try await connection.run("""
                            UPDATE document SET status = 'failed', error = \(error), coder_pid = NULL, coder_host = NULL WHERE id = \(document.id)
                            """)
                        recovered.append(StoredDocument(id: document.id, externalID: document.externalID, status: "failed", error: error))
                    } else {
                        try await connection.run("UPDATE document SET coder_pid = NULL, coder_host = NULL WHERE id = \(document.id)")
                        recovered.append(StoredDocument(id: document.id, externalID: document.externalID, status: "coding", error: nil))
                    }
                }
            }
            return recovered.sorted { $0.id < $1.id }
        }
    }

    public func claimPending() async throws -> (id: Int64, externalID: String?, document: Document)? {
        let (pid, host) = (self.pid, self.host)
        let claimed: (Int64, String?, StoredRow)? = try await write { connection in
            guard let row = try await connection.first("""
                SELECT * FROM document WHERE status = 'coding' AND coder_pid IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                """) else { return nil }
            let id = try row.get("id", Int64.self)
            try await connection.run("UPDATE document SET coder_pid = \(pid), coder_host = \(host) WHERE id = \(id)")
            return (id, try row.get("external_id", String?.self), try StoredRow(row))
        }
        return claimed.map { ($0.0, $0.1, $0.2.document) }
    }

    /// Text PostgreSQL can hold: it refuses the NUL character, which SQLite keeps.
    static func clean(_ text: String) -> String {
        text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : text
    }
}

/// The document columns of a stored row, read while its connection is held.
struct StoredRow: Sendable {
    var document: Document

    init(_ row: PostgresRandomAccessRow) throws {
        let published = try row.get("published", String?.self)
        document = Document(id: try row.get("external_id"), date: published.flatMap(Day.init(iso:)), url: try row.get("url"),
                            source: try row.get("outlet"), title: try row.get("title"), text: try row.get("text"),
                            language: try row.get("language"))
    }
}
