import EntenteCore
import Foundation

/// One document of a gold file (the format of `docs/architecture.md`): its text and date, the
/// events a careful analyst codes, and those that may be coded or not.
public struct GoldRecord: Sendable {
    /// An expected event, or a set of alternatives any one of which will do.
    public indirect enum Expected: Sendable {
        case event(source: String, target: String, codes: [String])
        case any([Expected])
    }

    /// The record's id; predictions name it as `doc_id`.
    public var id: String
    /// The publication date.
    public var date: Day?
    /// The text to code.
    public var text: String
    /// Events that must be found.
    public var events: [Expected]
    /// Events that may be found without counting as false.
    public var optional: [Expected]
    /// Whole actor and event codes must match (PETRARCH validation style).
    public var exact: Bool
    /// How many of `events` recall needs, if fewer than all.
    public var minimumRecallEvents: Int?
    /// Any source will do.
    public var sourceAny: Bool
    /// Extra accepted source code prefixes.
    public var sourcePrefixes: [String]
    /// Extra accepted target code prefixes.
    public var targetPrefixes: [String]
    /// The record's category, when the suite has them (PETRARCH: DEMO, COMPOUND, …).
    public var category: String?

    /// Whether the record lists a one-actor event (a source and an empty target), required or
    /// optional. (PETRARCH's suite marks a record that should code nothing with an empty
    /// source and target.)
    public var listsOneActorEvent: Bool {
        func isOneActor(_ expected: Expected) -> Bool {
            switch expected {
            case let .event(source, target, _): return !source.isEmpty && target.isEmpty
            case .any(let alternatives): return alternatives.contains(where: isOneActor)
            }
        }
        return (events + optional).contains(where: isOneActor)
    }

    /// Parses one line; errors name the file and line.
    public static func parse(_ line: String, file: String, line number: Int) throws -> GoldRecord {
        let location = EntenteError.Location(file: file, line: number)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw EntenteError(.invalidJSON, "not valid JSON", at: location, cause: error)
        }
        guard let record = object as? [String: Any] else { throw EntenteError(.invalidJSON, "expected a JSON object", at: location) }
        guard let id = record["id"] as? String ?? (record["id"] as? NSNumber)?.stringValue else {
            throw EntenteError(.invalidJSON, "gold record has no \"id\"", at: location)
        }
        guard let text = record["text"] as? String else { throw EntenteError(.invalidJSON, "gold record has no \"text\"", at: location) }
        func expected(_ value: Any) throws -> Expected {
            guard let object = value as? [String: Any] else { throw EntenteError(.invalidJSON, "an event must be an object", at: location) }
            if let alternatives = object["any"] as? [Any] { return .any(try alternatives.map(expected)) }
            guard let codes = object["codes"] as? [Any] else { throw EntenteError(.invalidJSON, "an event needs \"codes\"", at: location) }
            return .event(source: object["source"] as? String ?? "", target: object["target"] as? String ?? "", codes: codes.map { "\($0)" })
        }
        return GoldRecord(
            id: id,
            date: (record["date"] as? String).flatMap { Day(iso: String($0.prefix(10))) },
            text: text,
            events: try (record["events"] as? [Any] ?? []).map(expected),
            optional: try (record["optional"] as? [Any] ?? []).map(expected),
            exact: record["exact"] as? Bool ?? false,
            minimumRecallEvents: record["min_recall_events"] as? Int,
            sourceAny: record["source_any"] as? Bool ?? false,
            sourcePrefixes: record["source_prefix_ok"] as? [String] ?? [],
            targetPrefixes: record["target_prefix_ok"] as? [String] ?? [],
            category: record["category"] as? String
        )
    }
}
