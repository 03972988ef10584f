import ArgumentParser
import EntenteCoding
import EntenteCore
import Foundation

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
}

/// `entente actors`: every sentence with its actor mentions and dates.
struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Print each sentence with its actor mentions (text, span, code, dictionary entry) and dates.",
        discussion: """
            Reads plain text (one document per file) or JSONL (one {"id","date","url","source","title","text"} \
            object per line). Bad input is reported on standard error and skipped; the exit status is 1 if any \
            input or record failed, after everything else was processed.
            """
    )

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "Output format: table (for people) or jsonl (one sentence a line).")
    var format: OutputFormat = .table

    func run() async throws {
        let analyzer = try loadCoder(dictionaryOptions).analyzer
        var output = OutputBuffer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let failures = try DocumentInput(options: inputOptions, analyzer: analyzer).run { piece in
            for analyzed in piece.sentences {
                let dateline = analyzed.sentence.dateline.map { piece.quote($0) }
                switch format {
                case .jsonl:
                    let record = SentenceRecord(documentID: piece.documentID, analyzed: analyzed, datelineText: dateline)
                    try output.line(String(decoding: try encoder.encode(record), as: UTF8.self))
                case .table:
                    try output.line(ActorTable.render(analyzed, documentID: piece.documentID, dateline: dateline))
                }
            }
        }
        try output.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Loads the shipped tagger and the chosen dictionaries, reporting errors plainly.
func loadCoder(_ options: DictionaryOptions) throws -> Coder {
    try loadVersionedCoder(options).coder
}

/// As ``loadCoder(_:)``, with the dictionaries' version (see `DictionaryLoading`).
func loadVersionedCoder(_ options: DictionaryOptions) throws -> (coder: Coder, dictionaryVersion: String) {
    do {
        let tagger = try ModelLoading.tagger()
        let parser = options.noParser ? nil : try ModelLoading.parser()
        let (actors, events, version) = try DictionaryLoading.loadWithVersion(folder: options.dictionaries)
        return (Coder(analyzer: Analyzer(tagger: tagger, dictionary: actors), events: EventCoder(dictionary: events, parser: parser)), version)
    } catch let error as EntenteError {
        printError("error: \(error)")
        throw ExitCode(2)
    }
}
