import EntenteCoding
import EntenteCore
import EntenteIngest
import Foundation

/// The properties every input must keep, checked on the whole pipeline: text → sentences →
/// actors and dates → events, JSONL record → document, dictionary text → dictionary.
///
/// A trap is the first failure the fuzzer looks for; these are the quieter ones: a date
/// outside 0001–9999 or not in ISO 8601, a span outside the text, output that is not JSON,
/// and coding that gives different events for the same text.
public struct PipelineProperties: Sendable {
    /// The coder under test.
    public let coder: Coder

    /// Checks inputs with `coder`.
    public init(coder: Coder) {
        self.coder = coder
    }

    /// The properties `bytes` broke, as messages; empty when all held.
    public func violations(_ bytes: [UInt8]) -> [String] {
        switch FuzzInput(bytes) {
        case .text(let text, let date):
            return violations(Document(id: "fuzz", date: date, text: text))
        case .jsonlRecord(let line):
            // A bad record is an error for its line, never a trap; a good one is coded.
            guard let parsed = try? JSONLDocuments.parse(line, file: "fuzz.jsonl", line: 1) else { return [] }
            return violations(parsed.document)
        case .dictionary(let name, let contents):
            let source = ActorDictionary.SourceFile(name: name, contents: contents)
            // Errors are the expected answer to most random dictionaries; only traps matter.
            _ = try? ActorDictionary.load([source])
            _ = try? EventDictionary.load([source])
            return []
        }
    }

    /// The properties coding `document` broke.
    public func violations(_ document: Document) -> [String] {
        let scalarCount = document.text.unicodeScalars.count
        var problems: [String] = []
        func checkSpan(_ span: TextSpan, _ what: String) {
            if span.start < 0 || span.end > scalarCount {
                problems.append("\(what) span \(span) lies outside the text (\(scalarCount) scalars)")
            }
        }
        let (sentences, events) = coder.code(document)
        for sentence in sentences {
            checkSpan(sentence.sentence.span, "sentence")
            for token in sentence.tokens { checkSpan(token.span, "token '\(token.text)'") }
            for actor in sentence.actors { checkSpan(actor.span, "actor '\(actor.text)'") }
            for date in sentence.dates {
                checkSpan(date.span, "date '\(date.text)'")
                if let iso = date.iso, !Self.isValidISODate(iso) { problems.append("date '\(date.text)' resolved to \(iso)") }
            }
        }
        let encoder = JSONEncoder()
        for event in events {
            checkSpan(event.sourceSpan, "event source")
            checkSpan(event.targetSpan, "event target")
            checkSpan(event.triggerSpan, "event trigger")
            if let date = event.date, !Self.isValidISODate(date) { problems.append("event date \(date) is not ISO 8601 in 0001–9999") }
            guard let json = try? encoder.encode(event) else {
                problems.append("event \(event.cameo) cannot be encoded as JSON")
                continue
            }
            if (try? JSONSerialization.jsonObject(with: json)) == nil {
                problems.append("event \(event.cameo) encodes as invalid JSON")
            }
        }
        if coder.code(document).events != events {
            problems.append("coding the same text twice gave different events")
        }
        return problems
    }

    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date in 0001–9999.
    public static func isValidISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), year >= 1 else { return false }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        return Day(year: year, month: month, day: day) != nil
    }
}
