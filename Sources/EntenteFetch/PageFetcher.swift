import AsyncHTTPClient
import EntenteCore
import NIOCore
import NIOHTTP1

/// Fetches http(s) pages for ingest, with the limits that reading other people's servers
/// needs: a connect and a total timeout, a size cap applied while the body streams, a
/// bounded number of redirects, and an honest User-Agent.
///
/// One fetcher holds one `HTTPClient` (and so its connection pool); share it across fetches
/// and call ``shutdown()`` once at the end, or use ``withFetcher(options:_:)``, which always does.
public struct PageFetcher: Sendable {
    /// The limits and identity every fetch uses.
    public let options: Options
    private let client: HTTPClient

    /// Creates a fetcher; it must be shut down with ``shutdown()``.
    public init(options: Options = Options()) {
        self.options = options
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: options.maxRedirects, allowCycles: false),
            timeout: .init(connect: TimeAmount(options.connectTimeout)),
            decompression: .disabled  // done here, so the size cap sees the decompressed bytes
        )
        // A refused or unreachable host is reported at once instead of being retried until
        // the connect timeout: ingest goes on to the next URL rather than waiting 10 s per host.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes every connection. The fetcher cannot be used afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Runs `body` with a new fetcher and shuts it down afterwards, whether `body` throws or not.
    @discardableResult
    public static func withFetcher<Result>(
        options: Options = Options(),
        _ body: (PageFetcher) async throws -> Result
    ) async throws -> Result {
        let fetcher = PageFetcher(options: options)
        let result: Result
        do {
            result = try await body(fetcher)
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
        try await fetcher.shutdown()
        return result
    }

    /// Fetches `url` (http or https only), following redirects, within the options' limits.
    ///
    /// Every failure is an `EntenteError` naming the URL: `.urlUnsupported` (checked before any
    /// I/O), `.fetchFailed` (unreachable, refused, broken connection), `.fetchTimeout`,
    /// `.httpStatus` (any final status other than 2xx), `.tooManyRedirects`, `.tooLarge`
    /// and `.gzipInvalid`. Cancelling the calling task throws `CancellationError`.
    public func fetch(_ url: String) async throws -> FetchedPage {
        let target = try FetchTarget(url)
        let options = options
        let deadline = ContinuousClock.now + options.totalTimeout
        do {
            return try await withThrowingTaskGroup(of: FetchedPage.self) { group in
                // AsyncHTTPClient's deadline covers the wait for the response head only; the
                // race with a timer covers reading the body too, and the download checks the
                // deadline itself, since on a busy machine either task may be resumed first.
                group.addTask { try await download(target, deadline: deadline) }
                group.addTask {
                    try await Task.sleep(for: options.totalTimeout)
                    throw TotalTimeoutExpired()
                }
                defer { group.cancelAll() }
                guard let page = try await group.next() else { throw CancellationError() }
                return page
            }
        } catch {
            throw FetchFailure.describe(error, target: target, options: options)
        }
    }

    private func download(_ target: FetchTarget, deadline: ContinuousClock.Instant) async throws -> FetchedPage {
        var request = HTTPClientRequest(url: target.url)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept-Encoding", value: "gzip")
        let response = try await client.execute(request, timeout: TimeAmount(options.totalTimeout))
        let finalURL = response.history.last?.request.url ?? target.url
        guard (200..<300).contains(response.status.code) else {
            throw FetchFailure.status(response.status, target: target, finalURL: finalURL)
        }
        let gzipEncoded = try Self.isGzipEncoded(response.headers, url: target.url)
        let declaredLength = response.headers.first(name: "Content-Length").flatMap { Int($0) }
        if let declaredLength, declaredLength > options.maxBodySize {
            throw BodyCollector.tooLarge(target.url, limit: options.maxBodySize)
        }
        var collector = try BodyCollector(limit: options.maxBodySize, url: target.url, gzipEncoded: gzipEncoded)
        for try await chunk in response.body {
            if ContinuousClock.now > deadline { throw TotalTimeoutExpired() }
            try collector.append(chunk)
        }
        if ContinuousClock.now > deadline { throw TotalTimeoutExpired() }
        var body = try collector.finish()
        let mediaType = response.headers.first(name: "Content-Type").flatMap { MediaType(header: $0) }
        let gzipFile = FetchTarget.namesGzipFile(finalURL) || FetchTarget.namesGzipFile(target.url)
            || mediaType?.essence == "application/gzip" || mediaType?.essence == "application/x-gzip"
        if gzipFile && Gzip.isCompressed(body) {
            body = try Gzip.decompress(body, limit: options.maxBodySize, source: target.url)
        }
        return FetchedPage(
            requestedURL: target.url, finalURL: finalURL, status: Int(response.status.code),
            contentType: mediaType?.essence, charset: mediaType?.charset, body: body
        )
    }

    /// Whether the body is gzip on the wire. Only gzip is asked for, so any other coding
    /// is an error rather than bytes passed on undecoded.
    private static func isGzipEncoded(_ headers: HTTPHeaders, url: String) throws -> Bool {
        let codings = headers[canonicalForm: "Content-Encoding"].map { $0.lowercased() }.filter { $0 != "identity" }
        if codings.isEmpty { return false }
        if codings == ["gzip"] || codings == ["x-gzip"] { return true }
        throw EntenteError(.fetchFailed, "cannot fetch \(url): the server sent an unsupported Content-Encoding, \(codings.joined(separator: ", "))")
    }
}
