import EntenteStore
import Foundation

/// A network as JSON, Graphviz DOT or GraphML.
enum NetworkOutput {
    static func lines(_ network: Network, format: NetworkCommand.Format) throws -> [String] {
        switch format {
        case .json: return [try json(network)]
        case .dot: return dot(network)
        case .graphml: return graphML(network)
        }
    }

    static func json(_ network: Network) throws -> String {
        // Sorted keys, slashes as they are: the shape the HTTP API gives too.
        try StoreJSON.string(StoreJSON.network(network))
    }

    /// Conflict-heavy edges red, cooperative ones green, width by event count.
    static func dot(_ network: Network) -> [String] {
        var lines = ["digraph entente {"]
        for node in network.nodes { lines.append("  \"\(node.id)\" [label=\"\(node.id)\\n\(node.events)\"];") }
        for edge in network.edges {
            let total = edge.cooperation + edge.conflict
            let color = edge.conflict > edge.cooperation ? "red" : "darkgreen"
            lines.append("  \"\(edge.source)\" -> \"\(edge.target)\" [label=\"+\(edge.cooperation) −\(edge.conflict)\", color=\(color), penwidth=\(min(8, 1 + total))];")
        }
        lines.append("}")
        return lines
    }

    static func graphML(_ network: Network) -> [String] {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#,
            #"  <key id="events" for="node" attr.name="events" attr.type="int"/>"#,
            #"  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>"#,
            #"  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>"#,
            #"  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>"#,
            #"  <graph id="entente" edgedefault="directed">"#,
        ]
        for node in network.nodes {
            lines.append("    <node id=\"\(escaped(node.id))\"><data key=\"events\">\(node.events)</data></node>")
        }
        for edge in network.edges {
            lines.append("    <edge source=\"\(escaped(edge.source))\" target=\"\(escaped(edge.target))\"><data key=\"cooperation\">\(edge.cooperation)</data><data key=\"conflict\">\(edge.conflict)</data><data key=\"goldstein\">\(edge.goldstein)</data></edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines
    }
}
