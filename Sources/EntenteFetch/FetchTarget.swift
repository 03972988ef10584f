import EntenteCore
import Foundation

/// A URL checked before any I/O: only http and https are fetched, so a feed or a redirect
/// cannot make Entente read local files (`file:`) or speak other protocols (`ftp:`, `gopher:`).
struct FetchTarget {
    let url: String
    let host: String

    init(_ text: String) throws {
        guard !text.isEmpty else { throw EntenteError(.urlUnsupported, "cannot fetch an empty URL") }
        guard let parsed = URL(string: text), let scheme = parsed.scheme?.lowercased() else {
            throw EntenteError(.urlUnsupported, "cannot fetch \(text): not a URL")
        }
        guard scheme == "http" || scheme == "https" else {
            throw EntenteError(.urlUnsupported, "cannot fetch \(text): only http and https URLs are fetched, not \(scheme)")
        }
        guard let host = parsed.host, !host.isEmpty else {
            throw EntenteError(.urlUnsupported, "cannot fetch \(text): the URL names no host")
        }
        url = text
        self.host = parsed.port.map { "\(host):\($0)" } ?? host
    }

    /// Whether the URL's path names a gzip file, whose bytes a server sends as they are.
    static func namesGzipFile(_ url: String) -> Bool {
        URL(string: url)?.path.lowercased().hasSuffix(".gz") ?? false
    }
}
