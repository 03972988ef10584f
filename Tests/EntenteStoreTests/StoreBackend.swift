import EntenteCore
import EntentePostgres
import EntenteStore
import Foundation
import Testing

/// The two stores the suite runs against: every parameterised store test gives the same
/// answers on both.
///
/// PostgreSQL needs a server: `ENTENTE_TEST_POSTGRES` names one (a role that may create
/// databases, as `Scripts/postgres-cluster.sh` makes), and each store is a new database on
/// it. Without it only SQLite runs, unless `ENTENTE_REQUIRE_POSTGRES=1` (CI sets it) makes
/// its absence a failure.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The server the PostgreSQL stores are made on, if any.
    static var server: PostgresURL? {
        guard let text = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"], !text.isEmpty else { return nil }
        return try? PostgresURL(text)
    }

    /// The backends this run can test.
    static var available: [StoreBackend] { server == nil ? [.sqlite] : allCases }

    /// A new, empty store.
    func makeStore() async throws -> StoreUnderTest {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-store-\(UUID().uuidString).sqlite").path
            return StoreUnderTest(store: try SQLiteEventStore(path: path), backend: self, location: path)
        case .postgres:
            let url = try await Self.newDatabase()
            return StoreUnderTest(store: try await PostgresEventStore.connect(url, connections: 4), backend: self, location: url.description)
        }
    }

    /// A new database on the test server, for one store.
    static func newDatabase() async throws -> PostgresURL {
        guard let server else { throw EntenteError(.storeFailed, "ENTENTE_TEST_POSTGRES is not set") }
        let name = "entente_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try SQL.run("CREATE DATABASE \(name)", on: server)
        return server.with(database: name)
    }
}

/// A store made for one test, and where it is (for the tests that reach past the protocol,
/// as a killed run would).
struct StoreUnderTest {
    let store: any EventStore
    let backend: StoreBackend
    let location: String

    /// Runs SQL on the store's database directly, with its own client (the sqlite3 shell or psql).
    func execute(_ sql: String) throws {
        switch backend {
        case .sqlite: try SQL.runTool("/usr/bin/sqlite3", [location, sql])
        case .postgres:
            guard let server = StoreBackend.server else { return }
            try SQL.run(sql, on: server.with(database: String(location.split(separator: "/").last ?? "")))
        }
    }
}

/// SQL through the command-line clients.
enum SQL {
    static func run(_ sql: String, on url: PostgresURL) throws {
        try runTool("/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", url.host, "-p", String(url.port), "-U", url.user, "-d", url.database, "-c", sql],
                    environment: ["PGPASSWORD": url.password ?? ""])
    }

    /// Reads one value with psql.
    static func value(_ sql: String, on url: PostgresURL) throws -> String {
        try runTool("/usr/bin/psql", ["-X", "-At", "-h", url.host, "-p", String(url.port), "-U", url.user, "-d", url.database, "-c", sql],
                    environment: ["PGPASSWORD": url.password ?? ""]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    static func runTool(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw EntenteError(.storeFailed, "\(tool) failed (\(process.terminationStatus)) on: \(arguments.last ?? "")")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite struct StoreBackendTests {
    @Test func postgresIsThereWhenRequired() {
        if ProcessInfo.processInfo.environment["ENTENTE_REQUIRE_POSTGRES"] == "1" {
            #expect(StoreBackend.server != nil, "ENTENTE_REQUIRE_POSTGRES=1 but ENTENTE_TEST_POSTGRES names no server")
        }
    }
}
