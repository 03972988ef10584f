import Foundation

/// The JSON shapes of what the store answers, shared by the CLI (`--format json`) and the
/// HTTP API, so a script can move from one to the other unchanged. Keys are snake_case and
/// sorted; a missing value is `null`, never left out.
public enum StoreJSON {
    /// A pair's report: `{"dyad", "as_of", "facts": [{"actors", "kind", "state", "since",
    /// "until", "event", "through", "events": [..]}], "recent": [..], "series": [..]}`.
    public static func dyad(_ report: DyadReport) -> [String: Any] {
        let facts: [[String: Any]] = report.facts.map { fact in
            var object = state(fact.state)
            object["until"] = fact.until ?? NSNull()
            object["events"] = fact.evidence.map(evidence)
            return object
        }
        return [
            "dyad": report.dyad, "as_of": report.asOf ?? NSNull(), "facts": facts, "recent": report.recent.map(event),
            "series": report.series.map(day),
        ]
    }

    /// Every relationship's state: `{"as_of", "relations": [..]}`.
    public static func relations(_ states: [RelationState], asOf: String?) -> [String: Any] {
        ["as_of": asOf as Any? ?? NSNull(), "relations": states.map(state)]
    }

    /// One relationship's state.
    public static func state(_ state: RelationState) -> [String: Any] {
        ["actors": [state.actorA, state.actorB], "kind": state.kind, "state": state.state, "since": state.since,
         "event": state.eventID, "through": state.through ?? NSNull()]
    }

    /// A sentence behind a state.
    public static func evidence(_ evidence: Evidence) -> [String: Any] {
        ["event": evidence.eventID, "source": evidence.source, "target": evidence.target, "cameo": evidence.cameo,
         "mode": evidence.mode, "date": evidence.date ?? NSNull(), "doc_id": evidence.document,
         "sentence": evidence.sentenceNumber, "text": evidence.sentence]
    }

    /// A merged event with GDELT's counts.
    public static func event(_ event: MergedEvent) -> [String: Any] {
        ["event": event.id, "source": event.source, "target": event.target, "cameo": event.cameo, "mode": event.mode,
         "date": event.date ?? NSNull(), "date_precision": event.datePrecision ?? NSNull(), "mentions": event.mentions,
         "sources": event.sources, "articles": event.documents]
    }

    /// One day of a pair's series.
    public static func day(_ day: DailyCount) -> [String: Any] {
        ["day": day.day, "events": day.events, "quad_classes": day.quadClasses, "goldstein_sum": day.goldsteinSum,
         "goldstein_mean": day.goldsteinMean]
    }

    /// Sides and their edges: `{"as_of", "window_days", "nodes": [{"id", "events"}],
    /// "edges": [{"source", "target", "cooperation", "conflict", "goldstein"}]}`.
    public static func network(_ network: Network) -> [String: Any] {
        [
            "as_of": network.asOf as Any? ?? NSNull(),
            "window_days": network.windowDays as Any? ?? NSNull(),
            "nodes": network.nodes.map { ["id": $0.id, "events": $0.events] },
            "edges": network.edges.map { edge -> [String: Any] in
                ["source": edge.source, "target": edge.target, "cooperation": edge.cooperation, "conflict": edge.conflict,
                 "goldstein": (edge.goldstein * 10).rounded() / 10]
            },
        ]
    }

    /// An exported event (the `events --format jsonl` record): every table column, the
    /// event's id, QuadClass, Goldstein score and counts.
    public static func record(_ row: ExportEvent) -> [String: Any] {
        var record: [String: Any] = [:]
        for (column, field) in zip(EventExport.tableColumns, EventExport.tableFields(row)) { record[column] = field.isEmpty ? NSNull() : field }
        record["event_id"] = row.event.id
        record["quad_class"] = row.quadClass
        record["goldstein"] = row.goldstein
        record["mentions"] = row.event.mentions
        record["sources"] = row.event.sources
        record["articles"] = row.event.documents
        return record
    }

    /// `object` as compact JSON with sorted keys and unescaped slashes (see ``JSONText``).
    public static func encode(_ object: Any) throws -> Data {
        Data(try JSONText.encode(object))
    }

    /// `object` as compact JSON bytes.
    public static func bytes(_ object: Any) throws -> [UInt8] {
        try JSONText.encode(object)
    }

    /// `object` as a compact JSON string.
    public static func string(_ object: Any) throws -> String {
        String(decoding: try JSONText.encode(object), as: UTF8.self)
    }
}
