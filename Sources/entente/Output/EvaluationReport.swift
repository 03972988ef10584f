import EntenteCoding
import EntenteCore
import Foundation

/// The breakdowns printed by `entente evaluate` before the reference scorer's line.
enum EvaluationReport {
    static func render(_ score: Scorer.Score, details: Bool) -> String {
        var lines: [String] = []
        // Per predicted root: true and false positives.
        var byRoot: [String: (tp: Int, fp: Int, missed: Int)] = [:]
        for result in score.records {
            for p in result.predictions {
                let root = String(p.code.prefix(2))
                if result.falsePositives.contains(p) { byRoot[root, default: (0, 0, 0)].fp += 1 } else { byRoot[root, default: (0, 0, 0)].tp += 1 }
            }
            for missed in result.missed {
                byRoot[root(of: missed), default: (0, 0, 0)].missed += 1
            }
        }
        lines.append("root  tp   fp   missed  precision")
        for root in byRoot.keys.sorted() {
            let r = byRoot[root]!
            let precision = r.tp + r.fp == 0 ? "-" : String(format: "%.2f", Double(r.tp) / Double(r.tp + r.fp))
            lines.append("\(root.padding(toLength: 4, withPad: " ", startingAt: 0))  \(pad(r.tp))  \(pad(r.fp))  \(pad(r.missed))     \(precision)")
        }
        // Per category (PETRARCH suites carry them).
        let categories = Dictionary(grouping: score.records) { $0.record.category ?? "" }
        if categories.count > 1 {
            lines.append("category      records all right")
            for (category, results) in categories.sorted(by: { $0.key < $1.key }) {
                lines.append("\(category.padding(toLength: 12, withPad: " ", startingAt: 0))  \(results.filter(\.allRight).count)/\(results.count)")
            }
        }
        let wrong = score.records.filter { !$0.allRight }
        let shown = details ? wrong : Array(wrong.sorted { ($0.missed.count + $0.falsePositives.count) > ($1.missed.count + $1.falsePositives.count) }.prefix(10))
        if !shown.isEmpty { lines.append(details ? "records with misses or false events:" : "worst misses:") }
        for result in shown {
            let falses = result.falsePositives.map { "\($0.source)-\($0.code)-\($0.target)" }.joined(separator: ", ")
            let misses = result.missed.map(describe).joined(separator: ", ")
            lines.append("\(result.record.id): found \(result.hits)/\(result.needed); missed: \(misses.isEmpty ? "-" : misses); false: \(falses.isEmpty ? "-" : falses) | \(result.record.text.prefix(90))")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ n: Int) -> String { String(n).padding(toLength: 4, withPad: " ", startingAt: 0) }

    static func root(of expected: GoldRecord.Expected) -> String {
        switch expected {
        case let .event(_, _, codes): return String(codes.first?.prefix(2) ?? "--")
        case .any(let alternatives): return alternatives.first.map(root) ?? "--"
        }
    }

    static func describe(_ expected: GoldRecord.Expected) -> String {
        switch expected {
        case let .event(source, target, codes): return "\(source)-\(codes.joined(separator: "/"))-\(target)"
        case .any(let alternatives): return "any(" + alternatives.map(describe).joined(separator: " | ") + ")"
        }
    }
}
