import ArgumentParser
import EntenteStore
import Foundation

/// Options shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file (default: $ENTENTE_DB, else ./entente.sqlite).")
    var db: String?

    @Option(help: "Seconds a write waits for another process's write to finish before giving up.")
    var busyTimeout: Double = 10

    /// The store's path: `--db`, else `ENTENTE_DB`, else the default file here.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["ENTENTE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? SQLiteEventStore.defaultPath
    }

    /// Opens the store, reporting a failure plainly.
    func open() throws -> SQLiteEventStore {
        do {
            return try SQLiteEventStore(path: path, busyTimeout: busyTimeout)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
