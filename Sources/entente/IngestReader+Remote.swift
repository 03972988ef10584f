import EntenteCore
import EntenteFetch
import EntenteIngest
import Foundation

/// Inputs that are not plain files: http(s) URLs, gzip files, and the pages feed items
/// link to.
extension IngestReader {
    /// A feed item's body shorter than this is a teaser: with `--fetch-links` the linked
    /// page's article is read instead.
    static let teaserLength = 600

    /// The largest file a `.gz` input may expand to (each record in it still obeys
    /// `--max-record-size`).
    static let gzipLimit = 8 << 30

    /// The fetcher, made on first use.
    mutating func pageFetcher() -> PageFetcher {
        if let fetcher { return fetcher }
        var options = fetchOptions
        options.maxBodySize = max(options.maxBodySize, maxRecordSize)
        let made = PageFetcher(options: options)
        fetcher = made
        return made
    }

    /// Fetches `url` and reads what comes back by its media type, else by its content: a
    /// page, a feed, JSONL or text.
    mutating func readURL(_ url: String, _ handle: Handler) async throws {
        let page: FetchedPage
        do {
            page = try await pageFetcher().fetch(url)
        } catch let error as EntenteError {
            report("error: \(url): \(error); skipped")
            return
        }
        let kind: InputSniffer.Kind
        switch (self.kind, page.contentType ?? "") {
        case (.html, _), (.auto, "text/html"), (.auto, "application/xhtml+xml"): kind = .html
        case (.feed, _), (.auto, "application/rss+xml"), (.auto, "application/atom+xml"), (.auto, "application/rdf+xml"): kind = .feed
        case (.jsonl, _), (.auto, "application/x-ndjson"), (.auto, "application/jsonl"): kind = .jsonl
        case (.text, _): kind = .text
        default: kind = InputSniffer.kind(name: URL(string: page.finalURL)?.path, prefix: page.body.prefix(4096))
        }
        switch kind {
        case .html:
            try await readHTML(page.body, name: url, url: page.finalURL, charset: page.charset, handle)
        case .feed:
            try await readFeed(FeedReader(bytes: page.body, maximumItemSize: maxRecordSize), name: url, handle)
        case .jsonl, .text:
            // Read as a file would be, from a temporary copy.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("entente-fetched-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: copy) }
            try Data(page.body).write(to: copy)
            guard let file = FileHandle(forReadingAtPath: copy.path) else { return }
            defer { try? file.close() }
            try await read(handle: file, name: url, path: kind == .jsonl ? "fetched.jsonl" : "fetched.txt", handle)
        }
    }

    /// A `.gz` file: expanded, a chunk at a time, into a temporary file, then read as the
    /// file it holds (`news.jsonl.gz` as JSONL).
    mutating func readGzip(_ path: String, _ handle: Handler) async throws {
        let expanded = FileManager.default.temporaryDirectory.appendingPathComponent("entente-gunzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: expanded) }
        do {
            try Self.gunzip(path, to: expanded.path)
        } catch let error as EntenteError {
            report("error: \(path): \(error); skipped")
            return
        }
        guard let file = FileHandle(forReadingAtPath: expanded.path) else {
            report("error: \(path): cannot read its expanded copy")
            return
        }
        defer { try? file.close() }
        try await read(handle: file, name: path, path: String(path.dropLast(3)), handle)
    }

    /// Expands the gzip file at `path` into `destination`, never holding more than a chunk.
    static func gunzip(_ path: String, to destination: String) throws {
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw EntenteError(.fileUnreadable, "cannot open \(path)")
        }
        defer { try? input.close() }
        guard FileManager.default.createFile(atPath: destination, contents: nil), let output = FileHandle(forWritingAtPath: destination) else {
            throw EntenteError(.fileUnreadable, "cannot write a temporary file for \(path)")
        }
        defer { try? output.close() }
        let stream = try GzipStream(limit: gzipLimit, source: path)
        var expanded: [UInt8] = []
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            expanded.removeAll(keepingCapacity: true)
            try stream.feed(chunk, into: &expanded)
            try output.write(contentsOf: expanded)
        }
        try stream.finish()
    }

    /// The article text of the page at `link`, or nil (with a warning) when it cannot be had.
    mutating func linkedArticle(_ link: String, name: String) async -> String? {
        do {
            let page = try await pageFetcher().fetch(link)
            let article = try HTMLArticle(html: page.body, url: page.finalURL, charset: page.charset)
            return article.text
        } catch {
            printError("warning: \(name): cannot read the page \(link) links to (\(error)); the item's own text is used")
            return nil
        }
    }
}
