import Foundation

/// The article a page describes in JSON-LD (`<script type="application/ld+json">`): many
/// publishing systems put their only reliable headline, date and publisher there.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var publisherName: String?
    var url: String?

    /// The first article-typed object in `scripts`, looking into arrays and `@graph`, with
    /// a publisher given by `@id` looked up in the same graph.
    init?(scripts: [String]) {
        for script in scripts {
            guard let json = JSONLDArticle.parse(script) else { continue }
            var objects: [[String: Any]] = []
            JSONLDArticle.collect(json, into: &objects, depth: 0)
            var byID: [String: [String: Any]] = [:]
            for object in objects {
                if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
            }
            guard let article = objects.first(where: JSONLDArticle.isArticle) else { continue }
            headline = JSONLDArticle.string(article["headline"]) ?? JSONLDArticle.string(article["name"])
            datePublished = JSONLDArticle.string(article["datePublished"]) ?? JSONLDArticle.string(article["dateCreated"])
            publisherName = JSONLDArticle.name(of: article["publisher"], byID: byID)
            url = JSONLDArticle.string(article["url"]) ?? JSONLDArticle.reference(article["mainEntityOfPage"])
            return
        }
        return nil
    }

    /// Parses a script body, forgiving the comment and CDATA wrappers old templates add.
    private static func parse(_ script: String) -> Any? {
        var text = script.trimmingASCIIWhitespace()
        for wrapper in ["<!--", "//<![CDATA[", "<![CDATA["] where text.hasPrefix(wrapper) { text.removeFirst(wrapper.count) }
        for wrapper in ["-->", "//]]>", "]]>"] where text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
        text = text.trimmingASCIIWhitespace()
        if text.hasSuffix(";") { text.removeLast() }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// Every object in `value`, outer ones first; depth-bounded, since pages are strangers.
    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        }
    }

    /// Whether `@type` names a kind of article (NewsArticle, ReportageNewsArticle,
    /// BlogPosting…), with or without a schema.org prefix.
    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        switch object["@type"] {
        case let type as String: types = [type]
        case let list as [Any]: types = list.compactMap { $0 as? String }
        default: return false
        }
        return types.contains { type in
            let name = type.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? type
            return name.hasSuffix("Article") || ["BlogPosting", "LiveBlogPosting", "Report"].contains(name)
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let list as [Any]: return list.lazy.compactMap { string($0) }.first
        default: return nil
        }
    }

    /// A URL given as text or as `{"@id": …}` / `{"url": …}`.
    private static func reference(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        guard let object = value as? [String: Any] else { return nil }
        return string(object["@id"]) ?? string(object["url"])
    }

    private static func name(of value: Any?, byID: [String: [String: Any]]) -> String? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let list as [Any]: return list.lazy.compactMap { name(of: $0, byID: byID) }.first
        case let object as [String: Any]:
            if let name = string(object["name"]) { return name }
            if let id = object["@id"] as? String, let target = byID[id] { return string(target["name"]) }
            return nil
        default: return nil
        }
    }
}
