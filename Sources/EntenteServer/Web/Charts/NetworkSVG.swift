import EntenteStore
import Foundation

/// The network drawn as SVG: each side a node sized by its activity (a link to its timeline),
/// each pair an edge coloured from conflict (red) through mixed (grey) to cooperation (green),
/// dashed where their diplomatic relations are broken.
enum NetworkSVG {
    /// At most this many sides are drawn (the busiest), and this many edges between them.
    static let maximumNodes = 80
    static let maximumEdges = 400

    /// One pair, both directions summed.
    struct Pair: Hashable {
        var a: String
        var b: String
        var cooperation: Int
        var conflict: Int
        var total: Int { cooperation + conflict }
    }

    /// The pairs of `network`, undirected, busiest first.
    static func pairs(_ network: Network) -> [Pair] {
        var byPair: [[String]: Pair] = [:]
        for edge in network.edges {
            let key = [edge.source, edge.target].sorted()
            var pair = byPair[key] ?? Pair(a: key[0], b: key[1], cooperation: 0, conflict: 0)
            pair.cooperation += edge.cooperation
            pair.conflict += edge.conflict
            byPair[key] = pair
        }
        return byPair.values.sorted { ($1.total, $0.a, $0.b) < ($0.total, $1.a, $1.b) }
    }

    /// The colour of a pair: red for all conflict, grey for an even mix, green for all
    /// cooperation.
    static func colour(cooperation: Int, conflict: Int) -> String {
        let total = cooperation + conflict
        guard total > 0 else { return "#888888" }
        let balance = Double(cooperation - conflict) / Double(total)
        let grey = (136.0, 136.0, 136.0)
        let end = balance < 0 ? (192.0, 57.0, 43.0) : (30.0, 132.0, 73.0)
        let t = abs(balance)
        func channel(_ from: Double, _ to: Double) -> String { String(format: "%02x", Int((from + (to - from) * t).rounded())) }
        return "#" + channel(grey.0, end.0) + channel(grey.1, end.1) + channel(grey.2, end.2)
    }

    /// The SVG of `network`; `broken` holds the pairs (sorted codes) whose diplomatic relations
    /// are broken as of its date; `name` names a code.
    static func render(_ network: Network, broken: Set<[String]>, name: (String) -> String?, width: Double = 960, height: Double = 640) -> String {
        let busiest = network.nodes.sorted { ($1.events, $0.id) < ($0.events, $1.id) }.prefix(maximumNodes)
        let drawn = Set(busiest.map(\.id))
        let pairs = pairs(network).filter { drawn.contains($0.a) && drawn.contains($0.b) }.prefix(maximumEdges)
        let nodes = busiest.map(\.id).sorted()
        let positions = NetworkLayout.positions(nodes: nodes, edges: pairs.map { ($0.a, $0.b, Double($0.total)) },
                                                width: width, height: height, margin: 40)
        var svg = #"<svg class="network" viewBox="0 0 \#(Markup.number(width)) \#(Markup.number(height))" role="img" aria-labelledby="network-title" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="network-title">Actors and their relations\#(network.asOf.map { " as of " + Markup.escape($0) } ?? "")</title>"#
        if nodes.isEmpty {
            svg += #"<text x="\#(Markup.number(width / 2))" y="\#(Markup.number(height / 2))" text-anchor="middle" class="empty">No events yet</text></svg>"#
            return svg
        }
        svg += #"<g class="edges">"#
        for pair in pairs {
            guard let from = positions[pair.a], let to = positions[pair.b] else { continue }
            let isBroken = broken.contains([pair.a, pair.b])
            let strokeWidth = 1 + log2(1 + Double(pair.total))
            svg += #"<line x1="\#(Markup.number(from.x))" y1="\#(Markup.number(from.y))" x2="\#(Markup.number(to.x))" y2="\#(Markup.number(to.y))""#
            svg += #" stroke="\#(colour(cooperation: pair.cooperation, conflict: pair.conflict))" stroke-width="\#(Markup.number(strokeWidth))""#
            svg += isBroken ? #" stroke-dasharray="8 5" class="edge broken""# : #" class="edge""#
            svg += #" data-pair="\#(Markup.escape(pair.a))-\#(Markup.escape(pair.b))">"#
            svg += "<title>\(Markup.escape(pair.a))–\(Markup.escape(pair.b)): \(pair.cooperation) cooperative, \(pair.conflict) conflictual event(s)\(isBroken ? "; diplomatic relations broken" : "")</title></line>"
        }
        svg += "</g><g class=\"nodes\">"
        for node in busiest.sorted(by: { $0.id < $1.id }) {
            guard let position = positions[node.id] else { continue }
            let radius = min(30, 6 + 3 * sqrt(Double(node.events)))
            let label = name(node.id).map { "\($0) (\(node.id))" } ?? node.id
            svg += #"<a href="/actors/\#(Markup.escape(node.id))" class="node" data-actor="\#(Markup.escape(node.id))">"#
            svg += "<title>\(Markup.escape(label)): \(node.events) event(s)</title>"
            svg += #"<circle cx="\#(Markup.number(position.x))" cy="\#(Markup.number(position.y))" r="\#(Markup.number(radius))"/>"#
            svg += #"<text x="\#(Markup.number(position.x))" y="\#(Markup.number(position.y + radius + 14))" text-anchor="middle">\#(Markup.escape(node.id))</text></a>"#
        }
        svg += "</g></svg>"
        return svg
    }
}
