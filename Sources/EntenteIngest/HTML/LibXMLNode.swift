import CLibXML2
import Foundation

/// Read-only access to a node of a libxml2 tree. The tree belongs to its `HTMLDocument`;
/// a node never outlives it.
struct LibXMLNode: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Text and CDATA nodes: libxml2 gives `<script>` and `<style>` bodies as either.
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element name; the HTML parser has already lowercased it.
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Whether this is an element called `name`, compared without making a String.
    func isElement(_ name: StaticString) -> Bool {
        guard isElement, let own = pointer.pointee.name else { return false }
        return strcmpBytes(own, name)
    }

    var parent: LibXMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return LibXMLNode(parent)
    }

    var firstChild: LibXMLNode? { pointer.pointee.children.map(LibXMLNode.init) }

    var next: LibXMLNode? { pointer.pointee.next.map(LibXMLNode.init) }

    /// The content of a text node.
    var content: String {
        pointer.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// The UTF-8 bytes of a text node, without copying, for counting.
    var contentBytes: UnsafeBufferPointer<UInt8> {
        guard let content = pointer.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
    }

    /// An attribute's value; entity references in it are already decoded by the parser.
    /// Attributes are walked directly because `xmlGetProp` hands back memory to free with
    /// `xmlFree`, a macro Swift cannot call.
    func attribute(_ name: StaticString) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let own = current.pointee.name, strcmpBytes(own, name) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// All the text below this node, in document order.
    var textContent: String {
        var text = ""
        walk { node in
            if node.isText { text += node.content }
            return true
        }
        return text
    }

    /// Whether an ancestor (not this node) is an element called `name`.
    func hasAncestor(_ name: StaticString) -> Bool {
        var node = parent
        while let current = node {
            if current.isElement(name) { return true }
            node = current.parent
        }
        return false
    }

    /// Visits this node's subtree in document order without recursion, because broken pages
    /// nest thousands of unclosed elements deep. `enter` returns whether to go into a node's
    /// children; `exit` runs for every node entered, after its children.
    func walk(enter: (LibXMLNode) -> Bool, exit: (LibXMLNode) -> Void = { _ in }) {
        var current = pointer
        while true {
            let entered = enter(LibXMLNode(current))
            if entered, let child = current.pointee.children {
                current = child
                continue
            }
            if entered { exit(LibXMLNode(current)) }
            while true {
                if current == pointer { return }
                if let sibling = current.pointee.next {
                    current = sibling
                    break
                }
                guard let parent = current.pointee.parent else { return }
                current = parent
                exit(LibXMLNode(current))
            }
        }
    }
}

/// Whether a libxml2 string equals a Swift literal, byte for byte.
func strcmpBytes(_ string: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    literal.withUTF8Buffer { expected in
        for index in 0..<expected.count where string[index] != expected[index] { return false }
        return string[expected.count] == 0
    }
}
