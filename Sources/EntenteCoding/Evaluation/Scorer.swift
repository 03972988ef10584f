import EntenteCore
import Foundation

/// Scores predicted events against gold records exactly as `shared/tools/score.py` does:
/// actors compared at country level (any IGO matches any IGO) unless a record is `exact`,
/// codes compared by prefix, duplicate predictions (same countries and root) counted once.
/// A one-actor prediction (empty target) counts only in a record that lists a one-actor event:
/// older gold sets were written without them, and an analyst's sure one-actor event there
/// would count as false.
public enum Scorer {
    /// What a prediction needs for scoring.
    public struct Prediction: Sendable, Hashable {
        /// Source actor code.
        public var source: String
        /// Target actor code.
        public var target: String
        /// CAMEO code.
        public var code: String

        /// Creates a prediction.
        public init(source: String, target: String, code: String) {
            self.source = source
            self.target = target
            self.code = code
        }
    }

    /// The result for one record.
    public struct RecordResult: Sendable {
        /// The gold record.
        public var record: GoldRecord
        /// Predictions after de-duplication.
        public var predictions: [Prediction]
        /// Predictions matching no allowed event.
        public var falsePositives: [Prediction]
        /// Required events found, and how many count for recall.
        public var hits: Int
        /// See `hits`.
        public var needed: Int
        /// Required events not found.
        public var missed: [GoldRecord.Expected]
        /// No false event, every required event found.
        public var allRight: Bool
    }

    /// Totals over a gold file.
    public struct Score: Sendable {
        /// Predictions matching an allowed event.
        public var truePositives = 0
        /// Predictions matching none.
        public var falsePositives = 0
        /// Required events found (capped per record by `min_recall_events`).
        public var recallHits = 0
        /// Required events counted for recall.
        public var recallNeeded = 0
        /// Records with no false event and every required event found.
        public var recordsAllRight = 0
        /// Per-record results, in gold order.
        public var records: [RecordResult] = []

        /// tp / (tp + fp).
        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        /// Required events found / required events.
        public var recall: Double { recallNeeded == 0 ? 0 : Double(recallHits) / Double(recallNeeded) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// The reference scorer's last line: `P=.. R=.. F1=.. tp=.. fp=.. gold=.. records_all_right=../..`.
        public var summary: String {
            // printf rounding, as Python's "{:.3f}" does.
            func f(_ x: Double) -> String { String(format: "%.3f", x) }
            return "P=\(f(precision)) R=\(f(recall)) F1=\(f(f1)) tp=\(truePositives) fp=\(falsePositives) gold=\(recallNeeded) records_all_right=\(recordsAllRight)/\(records.count)"
        }
    }

    /// Scores `predictions` (by record id) against `gold`.
    public static func score(_ gold: [GoldRecord], predictions: [String: [Prediction]]) -> Score {
        var score = Score()
        for record in gold {
            var seen = Set<String>()
            var unique: [Prediction] = []
            let listsOneActor = record.listsOneActorEvent
            for p in predictions[record.id] ?? [] where listsOneActor || !p.target.isEmpty {
                let key = record.exact
                    ? "\(p.source.uppercased())|\(p.target.uppercased())|\(p.code)"
                    : "\(p.source.uppercased().prefix(3))|\(p.target.uppercased().prefix(3))|\(p.code.prefix(2))"
                if seen.insert(key).inserted { unique.append(p) }
            }
            let allowed = record.events + record.optional
            var bad: [Prediction] = []
            for p in unique {
                if allowed.contains(where: { matches(p, $0, record) }) {
                    score.truePositives += 1
                } else {
                    score.falsePositives += 1
                    bad.append(p)
                }
            }
            let needed = min(record.minimumRecallEvents ?? record.events.count, record.events.count)
            let found = record.events.filter { event in unique.contains { matches($0, event, record) } }
            let missed = record.events.filter { event in !unique.contains { matches($0, event, record) } }
            let allRight = bad.isEmpty && found.count == record.events.count && (!unique.isEmpty || record.events.isEmpty)
            if allRight { score.recordsAllRight += 1 }
            score.recallHits += min(found.count, needed)
            score.recallNeeded += needed
            score.records.append(RecordResult(record: record, predictions: unique, falsePositives: bad, hits: min(found.count, needed), needed: needed, missed: missed, allRight: allRight))
        }
        return score
    }

    /// Whether a prediction matches an expected event of `record`.
    public static func matches(_ p: Prediction, _ expected: GoldRecord.Expected, _ record: GoldRecord) -> Bool {
        switch expected {
        case .any(let alternatives):
            return alternatives.contains { matches(p, $0, record) }
        case let .event(source, target, codes):
            guard codes.contains(where: { record.exact ? p.code == $0 : p.code.hasPrefix($0) }) else { return false }
            let sourceOK = record.sourceAny || sameActor(p.source, source, extra: record.sourcePrefixes, exact: record.exact)
            return sourceOK && sameActor(p.target, target, extra: record.targetPrefixes, exact: record.exact)
        }
    }

    static func sameActor(_ predicted: String, _ gold: String, extra: [String], exact: Bool) -> Bool {
        let p = predicted.uppercased()
        let g = gold.uppercased()
        // A one-actor event's empty target matches only an empty target.
        if exact || p.isEmpty || g.isEmpty { return p == g }
        if g.hasPrefix("IGO") && p.hasPrefix("IGO") { return true }
        if p.prefix(3) == g.prefix(3) { return true }
        return extra.contains { p.hasPrefix($0) }
    }
}
