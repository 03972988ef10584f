/// What kind of document input is, told from its name and first bytes, so `entente ingest`
/// reads a folder of mixed pages, feeds, JSONL and text without being told.
public enum InputSniffer {
    /// A kind of input.
    public enum Kind: String, Sendable, CaseIterable {
        /// A web page: one article.
        case html
        /// An RSS or Atom feed: one document per item.
        case feed
        /// One JSON document per line.
        case jsonl
        /// Plain text: one document.
        case text
    }

    /// The kind of an input named `name` (a path, or nil for standard input) that starts with
    /// `prefix` (a few kilobytes are plenty). A known extension decides; otherwise the
    /// first markup does, and anything unrecognised is text.
    public static func kind(name: String?, prefix: some Collection<UInt8>) -> Kind {
        if let name, let kind = kind(extension: name) { return kind }
        return kind(content: Array(prefix.prefix(4096)))
    }

    private static func kind(extension name: String) -> Kind? {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return nil }
        switch file[file.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "xml", "rss", "atom", "rdf": return .feed
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return .text
        default: return nil
        }
    }

    private static func kind(content bytes: [UInt8]) -> Kind {
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        let lowered = String(decoding: text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        var rest = lowered.drop(while: \.isWhitespace)
        if rest.first == "{" { return .jsonl }
        // Past the XML declaration, comments, processing instructions and the doctype, the
        // first element names the kind.
        while rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!doctype") {
            if rest.hasPrefix("<!doctype html") { return .html }
            let end: Substring.Index?
            if rest.hasPrefix("<!--") {
                end = rest.range(of: "-->")?.upperBound
            } else if let close = rest.firstIndex(of: ">"), let open = rest.firstIndex(of: "["), open < close {
                end = rest.range(of: "]>")?.upperBound  // a doctype's internal subset holds '>'s
            } else {
                end = rest.firstIndex(of: ">").map { rest.index(after: $0) }
            }
            guard let end else { return rest.hasPrefix("<?xml") ? .feed : .text }
            rest = rest[end...].drop(while: \.isWhitespace)
        }
        for (root, kind) in [("<html", Kind.html), ("<head", .html), ("<rss", .feed), ("<feed", .feed), ("<rdf:rdf", .feed), ("<channel", .feed)] {
            if rest.hasPrefix(root), let next = rest.dropFirst(root.count).first, next == ">" || next == ":" || next.isWhitespace || next == "/" {
                return kind
            }
        }
        return .text
    }
}
