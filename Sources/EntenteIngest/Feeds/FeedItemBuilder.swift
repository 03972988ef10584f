import EntenteCore
import Foundation

/// The fields of the item being read, as raw text, until its end tag says it is complete.
struct FeedItemBuilder {
    /// How text in a body or title is written, after Atom's `type` attribute; RSS bodies are
    /// HTML by convention.
    enum Format {
        case text, html, xhtml

        init(atomType: String?) {
            switch atomType?.lowercased() {
            case "html", "text/html": self = .html
            case "xhtml", "application/xhtml+xml": self = .xhtml
            default: self = .text
            }
        }
    }

    /// Where captured text goes.
    enum Field {
        case title(Format)
        case dublinCoreTitle
        case link
        case guid
        case atomID
        /// Lower rank wins: `pubDate`, `published` and `dc:date` before `updated`.
        case date(rank: Int)
        /// Lower rank wins: full content before a description or summary.
        case body(rank: Int, Format)
    }

    let position: Int
    /// The depth of the item element on the parser's path.
    let depth: Int
    var title: (text: String, format: Format)?
    var dublinCoreTitle: String?
    var link: String?
    var alternateLink: String?
    var guid: String?
    var guidIsPermaLink = true
    var atomID: String?
    var about: String?
    var dates: [(rank: Int, text: String)] = []
    var bodies: [(rank: Int, format: Format, text: String)] = []
    /// Bytes captured so far, against the item size limit.
    var size = 0
    var isTooLarge = false

    init(position: Int, depth: Int) {
        self.position = position
        self.depth = depth
    }

    mutating func store(_ text: String, in field: Field) {
        switch field {
        case .title(let format): if title == nil { title = (text, format) }
        case .dublinCoreTitle: if dublinCoreTitle == nil { dublinCoreTitle = text }
        case .link: if link == nil { link = text }
        case .guid: if guid == nil { guid = text }
        case .atomID: if atomID == nil { atomID = text }
        case .date(let rank): dates.append((rank, text))
        case .body(let rank, let format): bodies.append((rank, format, text))
        }
    }

    /// The finished item; relative links are resolved against the feed's own link.
    func build(outlet: String?, base: String?) -> FeedItem {
        let title = (self.title.map { FeedItemBuilder.inlineText($0.text, format: $0.format) } ?? nil)
            ?? dublinCoreTitle.flatMap { FeedItemBuilder.inlineText($0, format: .html) }
        let permalink = guidIsPermaLink && (guid?.hasPrefix("http") ?? false) ? guid : nil
        let link = [self.link, alternateLink, permalink, about].lazy.compactMap { FeedItemBuilder.absolute($0, base: base) }.first
        let id = [guid, atomID, about].lazy.compactMap { HTMLMetadata.clean($0) }.first
        let published = dates.sorted { $0.rank < $1.rank }.lazy.compactMap { PublicationDate.day(from: $0.text) }.first
        var body = ""
        for candidate in bodies.sorted(by: { $0.rank < $1.rank }) {
            body = candidate.format == .text
                ? HTMLArticle.paragraphs(ofPlainText: candidate.text).joined(separator: "\n\n")
                : HTMLArticle.text(ofFragment: candidate.text)
            if !body.isEmpty { break }
        }
        return FeedItem(title: title, link: link, id: id, published: published, body: body, outlet: outlet)
    }

    /// A title on one line: markup (and double-escaped entities) decoded when there is any.
    static func inlineText(_ text: String, format: Format) -> String? {
        let decoded = format != .text || text.contains(where: { $0 == "<" || $0 == "&" })
            ? HTMLArticle.text(ofFragment: text) : text
        return HTMLMetadata.clean(decoded)
    }

    static func absolute(_ link: String?, base: String?) -> String? {
        guard let link = HTMLMetadata.clean(link) else { return nil }
        guard let base, URL(string: link)?.scheme == nil, let resolved = URL(string: link, relativeTo: URL(string: base)) else { return link }
        return resolved.absoluteURL.absoluteString
    }
}
