import Foundation

/// Places a network's nodes for drawing: a force-directed layout (Fruchterman and Reingold):
/// linked nodes pull together, every pair pushes apart, and the moves cool down. Deterministic:
/// nodes start on a circle in code order, so the same network is drawn the same way each time.
enum NetworkLayout {
    /// A node's position in a `width` × `height` box.
    struct Position: Hashable {
        var x: Double
        var y: Double
    }

    /// Positions of `nodes` (ids) linked by `edges` (pairs of ids, with a weight), within
    /// the box less `margin` on each side.
    static func positions(nodes: [String], edges: [(String, String, Double)], width: Double, height: Double, margin: Double,
                          iterations: Int = 300) -> [String: Position] {
        guard !nodes.isEmpty else { return [:] }
        let count = nodes.count
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($0.element, $0.offset) })
        let innerWidth = max(1, width - 2 * margin)
        let innerHeight = max(1, height - 2 * margin)
        var x = (0..<count).map { cos(2 * Double.pi * Double($0) / Double(count)) * innerWidth / 2.5 }
        var y = (0..<count).map { sin(2 * Double.pi * Double($0) / Double(count)) * innerHeight / 2.5 }
        if count == 1 { return [nodes[0]: Position(x: width / 2, y: height / 2)] }
        let links = edges.compactMap { edge -> (Int, Int, Double)? in
            guard let a = index[edge.0], let b = index[edge.1], a != b else { return nil }
            return (a, b, max(1, edge.2))
        }
        let ideal = sqrt(innerWidth * innerHeight / Double(count)) * 0.75
        var temperature = innerWidth / 8
        for _ in 0..<iterations {
            var dx = [Double](repeating: 0, count: count)
            var dy = [Double](repeating: 0, count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    let ddx = x[i] - x[j]
                    let ddy = y[i] - y[j]
                    let distance = max(0.01, sqrt(ddx * ddx + ddy * ddy))
                    let force = ideal * ideal / distance
                    dx[i] += ddx / distance * force
                    dy[i] += ddy / distance * force
                    dx[j] -= ddx / distance * force
                    dy[j] -= ddy / distance * force
                }
            }
            for (a, b, weight) in links {
                let ddx = x[a] - x[b]
                let ddy = y[a] - y[b]
                let distance = max(0.01, sqrt(ddx * ddx + ddy * ddy))
                let force = distance * distance / ideal * min(3, 1 + log(weight) / 3)
                dx[a] -= ddx / distance * force
                dy[a] -= ddy / distance * force
                dx[b] += ddx / distance * force
                dy[b] += ddy / distance * force
            }
            for i in 0..<count {
                // A weak pull to the centre keeps unlinked groups on the page.
                dx[i] -= x[i] * 0.05 * ideal / 10
                dy[i] -= y[i] * 0.05 * ideal / 10
                let length = max(0.01, sqrt(dx[i] * dx[i] + dy[i] * dy[i]))
                x[i] += dx[i] / length * min(length, temperature)
                y[i] += dy[i] / length * min(length, temperature)
            }
            temperature = max(0.5, temperature * 0.985)
        }
        // Fit into the box.
        let minX = x.min() ?? 0, maxX = x.max() ?? 0, minY = y.min() ?? 0, maxY = y.max() ?? 0
        let scaleX = maxX > minX ? innerWidth / (maxX - minX) : 1
        let scaleY = maxY > minY ? innerHeight / (maxY - minY) : 1
        var positions: [String: Position] = [:]
        for (offset, node) in nodes.enumerated() {
            positions[node] = Position(x: maxX > minX ? margin + (x[offset] - minX) * scaleX : width / 2,
                                       y: maxY > minY ? margin + (y[offset] - minY) * scaleY : height / 2)
        }
        return positions
    }
}
