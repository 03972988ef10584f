import ArgumentParser
import EntenteCoding
import EntenteCore
import EntenteIngest
import EntenteStore
import Foundation

/// `entente ingest`: code documents and keep them, with their sentences and event mentions.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents (text files, JSONL, web pages, RSS/Atom feeds, folders, standard input) into the store.",
        discussion: """
            Each document is recorded as in flight before it is coded, and written with its \
            sentences and event mentions in one transaction once coded. A document already in \
            the store (same text) is not coded again. If a run dies while coding a document, the \
            next run marks that document failed, reports it, and does not try it again: one bad \
            document costs one document, not the run.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case auto, text, jsonl, html, feed }

    @Argument(help: "Files or folders (read recursively); none or '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(help: "Input kind: auto (by extension: .jsonl/.ndjson JSONL, .html/.htm a web page, .xml/.rss/.atom a feed, .txt text; else by content), text, jsonl, html or feed.")
    var input: Kind = .auto

    @Option(help: "The largest document read, in bytes (a text file, a web page, a JSONL line or a feed item); a larger one is skipped with an error.")
    var maxRecordSize: Int = LineReader.defaultMaximumLength

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        let defaultDate = try parseDateOption(date)
        let (coder, version) = try loadVersionedCoder(dictionaryOptions)
        let store = try storeOptions.open()
        var tally = Tally()
        for document in try await store.recoverInterrupted() {
            printError("error: document \(document.id)\(document.externalID.map { " (\($0))" } ?? ""): \(document.error ?? "failed"); marked failed")
            tally.recovered += 1
        }
        var reader = IngestReader(kind: input, maxRecordSize: maxRecordSize, defaultDate: defaultDate)
        for path in paths.isEmpty ? ["-"] : paths {
            try await reader.read(path) { externalID, document in
                let incoming = IncomingDocument(externalID: externalID, document: document, dictionaryVersion: version)
                switch try await store.begin(incoming) {
                case .alreadyCoded:
                    tally.unchanged += 1
                case .failedBefore(let id, let error):
                    printError("warning: \(externalID): document \(id) failed before (\(error)); skipped")
                    tally.failed += 1
                case .code(let id):
                    let (sentences, events) = coder.code(document)
                    try await store.complete(id, sentences: sentences.map(\.sentence), mentions: events)
                    tally.coded += 1
                    tally.mentions += events.count
                }
            }
        }
        let counts = try await store.counts()
        var console = CheckedOutput()
        print("\(tally.coded) document(s) coded (\(tally.mentions) event mentions), \(tally.unchanged) already stored, "
              + "\(tally.failed + reader.failures) skipped, \(tally.recovered) interrupted earlier → \(storeOptions.path): "
              + "\(counts.documents["coded"] ?? 0) coded, \(counts.documents["failed"] ?? 0) failed, \(counts.mentions) mentions", to: &console)
        try console.finish()
        if reader.failures + tally.failed + tally.recovered > 0 { throw ExitCode(1) }
    }

    struct Tally {
        var coded = 0
        var mentions = 0
        var unchanged = 0
        var failed = 0
        var recovered = 0
    }
}
