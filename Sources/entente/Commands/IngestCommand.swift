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
        abstract: "Code documents (text files, JSONL, folders, standard input) into the store.",
        discussion: """
            Each document is recorded as in flight before it is coded, and written with its \
            sentences and event mentions in one transaction once coded. A document already in \
            the store (same text) is not coded again. If a run dies while coding a document, the \
            next run marks that document failed, reports it, and does not try it again: one bad \
            document costs one document, not the run.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case auto, text, jsonl }

    @Argument(help: "Files or folders (read recursively); none or '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(help: "Input kind: auto (by extension: .jsonl/.ndjson are JSONL; by content for standard input), text or jsonl.")
    var input: Kind = .auto

    @Option(help: "The largest document read, in bytes (a text file, or a JSONL line); a larger one is skipped with an error.")
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
                // A JSONL record's own id names the document; a file's path only says where it was.
                let incoming = IncomingDocument(externalID: externalID, document: document, dictionaryVersion: version,
                                                externalIDIsIdentity: document.id != nil && document.id == externalID)
                switch try await store.begin(incoming) {
                case .alreadyCoded:
                    tally.unchanged += 1
                case .failedBefore(let id, let error):
                    printError("warning: \(externalID): document \(id) failed before (\(error)); skipped")
                    tally.failed += 1
                case .code(let id):
                    let (sentences, events) = coder.code(document)
                    let outcome = try await store.complete(id, sentences: sentences.map(\.sentence), mentions: events)
                    tally.coded += 1
                    tally.mentions += events.count
                    tally.newEvents += outcome.newEvents
                    tally.mergedMentions += outcome.mergedMentions
                    tally.changes += outcome.changes.map { ($0, externalID) }
                }
            }
        }
        let counts = try await store.counts()
        var console = CheckedOutput()
        print("\(tally.coded) new document(s), \(tally.unchanged) unchanged, \(tally.failed + reader.failures) skipped, "
              + "\(tally.recovered) interrupted earlier; \(tally.mentions) event mention(s): \(tally.newEvents) new event(s), "
              + "\(tally.mergedMentions) merged into events already known", to: &console)
        if !tally.changes.isEmpty {
            print("relations that changed:", to: &console)
            for (change, document) in tally.changes { print("  " + RelationsOutput.change(change, document: document), to: &console) }
        }
        print("store \(storeOptions.path): \(counts.documents["coded"] ?? 0) document(s) coded, \(counts.documents["failed"] ?? 0) failed, "
              + "\(counts.mentions) mention(s) in \(counts.events) event(s)", to: &console)
        try console.finish()
        if reader.failures + tally.failed + tally.recovered > 0 { throw ExitCode(1) }
    }

    struct Tally {
        var coded = 0
        var mentions = 0
        var newEvents = 0
        var mergedMentions = 0
        var changes: [(RelationChange, String)] = []
        var unchanged = 0
        var failed = 0
        var recovered = 0
    }
}
