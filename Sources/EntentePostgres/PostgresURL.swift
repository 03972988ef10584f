import EntenteCore
import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: a `postgres://user:password@host:port/database` URL, as
/// `--db` or `ENTENTE_DB` gives it.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// Its port.
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The role's password, if the URL gives one (else `PGPASSWORD`).
    public var password: String?
    /// The database.
    public var database: String
    /// Whether to require TLS (`?sslmode=require`); by default TLS is used when the server offers it.
    public var requireTLS: Bool

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; a malformed one is an `invalid-request` error that never repeats the password.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw EntenteError(.invalidRequest, "not a PostgreSQL URL (postgres://user@host:port/database): \(Self.redacting(text))")
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        requireTLS = components.queryItems?.contains { $0.name == "sslmode" && ["require", "verify-ca", "verify-full"].contains($0.value ?? "") } ?? false
    }

    /// The URL without its password, for messages and logs.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// The same server and role, another database (the tests make one each).
    public func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// `text` with any password in it replaced by `***`.
    static func redacting(_ text: String) -> String {
        guard let at = text.firstIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    /// The client configuration for this URL.
    func configuration(connections: Int) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = requireTLS
            ? .require(.makeClientConfiguration())
            : (["127.0.0.1", "localhost", "::1"].contains(host) ? .disable : .prefer(.makeClientConfiguration()))
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = max(1, connections)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }
}
