import AsyncHTTPClient
import EntenteCore
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The total timeout fired before the fetch finished.
struct TotalTimeoutExpired: Error {}

/// Turns what AsyncHTTPClient and SwiftNIO throw into `EntenteError`s that name the URL and
/// carry a code a caller can act on: their own errors say what broke, not which page it was.
enum FetchFailure {
    static func describe(_ error: any Error, target: FetchTarget, options: PageFetcher.Options) -> any Error {
        let url = target.url
        switch error {
        case let error as EntenteError:
            return error
        case is CancellationError:
            return error
        case is TotalTimeoutExpired:
            return EntenteError(.fetchTimeout, "cannot fetch \(url): no complete answer within \(spoken(options.totalTimeout))")
        case let error as HTTPClientError:
            switch error {
            case .redirectLimitReached:
                return EntenteError(.tooManyRedirects, "cannot fetch \(url): redirected more than \(options.maxRedirects) times", cause: error)
            case .redirectCycleDetected:
                return EntenteError(.tooManyRedirects, "cannot fetch \(url): its redirects loop back to a URL already visited", cause: error)
            case .connectTimeout, .tlsHandshakeTimeout:
                return EntenteError(.fetchTimeout, "cannot fetch \(url): no connection to \(target.host) within \(spoken(options.connectTimeout))", cause: error)
            case .deadlineExceeded, .readTimeout:
                return EntenteError(.fetchTimeout, "cannot fetch \(url): no complete answer within \(spoken(options.totalTimeout))", cause: error)
            case .cancelled:
                return CancellationError()
            default:
                return EntenteError(.fetchFailed, "cannot fetch \(url)", cause: error)
            }
        case let error as NIOConnectionError:
            return EntenteError(.fetchFailed, "cannot fetch \(url): cannot connect to \(target.host)", cause: error)
        case let error as IOError where [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode):
            return EntenteError(.fetchFailed, "cannot fetch \(url): cannot connect to \(target.host)", cause: error)
        default:
            return EntenteError(.fetchFailed, "cannot fetch \(url)", cause: error)
        }
    }

    /// A final answer that is not a success; a 3xx here is a redirect that was not followed
    /// (no `Location`, or one to a scheme other than http and https).
    static func status(_ status: HTTPResponseStatus, target: FetchTarget, finalURL: String) -> EntenteError {
        let via = finalURL == target.url ? "" : " (redirected to \(finalURL))"
        return EntenteError(.httpStatus, "cannot fetch \(target.url)\(via): the server answered \(status.code) \(status.reasonPhrase)")
    }

    /// A duration as people write it in messages: "30 s", "1.5 s", "250 ms".
    static func spoken(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
    }
}
