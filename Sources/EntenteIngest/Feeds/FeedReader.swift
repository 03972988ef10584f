import CLibXML2
import EntenteCore
import Foundation

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed item by item, in bounded memory: the input
/// goes to libxml2's push parser a chunk at a time, and each item is handed on as soon as its
/// end tag is read, so a feed of any size costs one chunk and one item.
///
/// Feeds come from strangers, so the parser never touches the network or the disk for
/// them: no external entity or DTD is loaded, and a DTD that declares entities built from
/// other entities, external entities or more than a handful refuses the feed (`unsafeFeed`)
/// before anything is expanded.
///
/// The push parser is used rather than `xmlTextReader` because only a SAX handler sees an
/// entity declaration as it is parsed; the reader reports it after expansion may have begun.
public final class FeedReader {
    /// The size of the pieces read and parsed.
    public static let chunkSize = 64 << 10

    private let parser: FeedParser
    private let read: () throws -> [UInt8]
    private var context: xmlParserCtxtPtr?
    private var finished = false
    /// Bytes taken from the input so far: with `chunkSize`, how far ahead of the items
    /// handed on the reader is.
    public private(set) var bytesRead = 0

    /// Reads the feed from `handle`, after `prefix` (bytes already taken from it to tell
    /// its kind). An item larger than `maximumItemSize` bytes is skipped, not held.
    public convenience init(handle: FileHandle, prefix: [UInt8] = [], maximumItemSize: Int = LineReader.defaultMaximumLength) {
        var pending = prefix
        self.init(maximumItemSize: maximumItemSize) {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            return [UInt8](try handle.read(upToCount: FeedReader.chunkSize) ?? Data())
        }
    }

    /// Reads a feed held in memory.
    public convenience init(bytes: [UInt8], maximumItemSize: Int = LineReader.defaultMaximumLength) {
        var offset = 0
        self.init(maximumItemSize: maximumItemSize) {
            let end = min(bytes.count, offset + FeedReader.chunkSize)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
    }

    private init(maximumItemSize: Int, read: @escaping () throws -> [UInt8]) {
        LibXML.initialize()
        self.parser = FeedParser(maximumItemSize: max(maximumItemSize, 1))
        self.read = read
    }

    deinit {
        if let context {
            // The parser leaves behind the scratch document it made to check entity text.
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
    }

    /// The feed's title, once read (it comes before the items in well-formed feeds).
    public var title: String? { parser.title }

    /// Problems read past: the feed is not well-formed XML, but items could still be read.
    public var warnings: [String] { parser.warnings }

    /// The next entry, or nil at the end of the feed. Throws `invalidFeed` for input that is
    /// no feed and `unsafeFeed` for a refused DTD; entries already handed on stand.
    public func next() throws -> FeedEntry? {
        while true {
            if let entry = parser.dequeue() { return entry }
            if let fatal = parser.fatal { throw fatal }
            if finished { return nil }
            try parseNextChunk()
        }
    }

    private func parseNextChunk() throws {
        var chunk = try read()
        bytesRead += chunk.count
        if context == nil {
            // libxml2 detects the encoding from the first four bytes (a BOM or "<?xm").
            while chunk.count < 4 {
                let more = try read()
                if more.isEmpty { break }
                bytesRead += more.count
                chunk += more
            }
            guard chunk.count >= 4 else {
                finished = true
                parser.fail(EntenteError(.invalidFeed, chunk.isEmpty ? "empty input, not a feed" : "not an RSS or Atom feed: too short"))
                return
            }
            try start(with: chunk)
            return
        }
        guard let context else { return }
        let isLast = chunk.isEmpty
        chunk.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                _ = xmlParseChunk(context, characters.baseAddress, Int32(characters.count), isLast ? 1 : 0)
            }
        }
        if isLast {
            finished = true
            parser.finishDocument()
        }
    }

    /// Never the network, never an entity substituted by libxml2's rules, never a DTD
    /// loaded; recover from broken markup (common in feeds) and report it instead.
    private static let options = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private func start(with chunk: [UInt8]) throws {
        var handler = FeedSAX.handler()
        let user = Unmanaged.passUnretained(parser).toOpaque()
        let created = chunk.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                xmlCreatePushParserCtxt(&handler, user, characters.baseAddress, 4, nil)
            }
        }
        guard let created else { throw EntenteError(.invalidFeed, "libxml2 could not start a parser") }
        context = created
        parser.context = created
        xmlCtxtUseOptions(created, FeedReader.options)
        let rest = Array(chunk.dropFirst(4))
        rest.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                _ = xmlParseChunk(created, characters.baseAddress, Int32(characters.count), 0)
            }
        }
    }
}
