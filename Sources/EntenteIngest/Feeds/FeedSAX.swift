import CLibXML2

/// The libxml2 SAX callbacks that feed a `FeedParser`. Entente's own handler, not libxml2's
/// tree builder: no document is built, and entities are looked up only among those
/// `FeedEntities` allowed, so nothing a feed declares is expanded unchecked or fetched.
enum FeedSAX {
    /// The parser behind a callback's context pointer.
    private static func parser(_ context: UnsafeMutableRawPointer?) -> FeedParser {
        Unmanaged<FeedParser>.fromOpaque(context!).takeUnretainedValue()
    }

    private static func string(_ text: UnsafePointer<xmlChar>?) -> String? {
        text.map { String(cString: $0) }
    }

    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, uri, _, _, attributeCount, _, attributes in
            var list: [FeedAttribute] = []
            if let attributes, attributeCount > 0 {
                // Five pointers per attribute: local name, prefix, URI, value start, value end.
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    guard let name = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                    list.append(FeedAttribute(name: String(cString: name), namespace: FeedNamespace(uri: FeedSAX.string(attributes[base + 2])), value: value))
                }
            }
            FeedSAX.parser(context).startElement(FeedSAX.string(localName) ?? "", namespace: FeedNamespace(uri: FeedSAX.string(uri)), attributes: list)
        }
        handler.endElementNs = { context, _, _, _ in
            FeedSAX.parser(context).endElement()
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            FeedSAX.parser(context).characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        handler.entityDecl = { context, name, type, _, systemID, content in
            let feed = FeedSAX.parser(context)
            if let refusal = feed.entities.declare(name: FeedSAX.string(name) ?? "", type: type, systemID: FeedSAX.string(systemID), content: FeedSAX.string(content)) {
                feed.fail(refusal)
            }
        }
        handler.getEntity = { context, name in
            guard let name else { return nil }
            return FeedSAX.parser(context).entities.entity(named: name)
        }
        handler.reference = { context, name in
            let feed = FeedSAX.parser(context)
            if let refusal = feed.entities.expanded(FeedSAX.string(name) ?? "") { feed.fail(refusal) }
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            let feed = FeedSAX.parser(context)
            let code = error.pointee.code
            let message = error.pointee.message.map { String(cString: $0).trimmingASCIIWhitespace() } ?? "error \(code)"
            if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
                // libxml2's own guard against entity expansion, should Entente's let one by.
                feed.fail(.init(.unsafeFeed, "the feed's entities expand without bound; refused", cause: ParseProblem(message)))
            } else if error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                feed.noteError("line \(error.pointee.line): \(message)")
            }
        }
        return handler
    }
}
