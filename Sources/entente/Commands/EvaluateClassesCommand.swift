import ArgumentParser
import EntenteCoding
import EntenteCore
import Foundation

/// `entente evaluate-classes`: the coder as a five-class sentence classifier (the ConfliBERT
/// CAMEO test set), zero-shot: each sentence's class is that of its first event's root.
struct EvaluateClassesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-classes",
        abstract: "Score the coder on sentences labelled with CAMEO's five broad classes (text<TAB>label, 0–4).",
        discussion: """
            Each line is coded as an undated document; its class is that of the root of its first asserted or reported \
            event (0: 01–02, 1: 03–05, 2: 06–08, 3: 09–13 and 16, 4: 14, 15, 17–20). Prints per-class precision, recall \
            and F1, coverage (sentences given a class), accuracy on those, and macro-F1 (a sentence with no event counts \
            against recall). E.g. ../shared/reference/eventdata-ConfliBERT/cameo_class/test.tsv
            """
    )

    @Argument(help: "Labelled sentences, one a line: text<TAB>label.")
    var file: String

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        var console = CheckedOutput()
        let coder = try loadCoder(dictionaryOptions)
        var labels: [Int] = []
        var predictions: [Int?] = []
        var failures = 0
        // "\r\n" is one Character in Swift: split on every kind of line end.
        for (offset, line) in try FileReading.text(file).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2, let label = Int(columns[1].trimmingCharacters(in: .whitespaces)), (0..<5).contains(label) else {
                printError("error: \(EntenteError(.trainingData, "expected text<TAB>label with a label from 0 to 4", at: .init(file: file, line: offset + 1)))")
                failures += 1
                continue
            }
            let events = coder.code(Document(id: "\(offset + 1)", date: nil, text: String(columns[0]))).events.filter(\.mode.isFactual)
            labels.append(label)
            // An event between two actors tells the sentence's class before a one-actor one.
            let first = events.first { !$0.isOneActor } ?? events.first
            predictions.append(first.flatMap { ClassScorer.label(ofCode: $0.cameo) })
        }
        print(ClassScorer.render(ClassScorer.score(labels: labels, predictions: predictions)), to: &console)
        try console.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}
