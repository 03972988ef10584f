import Foundation
import GRDB

/// Opening a store file and bringing its schema up to date, safe when several processes open
/// one new file at once (two `entente ingest` runs started together).
enum SQLiteOpening {
    /// Opens the pool at `path` and runs the migrations it lacks.
    ///
    /// Two openers of one new file race twice. Switching the file to WAL is refused outright
    /// (SQLite's busy handler does not wait for it) while the other connection holds the file,
    /// and GRDB's migrator reads which migrations have run before running the rest, so the
    /// slower opener re-creates a table the faster one has just made. Each migration is one
    /// transaction that also records its name, so the slower one's attempt rolls back whole.
    /// It waits and tries again while the failure is a lock or another opener has applied a
    /// migration meanwhile, for up to `patience` seconds; any other failure is thrown at once.
    static func openMigrated(path: String, configuration: Configuration, patience: Double) throws -> DatabasePool {
        let migrator = SQLiteSchema.migrator
        let deadline = Date().addingTimeInterval(patience)
        var pool: DatabasePool?
        while true {
            let appliedBefore = pool.flatMap { appliedCount(migrator, $0) }
            do {
                let opened = try pool ?? DatabasePool(path: path, configuration: configuration)
                pool = opened
                try migrator.migrate(opened)
                return opened
            } catch let error as DatabaseError where Date() < deadline {
                let locked = error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
                let anotherMigrated = pool.flatMap { appliedCount(migrator, $0) }.map { $0 > (appliedBefore ?? 0) } ?? false
                guard locked || anotherMigrated else { throw error }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// How many migrations the file records as applied; nil before it records any.
    private static func appliedCount(_ migrator: DatabaseMigrator, _ pool: DatabasePool) -> Int? {
        try? pool.read { db in try db.tableExists("grdb_migrations") ? migrator.appliedIdentifiers(db).count : nil }
    }
}
