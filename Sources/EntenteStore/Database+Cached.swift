import GRDB

extension Database {
    /// Runs `sql` through the connection's statement cache: ingest runs the same few
    /// statements for every mention, and compiling each anew (with GRDB's authorizer
    /// watching) cost more than running it.
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The first value `sql` selects, through the statement cache.
    func fetchOneCached<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, sql: String, arguments: StatementArguments = StatementArguments()) throws -> Value? {
        try Value.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first row `sql` selects, through the statement cache.
    func rowCached(sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}
