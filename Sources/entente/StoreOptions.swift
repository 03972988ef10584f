import ArgumentParser
import EntenteCore
import EntentePostgres
import EntenteStore
import Foundation

/// Options shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file, or a PostgreSQL server as postgres://user:password@host:port/database (default: $ENTENTE_DB, else ./entente.sqlite).")
    var db: String?

    @Option(help: "Seconds a write waits for another process's write to finish before giving up (SQLite).")
    var busyTimeout: Double = 10

    /// The store's location: `--db`, else `ENTENTE_DB`, else the default file here.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["ENTENTE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? SQLiteEventStore.defaultPath
    }

    /// Whether the store is a PostgreSQL server.
    var isPostgres: Bool { PostgresURL.isPostgres(path) }

    /// The store as messages name it: a server's URL never shows its password.
    var name: String { (try? PostgresURL(path).description) ?? path }

    /// Where crash markers of this store's runs go: beside a SQLite file; for a server, in the
    /// temporary folder, one name per server and database (runs on this machine share it).
    var crashMarkerBase: String {
        guard isPostgres else { return path }
        return FileManager.default.temporaryDirectory.appendingPathComponent("entente-" + ContentHash.of(name)).path
    }

    /// Opens the store, reporting a failure plainly.
    func open(connections: Int = 8) async throws -> any EventStore {
        do {
            if isPostgres { return try await PostgresEventStore.connect(try PostgresURL(path), connections: connections) }
            return try SQLiteEventStore(path: path, busyTimeout: busyTimeout)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Opens a PostgreSQL store, or says the command needs one.
    func openPostgres(connections: Int = 8, command: String, name: String = "entente", operationTimeout: Duration? = nil) async throws -> PostgresEventStore {
        guard isPostgres else {
            printError("error: \(command) needs a PostgreSQL store (--db postgres://user@host:port/database or ENTENTE_DB), not \(path)")
            throw ExitCode(2)
        }
        do {
            return try await PostgresEventStore.connect(try PostgresURL(path), connections: connections, name: name, operationTimeout: operationTimeout)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
