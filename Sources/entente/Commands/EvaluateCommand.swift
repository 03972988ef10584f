import ArgumentParser
import EntenteCoding
import EntenteCore
import EntenteIngest
import Foundation

/// `entente evaluate`: scores the coder on a gold file.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the coder on a gold file: precision, recall, F1, records all right, per root, worst misses.",
        discussion: "Scores as ../shared/tools/score.py does (its last line is printed verbatim). By default only events in modes asserted and reported are scored (see --count-modes)."
    )

    @Option(help: "Gold file (JSONL, one document a line).")
    var gold: String

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Flag(help: "Print every record with a miss or a false event.")
    var details = false

    @Option(help: "Write the predicted events (JSONL) to this file.")
    var predictions: String?

    @Option(help: "Modes that count as coded events, comma-separated.")
    var countModes: String = "asserted,reported"

    @Flag(help: "Code as the PETRARCH validation suite expects: intended (future) acts count as the acts themselves, with no 03x intent events.")
    var petrarchConventions = false

    func run() async throws {
        var console = CheckedOutput()
        var coder = try loadCoder(dictionaryOptions)
        var modes = Set<EventMode>(petrarchConventions ? [.intended] : [])
        if petrarchConventions { coder = Coder(analyzer: coder.analyzer, events: { var e = coder.events; e.codeIntentions = false; return e }()) }
        for name in countModes.split(separator: ",") {
            guard let mode = EventMode(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown mode '\(name)'; modes are \(EventMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            modes.insert(mode)
        }
        var records: [GoldRecord] = []
        let contents = try FileReading.text(gold)
        var failures = 0
        // "\r\n" is one Character in Swift: split on every kind of line end.
        for (offset, line) in contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                records.append(try GoldRecord.parse(String(line), file: gold, line: offset + 1))
            } catch let error as EntenteError {
                printError("error: \(error)")
                failures += 1
            }
        }
        var predicted: [String: [Scorer.Prediction]] = [:]
        var lines: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for record in records {
            let events = coder.code(Document(id: record.id, date: record.date, text: record.text)).events.filter { modes.contains($0.mode) }
            predicted[record.id] = events.map { Scorer.Prediction(source: $0.source, target: $0.target, code: $0.cameo) }
            if predictions != nil { lines += try events.map { String(decoding: try encoder.encode($0), as: UTF8.self) } }
        }
        if let predictions { try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: predictions)) }
        let score = Scorer.score(records, predictions: predicted)
        print(EvaluationReport.render(score, details: details), to: &console)
        print(score.summary, to: &console)
        try console.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}
