import EntenteCore
import EntenteFetch
import EntenteIngest
import Foundation

/// Reads whole documents for `entente ingest`: a text file or web page is one document, a
/// JSONL line or feed item one document; folders are walked in name order. Bad input is
/// reported and counted.
struct IngestReader {
    let kind: IngestCommand.Kind
    let maxRecordSize: Int
    let defaultDate: Day?
    /// Fetch the page an item links to when a feed gives only a teaser.
    var fetchLinks = false
    /// How http(s) inputs and linked pages are fetched.
    var fetchOptions = PageFetcher.Options()
    private(set) var failures = 0
    /// Made on the first URL, shut down by ``finish()``.
    var fetcher: PageFetcher?

    init(kind: IngestCommand.Kind, maxRecordSize: Int, defaultDate: Day?) {
        self.kind = kind
        self.maxRecordSize = maxRecordSize
        self.defaultDate = defaultDate
    }

    /// Releases the HTTP client, if one was made.
    mutating func finish() async {
        try? await fetcher?.shutdown()
        fetcher = nil
    }

    typealias Handler = (_ externalID: String, _ document: Document) async throws -> Void

    /// Reads `path` (a file, a folder or `-`), handing on each document.
    mutating func read(_ path: String, _ handle: Handler) async throws {
        if path == "-" {
            try await read(handle: FileHandle.standardInput, name: "<stdin>", path: nil, handle)
            return
        }
        if path.lowercased().hasPrefix("http://") || path.lowercased().hasPrefix("https://") {
            try await readURL(path, handle)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report("error: \(path): no such file or folder")
            return
        }
        if isDirectory.boolValue {
            let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    try await readFile(child, handle)
                }
            }
        } else {
            try await readFile(path, handle)
        }
    }

    private mutating func readFile(_ path: String, _ handle: Handler) async throws {
        if path.lowercased().hasSuffix(".gz") {
            try await readGzip(path, handle)
            return
        }
        guard let file = FileHandle(forReadingAtPath: path) else {
            report("error: \(path): cannot open file")
            return
        }
        defer { try? file.close() }
        try await read(handle: file, name: path, path: path, handle)
    }

    /// Reads one stream; `path` is nil for standard input, whose kind only its content tells.
    mutating func read(handle file: FileHandle, name: String, path: String?, _ handle: Handler) async throws {
        var prefix: [UInt8] = []
        let kind: InputSniffer.Kind
        switch self.kind {
        case .jsonl: kind = .jsonl
        case .text: kind = .text
        case .html: kind = .html
        case .feed: kind = .feed
        case .auto:
            prefix = [UInt8](try file.read(upToCount: 4096) ?? Data())
            kind = InputSniffer.kind(name: path, prefix: prefix)
        }
        switch kind {
        case .jsonl: try await readJSONL(file, name: name, prefix: prefix, handle)
        case .text: try await readText(file, name: name, prefix: prefix, handle)
        case .html: try await readHTML(file, name: name, prefix: prefix, handle)
        case .feed: try await readFeed(file, name: name, prefix: prefix, handle)
        }
    }

    /// The whole of a stream, or nil (reported) when it is over the record size limit.
    mutating func readWhole(_ file: FileHandle, name: String, prefix: [UInt8]) throws -> [UInt8]? {
        var bytes = prefix
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > maxRecordSize {
                report("error: \(name): over the --max-record-size limit of \(maxRecordSize) bytes; skipped")
                return nil
            }
        }
        return bytes
    }

    private mutating func readText(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        guard let bytes = try readWhole(file, name: name, prefix: prefix) else { return }
        if bytes.isEmpty {
            printError("warning: \(name): empty input")
            return
        }
        if DecodedText.looksBinary(bytes) {
            report("error: \(name): looks like a binary file, not text; skipped")
            return
        }
        let decoded = DecodedText(bytes)
        if decoded.replacements > 0 {
            printError("warning: \(name): invalid UTF-8 at byte \(decoded.firstInvalidByte ?? 0) (\(decoded.replacements) sequence(s) replaced with U+FFFD)")
        }
        try await handle(name, Document(date: defaultDate, text: decoded.text))
    }

    /// A page is one document: its headline, then its article text, so the headline is
    /// coded too.
    private mutating func readHTML(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        guard let bytes = try readWhole(file, name: name, prefix: prefix) else { return }
        try await readHTML(bytes, name: name, url: nil, charset: nil, handle)
    }

    /// A page from its bytes; `url` (where it was fetched) resolves relative links and
    /// identifies it when it names no canonical URL; `charset` is the HTTP header's.
    mutating func readHTML(_ bytes: [UInt8], name: String, url: String?, charset: String?, _ handle: Handler) async throws {
        let article: HTMLArticle
        do {
            article = try HTMLArticle(html: bytes, url: url, charset: charset)
        } catch let error as EntenteError {
            report("error: \(name): \(error); skipped")
            return
        }
        for warning in article.warnings { printError("warning: \(name): \(warning)") }
        // Identity is the canonical URL, else the address it was fetched from; a file without
        // one is known by its text (a file's path is no identity).
        let address = article.canonicalURL ?? url
        let document = Document(
            id: address, date: article.published ?? defaultDate, url: address, source: article.outlet,
            title: article.title, text: IngestReader.headed(article.title, article.text), language: article.language
        )
        try await handle(address ?? name, document)
    }

    /// A feed is one document per item, handed on as each is read.
    private mutating func readFeed(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        try await readFeed(FeedReader(handle: file, prefix: prefix, maximumItemSize: maxRecordSize), name: name, handle)
    }

    /// Each item of `feed` as a document, the linked page's text for a teaser with
    /// ``fetchLinks``.
    mutating func readFeed(_ feed: FeedReader, name: String, _ handle: Handler) async throws {
        var position = 0
        while true {
            let entry: FeedEntry?
            do {
                entry = try feed.next()
            } catch let error as EntenteError {
                report("error: \(name): \(error)\(position > 0 ? " (after \(position) item(s))" : "")")
                break
            }
            guard let entry else { break }
            position += 1
            switch entry {
            case .skipped(_, let reason):
                report("error: \(name): \(reason); skipped")
            case .item(let item):
                var body = item.body
                if fetchLinks, let link = item.link, body.count < IngestReader.teaserLength, let page = await linkedArticle(link, name: name) {
                    body = page
                }
                let text = IngestReader.headed(item.title, body)
                guard !text.isEmpty else {
                    report("error: \(name): item \(position) has no title or text; skipped")
                    continue
                }
                // The link, else the feed's own id for the item, names it; a position does not.
                let id = item.link ?? item.id
                let document = Document(id: id, date: item.published ?? defaultDate, url: item.link, source: item.outlet, title: item.title, text: text)
                try await handle(id ?? "\(name)#\(position)", document)
            }
        }
        for warning in feed.warnings { printError("warning: \(name): \(warning)") }
    }

    /// `title`, a blank line and `body`, or whichever of them there is.
    static func headed(_ title: String?, _ body: String) -> String {
        guard let title, !title.isEmpty else { return body }
        return body.isEmpty ? title : title + "\n\n" + body
    }

    private mutating func readJSONL(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        var reader = LineReader(handle: file, maximumLength: maxRecordSize, prefix: prefix)
        while let line = try reader.next() {
            switch JSONLRecord.read(line, name: name, maxRecordSize: maxRecordSize, defaultDate: defaultDate) {
            case .blank: continue
            case .failed(let message): report(message)
            case .document(let id, let document): try await handle(id, document)
            }
        }
    }

    mutating func report(_ message: String) {
        printError(message)
        failures += 1
    }
}
