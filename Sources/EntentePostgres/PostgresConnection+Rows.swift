import EntenteCore
import Logging
import PostgresNIO
import Synchronization

extension PostgresConnection {
    private static let quiet = Logger(label: "entente.postgres.query")

    /// Every row `query` returns, each readable by column name.
    func all(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        var rows: [PostgresRandomAccessRow] = []
        for try await row in try await self.query(query, logger: Self.quiet) { rows.append(row.makeRandomAccess()) }
        return rows
    }

    /// The first row `query` returns, if any (the rest are read and dropped).
    func first(_ query: PostgresQuery) async throws -> PostgresRandomAccessRow? {
        try await all(query).first
    }

    /// Runs `query` for its effect.
    func run(_ query: PostgresQuery) async throws {
        try await self.query(query, logger: Self.quiet)
    }

    /// How many rows `query` (an `UPDATE … RETURNING 1`, say) returned.
    func count(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await self.query(query, logger: Self.quiet) { count += 1 }
        return count
    }
}

extension PostgresRandomAccessRow {
    /// The value of `column`, decoded as `type`.
    func get<T: PostgresDecodable>(_ column: String, _ type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self, context: .default)
    }
}

/// A query built from fixed SQL fragments and bound values: values are never spliced into
/// the SQL text (``bind(_:)`` returns the placeholder and keeps the value).
struct BoundQuery {
    var sql = ""
    var bindings = PostgresBindings()

    /// Appends `value` to the bindings and returns its placeholder (`$3`).
    mutating func bind<Value: PostgresEncodable & Sendable>(_ value: Value) -> String {
        // Strings, integers, doubles and their arrays never fail to encode.
        try? bindings.append(value)
        return "$\(bindings.count)"
    }

    /// The query to run.
    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}

/// Turns postgres-nio's errors into the store's: the server's own message (its generic
/// description hides it), the SQL state, and never the password.
struct PostgresFailure: Error, CustomStringConvertible {
    var description: String

    /// `error` as an ``EntenteError`` saying `what` failed; an error that is already one
    /// passes through.
    static func wrap(_ error: any Error, _ what: String) -> EntenteError {
        if let error = error as? EntenteError { return error }
        let failure = PostgresFailure(describing: error)
        return EntenteError(failure.isUnavailable ? .storeUnavailable : .storeFailed, what, cause: failure)
    }

    /// Whether the server could not be reached or went away (worth retrying), rather than
    /// refusing what was asked.
    var isUnavailable = false

    init(describing error: any Error) {
        (description, isUnavailable) = Self.describe(error)
    }

    private static func describe(_ error: any Error) -> (String, Bool) {
        // A failed transaction wraps what failed in it.
        if let transaction = error as? PostgresTransactionError,
           let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError ?? transaction.rollbackError {
            return describe(inner)
        }
        guard let error = error as? PSQLError else { return (String(describing: error), true) }
        if let message = error.serverInfo?[.message] {
            // 57P01–57P03: the server is shutting down or starting; 08xxx: connection failures.
            let code = error.serverInfo?[.sqlState] ?? ""
            return (message + (code.isEmpty ? "" : " (SQLSTATE \(code))"), code.hasPrefix("57P") || code.hasPrefix("08"))
        }
        let underlying = error.underlying.map { ": \($0)" } ?? ""
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .uncleanShutdown:
            return ("the connection failed or was closed" + underlying, true)
        case .queryCancelled:
            return ("the query was cancelled", false)
        default:
            return ("\(error.code)" + underlying, false)
        }
    }
}

/// Months whose partitions this process has seen made.
final class KnownMonths: Sendable {
    private let months = Mutex<Set<Int>>([])

    /// Those of `candidates` not known yet.
    func unknown(_ candidates: Set<Int>) -> Set<Int> { months.withLock { candidates.subtracting($0) } }

    /// Records that these months' partitions exist.
    func add(_ more: Set<Int>) { months.withLock { $0.formUnion(more) } }
}
