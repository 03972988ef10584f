import CLibXML2
import EntenteCore

/// A page parsed by libxml2's HTML parser, which recovers from broken markup the way
/// browsers do. The tree is freed with the document.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Never the network; no messages on standard error; and no depth limit: broken pages
    /// nest unclosed elements past libxml2's default of 256 levels, where it would stop
    /// reading, and both its parser and Entente's walks use no stack per level.
    private static let options = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses `bytes`, which are in `encoding` (a name libxml2 knows).
    init(bytes: [UInt8], encoding: String) throws {
        LibXML.initialize()
        guard !bytes.isEmpty, bytes.count < Int32.max else {
            throw EntenteError(.invalidHTML, bytes.isEmpty ? "empty page" : "page too large for the HTML parser")
        }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, encoding, HTMLDocument.options)
            }
        }
        guard let parsed else { throw EntenteError(.invalidHTML, "the HTML parser could not read the page") }
        pointer = parsed
    }

    /// Parses a piece of HTML, such as a feed item's body; libxml2 adds the `<html>` and
    /// `<body>` around it.
    convenience init(fragment: String) throws {
        try self.init(bytes: Array(fragment.utf8), encoding: "UTF-8")
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The `<html>` element.
    var root: LibXMLNode? {
        xmlDocGetRootElement(pointer).map(LibXMLNode.init)
    }

    /// The `<body>` element, or the root when the parser made none.
    var body: LibXMLNode? {
        guard let root else { return nil }
        var child = root.firstChild
        while let node = child {
            if node.isElement("body") { return node }
            child = node.next
        }
        return root
    }
}
