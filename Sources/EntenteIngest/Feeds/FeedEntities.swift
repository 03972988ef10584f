import CLibXML2
import EntenteCore

/// The entities a feed may declare in its DTD, and the bound on expanding them. Feeds come
/// from strangers: an entity made of other entities ("billion laughs") can expand a kilobyte
/// into gigabytes, and an external entity (`SYSTEM "file:///etc/passwd"`) would read local
/// files or the network. Such declarations refuse the feed as soon as they are parsed,
/// before anything is expanded. A few short plain-text entities are allowed, since some
/// hand-written feeds use them for names.
final class FeedEntities {
    /// The most entities a feed may declare.
    static let maximumCount = 8
    /// The longest an entity's text may be, in bytes.
    static let maximumLength = 1024
    /// The most text all expansions together may produce, in bytes.
    static let maximumExpansion = 1 << 20

    /// A document of Entente's own that holds the allowed entities, so libxml2 gets them
    /// as its own structures (and frees them with the document).
    private let document: xmlDocPtr
    private var lengths: [String: Int] = [:]
    private var expanded = 0

    init() {
        document = xmlNewDoc("1.0")
        xmlCreateIntSubset(document, "feed", nil, nil)
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Records a declaration, or returns why the feed is refused.
    func declare(name: String, type: Int32, systemID: String?, content: String?) -> EntenteError? {
        switch UInt32(bitPattern: type) {
        case XML_INTERNAL_GENERAL_ENTITY.rawValue: break
        case XML_INTERNAL_PARAMETER_ENTITY.rawValue, XML_EXTERNAL_PARAMETER_ENTITY.rawValue:
            return refusal("declares the parameter entity %\(name);")
        default:
            return refusal("declares the external entity &\(name);\(systemID.map { " (\($0))" } ?? ""), which would read from outside the feed")
        }
        let text = content ?? ""
        if text.contains(where: { $0 == "&" || $0 == "%" }) {
            return refusal("declares the entity &\(name); in terms of other entities, the shape of an entity-expansion (\"billion laughs\") attack")
        }
        if text.contains("<") { return refusal("declares the entity &\(name); holding markup") }
        if text.utf8.count > FeedEntities.maximumLength {
            return refusal("declares the entity &\(name); longer than \(FeedEntities.maximumLength) bytes")
        }
        if lengths[name] == nil, lengths.count >= FeedEntities.maximumCount {
            return refusal("declares more than \(FeedEntities.maximumCount) entities")
        }
        if lengths[name] == nil {
            lengths[name] = text.utf8.count
            xmlAddDocEntity(document, name, Int32(bitPattern: XML_INTERNAL_GENERAL_ENTITY.rawValue), nil, nil, text)
        }
        return nil
    }

    /// An allowed entity, for the parser to expand.
    func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        lengths.isEmpty ? nil : xmlGetDocEntity(document, name)
    }

    /// Counts one expansion of `name`, or returns why the feed is refused.
    func expanded(_ name: String) -> EntenteError? {
        expanded += lengths[name] ?? 0
        return expanded > FeedEntities.maximumExpansion
            ? refusal("expands its entities past \(FeedEntities.maximumExpansion) bytes") : nil
    }

    private func refusal(_ what: String) -> EntenteError {
        EntenteError(.unsafeFeed, "the feed's DTD \(what); refused")
    }
}
