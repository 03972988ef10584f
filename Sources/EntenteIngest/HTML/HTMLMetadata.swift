import EntenteCore
import Foundation

/// What a page says about its article beyond the text: Open Graph and other `<meta>` tags,
/// JSON-LD, `<link rel=canonical>`, `<time>`, `<title>`, `<html lang>`.
struct HTMLMetadata {
    var title: String?
    var published: Day?
    var outlet: String?
    var canonicalURL: String?
    var language: String?

    /// `<meta name>` values that carry a publication date, as publishing systems spell them.
    static let dateNames = [
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "originalpublicationdate",
        "og:published_time", "datepublished",
    ]

    init(root: LibXMLNode, article: [LibXMLNode], pageURL: String?) {
        var meta: [String: String] = [:]
        var canonical: String?
        var pageTitle: String?
        var scripts: [String] = []
        var itemDates: [String] = []
        var times: [(node: LibXMLNode, datetime: String, marked: Bool)] = []
        root.walk { node in
            guard node.isElement else { return false }
            switch node.name {
            case "meta":
                guard let content = node.attribute("content") else { break }
                for key: StaticString in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attribute("href")
                }
            case "title":
                if pageTitle == nil, !node.hasAncestor("svg") { pageTitle = node.textContent }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true { scripts.append(node.textContent) }
                return false
            case "time":
                if let datetime = node.attribute("datetime") {
                    times.append((node, datetime, node.attribute("pubdate") != nil || node.attribute("itemprop") == "datePublished"))
                }
            default: break
            }
            if node.attribute("itemprop") == "datePublished", let value = node.attribute("content") ?? node.attribute("datetime") {
                itemDates.append(value)
            }
            return true
        }
        let jsonLD = JSONLDArticle(scripts: scripts)
        outlet = HTMLMetadata.clean(meta["og:site_name"]) ?? HTMLMetadata.clean(jsonLD?.publisherName)
            ?? HTMLMetadata.clean(meta["application-name"])
        title = HTMLMetadata.clean(meta["og:title"]) ?? HTMLMetadata.clean(jsonLD?.headline)
            ?? HTMLMetadata.clean(meta["twitter:title"]) ?? HTMLMetadata.clean(meta["headline"])
            ?? HTMLMetadata.firstHeading(in: article) ?? HTMLMetadata.withoutOutlet(HTMLMetadata.clean(pageTitle), outlet: outlet)
        let insideArticle = times.filter { time in article.contains { $0 == time.node || time.node.isDescendant(of: $0) } }
        let dateCandidates = [meta["article:published_time"], jsonLD?.datePublished] + itemDates.map(Optional.some)
            + HTMLMetadata.dateNames.map { meta[$0] } + times.filter(\.marked).map(\.datetime) + insideArticle.map(\.datetime)
        published = dateCandidates.lazy.compactMap { $0.flatMap(PublicationDate.day(from:)) }.first
        canonicalURL = [canonical, meta["og:url"], jsonLD?.url].lazy.compactMap { HTMLMetadata.absolute($0, base: pageURL) }.first
        language = [root.attribute("lang"), root.attribute("xml:lang"), meta["content-language"], meta["og:locale"], meta["language"], meta["dc.language"]]
            .lazy.compactMap(HTMLMetadata.primaryLanguage).first
    }

    /// Whitespace collapsed; nil when nothing is left.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        var builder = ParagraphBuilder()
        builder.append(text)
        let cleaned = builder.finish().joined(separator: " ")
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The first `<h1>` in the article.
    private static func firstHeading(in article: [LibXMLNode]) -> String? {
        for root in article {
            var heading: String?
            root.walk { node in
                guard heading == nil, node.isElement else { return false }
                if node.isElement("h1") {
                    heading = clean(node.textContent)
                    return false
                }
                return true
            }
            if let heading { return heading }
        }
        return nil
    }

    /// A `<title>` without the " | Outlet" or " - Outlet" most sites append.
    private static func withoutOutlet(_ title: String?, outlet: String?) -> String? {
        guard let title, let outlet else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: "] where title.hasSuffix(separator + outlet) {
            return String(title.dropLast(separator.count + outlet.count))
        }
        return title
    }

    /// `link` made absolute against the page's URL; nil unless it ends up http(s).
    private static func absolute(_ link: String?, base: String?) -> String? {
        guard let link = clean(link) else { return nil }
        let resolved = URL(string: link, relativeTo: base.flatMap { URL(string: $0) })?.absoluteURL
        guard let resolved, let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return resolved.absoluteString
    }

    /// "en" from "en", "en-GB" or "en_US": the analyser's models are per language, not
    /// per region.
    private static func primaryLanguage(_ tag: String?) -> String? {
        guard let tag, let first = tag.trimmingASCIIWhitespace().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," }).first else { return nil }
        let code = first.lowercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }
}

extension LibXMLNode {
    /// Whether `ancestor` encloses this node.
    func isDescendant(of ancestor: LibXMLNode) -> Bool {
        var node = parent
        while let current = node {
            if current == ancestor { return true }
            node = current.parent
        }
        return false
    }
}
