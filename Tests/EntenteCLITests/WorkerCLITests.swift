import Foundation
import Synchronization
import Testing

/// The PostgreSQL server the tests may use.
enum TestServer {
    static var url: String? { ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }
}

/// `entente enqueue`, `entente worker` and `entente queue status` as real processes against
/// a real PostgreSQL server (`ENTENTE_TEST_POSTGRES`): several workers, one killed, code
/// exactly what one SQLite ingest codes; a poison job is parked; a server restart loses
/// and doubles nothing.
@Suite(.serialized, .enabled(if: TestServer.url != nil, "needs ENTENTE_TEST_POSTGRES"))
struct WorkerCLITests {
    static var server: String? { TestServer.url }

    /// psql on `url` (a `postgres://` URL); its rows, `|`-separated.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql failed on: \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new database on `server` (the test server unless given); its URL.
    static func database(on server: String? = Self.server) throws -> String {
        let base = server ?? ""
        let name = "entente_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql(base, "CREATE DATABASE \(name)")
        guard let slash = base.range(of: "/", options: .backwards) else { return base }
        return String(base[..<slash.lowerBound]) + "/" + name
    }

    /// Every mention as document id, sentence and codes, sorted (the same rows as
    /// ``IngestDurabilityTests/mentions(_:)`` gives for a SQLite store).
    static func mentions(_ url: String) throws -> String {
        try psql(url, """
            SELECT d.external_id, s.number, m.source, m.target, m.cameo, m.mode, m.date FROM mention m
            JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
            """).split(separator: "\n").sorted().joined(separator: "\n")
    }

    /// The SQLite reference: the same corpus ingested by one process.
    static func reference(_ corpus: String) throws -> String {
        let db = IngestDurabilityTests.database()
        #expect(try CLI.run(["ingest", corpus, "--db", db]).status == 0)
        return try IngestDurabilityTests.mentions(db).split(separator: "\n").sorted().joined(separator: "\n")
    }

    static func worker(_ url: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["worker", "--db", url, "--until-empty", "--concurrency", "1"] + extra
        process.currentDirectoryURL = CLI.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        // What a worker says goes to a file, for the failure messages (see ``log(_:)``).
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("entente-worker-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        logs.withLock { $0[process.processIdentifier] = log.path }
        return process
    }

    private static let logs = Mutex<[Int32: String]>([:])

    /// What a worker wrote to standard error.
    static func log(_ process: Process) -> String {
        guard let path = logs.withLock({ $0[process.processIdentifier] }) else { return "" }
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Waits until `condition` holds, for up to `seconds`.
    static func waitUntil(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(100_000)
        }
        return try condition()
    }

    @Test func severalWorkersOneKilledCodeExactlyWhatOneIngestCodes() throws {
        let corpus = try IngestDurabilityTests.corpus(300)
        let url = try Self.database()
        let enqueued = try CLI.run(["enqueue", corpus, "--db", url])
        #expect(enqueued.status == 0 && enqueued.stdout.contains("enqueued 300 document(s)"), "\(enqueued.stderr)")
        let workers = try (0..<3).map { _ in try Self.worker(url, ["--lease-timeout", "2"]) }
        // Kill, with -9, a worker that holds a lease, once some work is done.
        var victim: Int32?
        _ = try Self.waitUntil(60) {
            guard Int(try Self.psql(url, "SELECT count(*) FROM job WHERE status = 'done'")) ?? 0 > 0 else { return false }
            let holder = try Self.psql(url, "SELECT leased_by FROM job WHERE status = 'leased' LIMIT 1")
            guard let pid = holder.split(separator: ":").last.flatMap({ Int32($0) }), workers.contains(where: { $0.processIdentifier == pid }) else { return false }
            victim = pid
            kill(pid, SIGKILL)
            return true
        }
        #expect(victim != nil, "no worker held a lease while work was done")
        for worker in workers { worker.waitUntilExit() }
        for worker in workers where worker.processIdentifier != victim { #expect(worker.terminationStatus == 0) }
        #expect(try Self.psql(url, "SELECT status || '=' || count(*) FROM job GROUP BY status") == "done=300")
        #expect(try Self.psql(url, "SELECT status || '=' || count(*) FROM document GROUP BY status") == "coded=300")
        #expect(try Self.mentions(url) == (try Self.reference(corpus)))
        let status = try CLI.run(["queue", "status", "--db", url])
        #expect(status.stdout.hasPrefix("0 pending (0 waiting to retry), 0 leased, 300 done, 0 parked"), "\(status.stdout)")
    }

    @Test func aPoisonJobIsParkedAfterThreeTriesAndTheOthersGoOn() throws {
        let documents = (0..<12).map { i in
            #"{"id": "doc-\#(i)", "date": "2024-08-07", "text": "Report \#(i). \#(i == 5 ? "poison " : "")Niger expelled the French ambassador."}"#
        }
        let corpus = try CLI.temporary("poison.jsonl", Array(documents.joined(separator: "\n").utf8))
        let url = try Self.database()
        #expect(try CLI.run(["enqueue", corpus, "--db", url]).status == 0)
        // A supervisor restarts a worker that dies; here the test does.
        var runs = 0
        while runs < 8 {
            runs += 1
            let worker = try Self.worker(url, ["--lease-timeout", "1"], environment: ["ENTENTE_CRASH_ON": "poison"])
            worker.waitUntilExit()
            if worker.terminationReason == .exit && worker.terminationStatus == 0 { break }
            usleep(1_100_000)
        }
        #expect(runs == 4, "three crashes, then a worker that parks the poison job and finishes")
        #expect(try Self.psql(url, "SELECT status || '=' || count(*) FROM job GROUP BY status ORDER BY status") == "done=11\nparked=1")
        let status = try CLI.run(["queue", "status", "--db", url])
        #expect(status.stdout.contains("1 parked") && status.stdout.contains("(3 attempts) doc-5") && status.stdout.contains("a worker stopped"), "\(status.stdout)")
    }

    @Test func aServerRestartedMidRunLosesAndDoublesNothing() throws {
        // A cluster of its own: restarting the shared one would fail other suites' tests.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-pg-\(UUID().uuidString.prefix(8))").path
        let port = String(55000 + Int.random(in: 0..<2000))
        let script = CLI.packageRoot.appendingPathComponent("Scripts/postgres-cluster.sh").path
        // Output through a file, not a pipe (the server the script starts would hold a pipe
        // open), and waited for with waitpid: Foundation's Process missed the exit of a script
        // whose grandchild, the server, outlives it.
        func cluster(_ command: String) throws -> String {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("entente-pg-\(UUID().uuidString).out").path
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let arguments = [script, command, folder] + (command == "start" ? [port] : [])
            var argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            #expect(posix_spawn(&pid, script, &actions, nil, &argv, environ) == 0)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            #expect(status == 0, "postgres-cluster.sh \(command) failed (\(status))")
            return (try String(contentsOfFile: output, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let server = try cluster("start")
        defer { _ = try? cluster("stop") }
        let corpus = try IngestDurabilityTests.corpus(300)
        let url = try Self.database(on: server)
        #expect(try CLI.run(["enqueue", corpus, "--db", url]).status == 0)
        let workers = try (0..<2).map { _ in try Self.worker(url, ["--lease-timeout", "3"]) }
        // Both workers connected (a worker that cannot connect at its start stops with an
        // error, as every command does), and work done.
        let ready = try Self.waitUntil(60) {
            let connected = Int(try Self.psql(url, "SELECT count(DISTINCT application_name) FROM pg_stat_activity WHERE application_name LIKE 'entente worker %'")) ?? 0
            let done = Int(try Self.psql(url, "SELECT count(*) FROM job WHERE status = 'done'")) ?? 0
            return connected >= 2 && done > 0
        }
        #expect(ready)
        _ = try cluster("stop")
        sleep(2)
        _ = try cluster("start")
        for worker in workers {
            worker.waitUntilExit()
            #expect(worker.terminationReason == .exit && worker.terminationStatus == 0, "\(Self.log(worker))")
        }
        #expect(try Self.psql(url, "SELECT status || '=' || count(*) FROM job GROUP BY status") == "done=300")
        #expect(try Self.mentions(url) == (try Self.reference(corpus)))
    }

    @Test func aServerThatIsDownOrRefusesThePasswordIsAClearError() throws {
        let down = try CLI.run(["events", "--db", "postgres://analyst:hunter2@127.0.0.1:1/events"])
        #expect(down.status == 2)
        #expect(down.stderr.contains("postgres://analyst@127.0.0.1:1/events") && !down.stderr.contains("hunter2"), "\(down.stderr)")
        guard let server = Self.server, let at = server.range(of: "@"), let scheme = server.range(of: "://") else { return }
        let user = server[scheme.upperBound..<at.lowerBound].split(separator: ":").first ?? ""
        let wrong = "postgres://\(user):wrong-password@" + server[at.upperBound...]
        let refused = try CLI.run(["relations", "--db", wrong])
        #expect(refused.status == 2 && refused.stderr.contains("password authentication failed") && !refused.stderr.contains("wrong-password"), "\(refused.stderr)")
        let sqlite = try CLI.run(["worker", "--db", IngestDurabilityTests.database()])
        #expect(sqlite.status == 2 && sqlite.stderr.contains("needs a PostgreSQL store"))
    }
}

/// Every store command on PostgreSQL gives what it gives on SQLite.
@Suite(.serialized, .enabled(if: TestServer.url != nil, "needs ENTENTE_TEST_POSTGRES"))
struct PostgresCommandsCLITests {
    @Test func everyStoreCommandAnswersTheSameOnBothStores() throws {
        let sqlite = IngestDurabilityTests.database()
        let postgres = try WorkerCLITests.database()
        let corpus = try IngestDurabilityTests.corpus(40)
        // One document at a time, so both stores see them in one order: which mentions share
        // an event, and the facts, follow arrival order (see MergeRule), and so do ids.
        for db in [sqlite, postgres] {
            let ingest = try CLI.run(["ingest", "Examples/sahel-ties.txt", corpus, "--date", "2024-08-07", "--jobs", "1", "--db", db])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        let commands: [[String]] = [
            ["events"], ["events", "--dyad", "NER,UKR"], ["events", "--text", "diplomatic ties"], ["events", "--from", "2024-08-05", "--to", "2024-08-09"],
            ["events", "--mentions"], ["relations"], ["relations", "NER", "UKR"], ["relations", "--as-of", "2024-05-01"],
            ["timeline", "NER"], ["network", "--as-of", "2024-08-07", "--window", "30"], ["export", "--format", "plover"],
        ]
        for command in commands {
            let onSQLite = try CLI.run(command + ["--db", sqlite])
            let onPostgres = try CLI.run(command + ["--db", postgres])
            #expect(onSQLite.status == 0 && onPostgres.status == 0, "\(command): \(onPostgres.stderr)")
            #expect(!onSQLite.stdout.isEmpty, "\(command) answers something")
            #expect(Self.stable(onPostgres.stdout) == Self.stable(onSQLite.stdout), "\(command)")
        }
        // A recode of everything rebuilds the same events and facts.
        for db in [sqlite, postgres] { #expect(try CLI.run(["recode", "--all", "--db", db]).status == 0) }
        #expect(try CLI.run(["relations", "--db", postgres]).stdout == (try CLI.run(["relations", "--db", sqlite]).stdout))
        #expect(try CLI.run(["events", "--db", postgres]).stdout == (try CLI.run(["events", "--db", sqlite]).stdout))
    }

    /// Output without the ingest time, which differs between two ingests.
    static func stable(_ text: String) -> String {
        text.replacing(/"ingested_at":"[^"]*"/, with: "").replacing(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/, with: "")
    }

    @Test func serveReadsAPostgresStore() throws {
        let postgres = try WorkerCLITests.database()
        #expect(try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", postgres]).status == 0)
        let server = try ServeCLITests.start(["--db", postgres])
        defer {
            kill(server.process.processIdentifier, SIGTERM)
            server.process.waitUntilExit()
        }
        #expect(server.output.contains("serving postgres://") && !server.output.contains(":entente@"), "the password is never shown")
        let relations = try ServeCLITests.get(server.port, "/api/relations")
        #expect(relations.status == 200 && relations.body.contains("\"state\":\"broken\"") && relations.body.contains("\"NER\""), "\(relations.body.prefix(300))")
    }
}
