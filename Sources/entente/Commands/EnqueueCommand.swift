import ArgumentParser
import EntenteCore
import EntenteIngest
import EntentePostgres
import Foundation

/// `entente enqueue`: put documents (or URLs to fetch) in a PostgreSQL store's work queue,
/// for `entente worker` processes to code.
struct EnqueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Put documents, or URLs to fetch, in a PostgreSQL store's queue for workers to code; returns at once.",
        discussion: """
            Files, folders and standard input are read here, as `entente ingest` reads them, and \
            each document becomes one job. An http(s) URL becomes a job to fetch it: the worker \
            that takes it fetches the page or feed and codes what it holds.
            """
    )

    @Argument(help: "Files (text, JSONL, HTML, RSS/Atom; .gz too), folders or http(s) URLs; none or '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(help: "Input kind for files: auto, text, jsonl, html or feed.")
    var input: IngestCommand.Kind = .auto

    @Option(help: "The largest document read, in bytes; a larger one is skipped with an error.")
    var maxRecordSize: Int = LineReader.defaultMaximumLength

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let defaultDate = try parseDateOption(date)
        let store = try await storeOptions.openPostgres(connections: 2, command: "enqueue")
        var reader = IngestReader(kind: input, maxRecordSize: maxRecordSize, defaultDate: defaultDate)
        var batch: [QueuedInput] = []
        var (documents, urls) = (0, 0)
        func flush() async throws {
            guard !batch.isEmpty else { return }
            _ = try await store.enqueue(batch)
            batch = []
        }
        for path in paths.isEmpty ? ["-"] : paths {
            let lowered = path.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
                batch.append(QueuedInput(url: path, defaultDate: defaultDate?.iso))
                urls += 1
            } else {
                try await reader.read(path) { externalID, document in
                    batch.append(QueuedInput(document: QueuedDocument(externalID: externalID, document: document,
                                                                      externalIDIsIdentity: document.id != nil && document.id == externalID)))
                    documents += 1
                    if batch.count >= 1000 { try await flush() }
                }
            }
        }
        try await flush()
        await reader.finish()
        await store.close()
        print("enqueued \(documents) document(s) and \(urls) URL(s) in \(storeOptions.name)\(reader.failures > 0 ? "; \(reader.failures) input(s) skipped" : "")")
        if reader.failures > 0 { throw ExitCode(1) }
    }
}
