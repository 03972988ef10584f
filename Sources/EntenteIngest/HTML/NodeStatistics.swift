import CLibXML2

/// How much text, and how much link text, each element of a page holds, counted in one pass
/// so that asking about any element costs nothing (a page of thousands of nested elements
/// would make per-element counting quadratic).
struct NodeStatistics {
    struct Counts {
        /// Visible characters (not spaces) in the element.
        var text = 0
        /// Those of them inside links.
        var links = 0
        /// Those in text nodes directly inside the element, not in child elements.
        var direct = 0

        /// The share of the text that is link text: high for menus and lists of headlines.
        var linkDensity: Double { text == 0 ? 0 : Double(links) / Double(text) }
    }

    private var counts: [xmlNodePtr: Counts] = [:]

    /// Counts the elements under `root`; scripts and styles hold no visible text.
    init(_ root: LibXMLNode) {
        var stack: [Counts] = [Counts()]
        root.walk(enter: { node in
            if node.isText {
                let visible = NodeStatistics.visibleCharacters(node.contentBytes)
                stack[stack.count - 1].text += visible
                stack[stack.count - 1].direct += visible
                return false
            }
            guard node.isElement else { return false }
            if node.isElement("script") || node.isElement("style") || node.isElement("noscript") || node.isElement("template") { return false }
            stack.append(Counts())
            return true
        }, exit: { node in
            guard node.isElement else { return }
            var own = stack.removeLast()
            if node.isElement("a") { own.links = own.text }
            counts[node.pointer] = own
            stack[stack.count - 1].text += own.text
            stack[stack.count - 1].links += own.links
        })
    }

    subscript(node: LibXMLNode) -> Counts {
        counts[node.pointer] ?? Counts()
    }

    /// Characters that are not ASCII whitespace, counting each UTF-8 sequence once.
    static func visibleCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 && byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
            count += 1
        }
        return count
    }
}
