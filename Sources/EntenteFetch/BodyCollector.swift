import EntenteCore
import NIOCore

/// Gathers a response body as it streams, refusing it the moment it passes the cap, so a
/// 50 GB answer costs one cap of memory and the time to read one cap, not the download.
///
/// The cap counts the bytes received and, for `Content-Encoding: gzip`, the bytes they
/// decompress to: a small compressed answer must not expand past the cap either.
struct BodyCollector {
    private let limit: Int
    private let url: String
    private let inflater: GzipStream?
    private(set) var received = 0
    private var bytes: [UInt8] = []

    init(limit: Int, url: String, gzipEncoded: Bool) throws {
        self.limit = limit
        self.url = url
        inflater = gzipEncoded ? try GzipStream(limit: limit, source: url) : nil
    }

    mutating func append(_ chunk: ByteBuffer) throws {
        received += chunk.readableBytes
        guard received <= limit else { throw Self.tooLarge(url, limit: limit) }
        if let inflater {
            try inflater.feed(chunk, into: &bytes)
        } else {
            bytes.append(contentsOf: chunk.readableBytesView)
        }
    }

    /// The whole body; throws when a gzip-encoded body stopped inside its stream.
    func finish() throws -> [UInt8] {
        try inflater?.finish()
        return bytes
    }

    static func tooLarge(_ url: String, limit: Int) -> EntenteError {
        EntenteError(.tooLarge, "cannot fetch \(url): the body is larger than \(ByteCount(limit)), the limit")
    }
}
