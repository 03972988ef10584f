import CLibXML2
import EntenteCore

/// Turns the parser's element events into feed items, queued for the reader to hand on. It
/// keeps only the element path and the item being read, so memory stays bounded whatever
/// the feed's size.
final class FeedParser {
    enum Kind { case rss, atom, rdf }

    let maximumItemSize: Int
    let entities = FeedEntities()
    /// The libxml2 parser, to stop when the feed is refused.
    var context: xmlParserCtxtPtr?
    private(set) var kind: Kind?
    private(set) var title: String?
    private var link: String?
    private(set) var fatal: EntenteError?
    private(set) var warnings: [String] = []
    /// Items finished but not yet handed on.
    private var queue: [FeedEntry] = []
    private var queueHead = 0

    private var path: [FeedElement] = []
    private var item: FeedItemBuilder?
    private var itemCount = 0
    /// Where text is going, if anywhere.
    private var capture: Capture?

    private enum Target {
        case item(FeedItemBuilder.Field)
        case feedTitle(FeedItemBuilder.Format)
        case feedLink
    }

    /// Text being gathered for a field of the item (or the feed's title or link), until the
    /// element at `depth` ends. A class, so appending never copies the bytes gathered.
    private final class Capture {
        let target: Target
        let depth: Int
        let format: FeedItemBuilder.Format
        var bytes: [UInt8] = []

        init(_ target: Target, depth: Int, format: FeedItemBuilder.Format) {
            self.target = target
            self.depth = depth
            self.format = format
        }
    }

    init(maximumItemSize: Int) {
        self.maximumItemSize = maximumItemSize
    }

    /// The next finished entry, if one is waiting.
    func dequeue() -> FeedEntry? {
        guard queueHead < queue.count else { return nil }
        let entry = queue[queueHead]
        queueHead += 1
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        }
        return entry
    }

    /// Stops reading for good.
    func fail(_ error: EntenteError) {
        guard fatal == nil else { return }
        fatal = error
        if let context { xmlStopParser(context) }
    }

    /// The parser's first complaint: a feed that breaks XML once usually breaks it
    /// everywhere, and one message says what is wrong.
    private var firstError: String?

    /// Notes an error libxml2 recovered from.
    func noteError(_ message: String) {
        guard firstError == nil else { return }
        firstError = message
        warnings.append("not well-formed XML (\(message)); read on as far as possible")
    }

    // MARK: - Element events

    func startElement(_ name: String, namespace declared: FeedNamespace, attributes: [FeedAttribute]) {
        guard fatal == nil else { return }
        if kind == nil {
            switch (name, declared) {
            case ("rss", _): kind = .rss
            case ("feed", .atom), ("feed", .none): kind = .atom
            case ("RDF", .rdf): kind = .rdf
            default:
                fail(EntenteError(.invalidFeed, "not an RSS or Atom feed: the root element is <\(name)>"))
                return
            }
        }
        // An Atom feed written without its namespace is still Atom throughout.
        let namespace = kind == .atom && declared == .none ? .atom : declared
        path.append(FeedElement(name: name, namespace: namespace))
        let depth = path.count
        if let capture {
            // Atom XHTML content is markup inside the feed; keep it as HTML for the extractor.
            if capture.format == .xhtml { capture.bytes += Array("<\(name)>".utf8) }
            return
        }
        if item == nil, (name == "item" && namespace.isRSS) || (name == "entry" && namespace == .atom) {
            itemCount += 1
            item = FeedItemBuilder(position: itemCount, depth: depth)
            if let about = attributes.first(where: { $0.name == "about" && $0.namespace == .rdf }) { item?.about = about.value }
            return
        }
        if let item, depth == item.depth + 1 {
            startItemField(name, namespace: namespace, attributes: attributes, depth: depth)
        } else if item == nil {
            startFeedField(name, namespace: namespace, attributes: attributes, depth: depth)
        }
    }

    private func startItemField(_ name: String, namespace: FeedNamespace, attributes: [FeedAttribute], depth: Int) {
        let atomFormat = FeedItemBuilder.Format(atomType: attributes["type"])
        let field: FeedItemBuilder.Field?
        switch (namespace, name) {
        case (.none, "title"), (.rss1, "title"): field = .title(.text)
        case (.atom, "title"): field = .title(atomFormat)
        case (.dublinCore, "title"): field = .dublinCoreTitle
        case (.none, "link"), (.rss1, "link"): field = .link
        case (.atom, "link"):
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", item?.alternateLink == nil { item?.alternateLink = attributes["href"] }
            field = nil
        case (.none, "guid"):
            item?.guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
            field = .guid
        case (.atom, "id"): field = .atomID
        case (.none, "pubDate"), (.atom, "published"), (.atom, "issued"), (.dublinCore, "date"),
             (.dublinCore, "issued"), (.dublinCore, "created"):
            field = .date(rank: 0)
        case (.atom, "updated"), (.atom, "modified"), (.dublinCore, "modified"): field = .date(rank: 1)
        case (.content, "encoded"): field = .body(rank: 0, .html)
        case (.atom, "content"): field = attributes["src"] == nil ? .body(rank: 0, atomFormat) : nil
        case (.none, "description"), (.rss1, "description"): field = .body(rank: 1, .html)
        case (.atom, "summary"): field = .body(rank: 1, atomFormat)
        default: field = nil
        }
        guard let field else { return }
        var format = FeedItemBuilder.Format.text
        if case .body(_, let bodyFormat) = field { format = bodyFormat }
        if case .title(let titleFormat) = field { format = titleFormat }
        capture = Capture(.item(field), depth: depth, format: format)
    }

    /// The feed's own title and link: children of `<channel>` or of Atom's `<feed>`.
    private func startFeedField(_ name: String, namespace: FeedNamespace, attributes: [FeedAttribute], depth: Int) {
        guard depth >= 2 else { return }
        let parent = path[depth - 2]
        let isChannelChild = (parent.name == "channel" && parent.namespace.isRSS) || (parent.name == "feed" && parent.namespace == .atom && depth == 2)
        guard isChannelChild else { return }
        switch (namespace, name) {
        case (.none, "title"), (.rss1, "title"):
            if title == nil { capture = Capture(.feedTitle(.text), depth: depth, format: .text) }
        case (.atom, "title"):
            if title == nil {
                let format = FeedItemBuilder.Format(atomType: attributes["type"])
                capture = Capture(.feedTitle(format), depth: depth, format: format)
            }
        case (.none, "link"), (.rss1, "link"):
            if link == nil { capture = Capture(.feedLink, depth: depth, format: .text) }
        case (.atom, "link"):
            if link == nil, (attributes["rel"] ?? "alternate") == "alternate" { link = attributes["href"] }
        default: break
        }
    }

    func endElement() {
        guard fatal == nil, !path.isEmpty else { return }
        let depth = path.count
        let element = path.removeLast()
        if let capture {
            if depth == capture.depth {
                self.capture = nil
                finish(capture)
            } else if capture.format == .xhtml {
                capture.bytes += Array("</\(element.name)>".utf8)
            }
            return
        }
        if let item, depth == item.depth {
            self.item = nil
            if item.isTooLarge {
                queue.append(.skipped(position: item.position, reason: "item \(item.position) is larger than the limit of \(maximumItemSize) bytes"))
            } else {
                queue.append(.item(item.build(outlet: title, base: link)))
            }
        }
    }

    private func finish(_ capture: Capture) {
        let text = String(decoding: capture.bytes, as: UTF8.self)
        switch capture.target {
        case .item(let field): item?.store(text, in: field)
        case .feedTitle(let format): title = FeedItemBuilder.inlineText(text, format: format)
        case .feedLink: link = HTMLMetadata.clean(text)
        }
    }

    /// Text (or CDATA) inside the current element.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard fatal == nil, let capture else { return }
        if case .item = capture.target, item != nil {
            guard item?.isTooLarge == false else { return }
            item?.size += bytes.count
            if item!.size > maximumItemSize {
                // The item will be skipped; what was gathered of it can go now.
                item?.isTooLarge = true
                capture.bytes = []
                return
            }
        } else if capture.bytes.count + bytes.count > maximumItemSize {
            return
        }
        if capture.format == .xhtml {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): capture.bytes += Array("&lt;".utf8)
                case UInt8(ascii: "&"): capture.bytes += Array("&amp;".utf8)
                default: capture.bytes.append(byte)
                }
            }
        } else {
            capture.bytes.append(contentsOf: bytes)
        }
    }

    /// The end of input: a feed with no root element is no feed.
    func finishDocument() {
        guard fatal == nil else { return }
        if kind == nil {
            fail(EntenteError(.invalidFeed, "not an RSS or Atom feed: no XML root element", cause: firstError.map(ParseProblem.init)))
        } else if let item {
            // A feed cut off inside an item: what was read of it may be half a story.
            self.item = nil
            queue.append(.skipped(position: item.position, reason: "the feed ends inside item \(item.position)"))
        }
    }
}

/// A parser message carried as an error's cause.
struct ParseProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
