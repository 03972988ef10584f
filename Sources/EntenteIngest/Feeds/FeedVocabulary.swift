/// The XML namespaces feeds are written in, and the element names that matter in each.
enum FeedNamespace: Equatable {
    /// RSS 0.9x and 2.0 elements, which have no namespace.
    case none
    case atom
    /// RSS 1.0 and 0.90, whose items sit beside the channel in an RDF document.
    case rss1
    case rdf
    /// `content:encoded`.
    case content
    /// Dublin Core: `dc:date`, `dc:title`; also DC terms.
    case dublinCore
    case other

    init(uri: String?) {
        switch uri {
        case nil, "": self = .none
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": self = .atom
        case "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/": self = .rss1
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/": self = .dublinCore
        default: self = .other
        }
    }

    /// Whether elements here are plain RSS ones (`title`, `link`, `description`, `item`).
    var isRSS: Bool { self == .none || self == .rss1 }
}

/// One element on the parser's path from the root.
struct FeedElement {
    var name: String
    var namespace: FeedNamespace
}

/// An attribute, as much of it as feeds need.
struct FeedAttribute {
    var name: String
    var namespace: FeedNamespace
    var value: String
}

extension Array where Element == FeedAttribute {
    /// The value of the attribute `name` with no namespace.
    subscript(_ name: String) -> String? {
        first { $0.name == name && $0.namespace == .none }?.value
    }
}
