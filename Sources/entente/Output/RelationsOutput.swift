import EntenteCore
import EntenteStore
import Foundation

/// How `entente relations` prints states and pair reports, for people and as JSON.
enum RelationsOutput {
    /// One state a line: pair, kind, state, since.
    static func row(_ state: RelationState) -> String {
        let dyad = "\(state.actorA)–\(state.actorB)".padding(toLength: 20, withPad: " ", startingAt: 0)
        let kind = state.kind.padding(toLength: 12, withPad: " ", startingAt: 0)
        let through = state.through.map { ", through \($0)" } ?? ""
        return "\(dyad)\(kind)\(state.state.padding(toLength: 10, withPad: " ", startingAt: 0))since \(state.since)   (event \(state.eventID)\(through))"
    }

    /// One change an ingest made: `NER–UKR diplomatic broken since 2024-08-06 (sahel-ties.txt #9)`,
    /// with the state it ended when there was one.
    static func change(_ change: RelationChange, document: String) -> String {
        let state = change.started
        let ended = change.ended.map { ", ending \($0.state) since \($0.since)" } ?? ""
        return "\(state.actorA)–\(state.actorB) \(state.kind) \(state.state) since \(state.since)\(ended) (\(document) #\(change.sentence))"
    }

    /// A pair's report: each state with its dates and evidence, then recent events.
    static func table(_ report: DyadReport) -> [String] {
        var lines = ["\(report.dyad.joined(separator: "–")) as of \(report.asOf ?? "the latest event")"]
        if report.facts.isEmpty { lines.append("  no relationship state recorded") }
        for fact in report.facts {
            let state = fact.state
            let period = "since \(state.since)" + (fact.until.map { " until \($0)" } ?? "")
            let through = state.through.map { " (through \($0))" } ?? ""
            lines.append("  \(state.kind.padding(toLength: 11, withPad: " ", startingAt: 0)) \(state.actorA)–\(state.actorB) \(state.state) \(period)\(through)")
            for evidence in fact.evidence {
                lines.append("      \(evidence.cameo) \(evidence.mode), \(evidence.date ?? "undated"): \"\(evidence.sentence)\" (\(evidence.document) #\(evidence.sentenceNumber))")
            }
        }
        if !report.series.isEmpty {
            lines.append("  by day (verbal/material cooperation, verbal/material conflict; Goldstein sum):")
            for day in report.series.suffix(10) {
                lines.append("    \(day.day)  \(day.quadClasses.map(String.init).joined(separator: "/"))  \(String(format: "%+.1f", day.goldsteinSum))")
            }
        }
        if !report.recent.isEmpty {
            lines.append("  recent events:")
            for event in report.recent {
                let name = CAMEO.type(event.cameo)?.name ?? ""
                lines.append("    \((event.date ?? "undated").padding(toLength: 11, withPad: " ", startingAt: 0))\(event.source) \(event.cameo) \(event.target) \(event.mode): \(name) (\(event.mentions) mention(s), \(event.sources) source(s))")
            }
        }
        return lines
    }

    /// The pair's report as JSON (``StoreJSON/dyad(_:)``).
    static func json(_ report: DyadReport) throws -> String { try StoreJSON.string(StoreJSON.dyad(report)) }

    /// Every state as JSON (``StoreJSON/relations(_:asOf:)``).
    static func json(_ states: [RelationState], asOf: String?) throws -> String { try StoreJSON.string(StoreJSON.relations(states, asOf: asOf)) }
}
