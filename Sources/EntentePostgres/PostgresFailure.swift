import EntenteCore
import PostgresNIO

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
