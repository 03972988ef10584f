import EntenteCore
import Foundation

/// Gzip data held in memory or in a file, decompressed up to a limit: news archives and feeds
/// come gzipped, and a limit is what keeps a hostile or broken one from filling memory.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number (1f 8b). Says nothing of the rest.
    public static func isCompressed(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// The decompressed contents of `bytes`, refused with `.tooLarge` past `limit` bytes and
    /// with `.gzipInvalid` when corrupt or truncated; `source` names the data in messages.
    public static func decompress(_ bytes: [UInt8], limit: Int, source: String = "gzip data") throws -> [UInt8] {
        let stream = try GzipStream(limit: limit, source: source)
        var output: [UInt8] = []
        try stream.feed(bytes, into: &output)
        try stream.finish()
        return output
    }

    /// The decompressed contents of the file at `path`, read in chunks so that only the
    /// output, never the whole compressed file, is held; errors as ``decompress(_:limit:source:)``.
    public static func decompress(fileAt path: String, limit: Int, chunkSize: Int = 1 << 20) throws -> [UInt8] {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw EntenteError(.fileUnreadable, "cannot open file", at: .init(file: path))
        }
        defer { try? file.close() }
        let stream = try GzipStream(limit: limit, source: path)
        var output: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try file.read(upToCount: chunkSize)
            } catch {
                throw EntenteError(.fileUnreadable, "cannot read file", at: .init(file: path), cause: error)
            }
            guard let chunk, !chunk.isEmpty else { break }
            try stream.feed(chunk, into: &output)
        }
        try stream.finish()
        return output
    }
}
