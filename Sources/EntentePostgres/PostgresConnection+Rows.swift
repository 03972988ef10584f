import EntenteCore
import Logging
import PostgresNIO

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
