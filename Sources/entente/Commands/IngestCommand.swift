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
            sentences and event mentions once coded, a batch of documents a transaction: a \
            document is never half written. A document already in the store (same URL, id or \
            text) is not coded again. If a document crashes the coder, the next run marks that \
            document failed, reports it, and does not try it again: one bad document costs one \
            document, not the run. Documents a killed run left in flight are coded again.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case auto, text, jsonl, html, feed }

    @Argument(help: "Files (text, JSONL, HTML, RSS/Atom; .gz too), folders (read recursively) or http(s) URLs; none or '-' reads standard input.")
    var paths: [String] = []

    @Flag(help: "For a feed item that gives only a teaser, fetch the page it links to and code that page's article.")
    var fetchLinks = false

    @Option(help: "Seconds a URL may take to fetch, whole.")
    var fetchTimeout: Int = 30

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(help: "Input kind: auto (by extension: .jsonl/.ndjson JSONL, .html/.htm a web page, .xml/.rss/.atom a feed, .txt text; else by content), text, jsonl, html or feed.")
    var input: Kind = .auto

    @Option(help: "The largest document read, in bytes (a text file, a web page, a JSONL line or a feed item); a larger one is skipped with an error.")
    var maxRecordSize: Int = LineReader.defaultMaximumLength

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "How many documents to code at once (default: one a core, with a few hundred admitted ahead so the cores code while a batch is written). The coder is pure; one writer stores.")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let defaultDate = try parseDateOption(date)
        let (coder, version) = try loadVersionedCoder(dictionaryOptions)
        let store = try await storeOptions.open()
        let inputs = paths.isEmpty ? ["-"] : paths
        var tally = Tally()
        var progress = IngestProgress(totalBytes: IngestProgress.totalBytes(of: inputs))
        let (crashed, culprits) = CrashMarker.collect(store: storeOptions.crashMarkerBase)
        let recovered = try await store.recoverInterrupted(crashed: crashed, culprits: culprits)
        CrashMarker.remove(store: storeOptions.crashMarkerBase, pids: crashed)
        CrashMarker.install(store: storeOptions.crashMarkerBase)
        var released: [String] = []
        for document in recovered {
            let name = "document \(document.id)\(document.externalID.map { " (\($0))" } ?? "")"
            if document.status == "failed" {
                printError("error: \(name): \(document.error ?? "failed"); marked failed")
                tally.recovered += 1
            } else {
                released.append(name)
            }
        }
        if !released.isEmpty {
            let named = released.prefix(3).joined(separator: ", ") + (released.count > 3 ? ", …" : "")
            printError("warning: \(released.count) document(s) were in flight when a run stopped (\(named)); coding them again, one at a time")
        }
        // Documents a dead run left among several in flight: each alone, so a poison one is
        // caught by itself if it crashes again.
        while let pending = try await store.claimPending() {
            let coded = Self.code(pending.document, id: pending.id, externalID: pending.externalID ?? String(pending.id), order: -1, coder: coder)
            for done in try await Self.store([coded], in: store) { tally.add(done, progress: &progress) }
        }
        // Allied pairs are derived from memberships; those this run adds are listed too.
        let alliedBefore = Set(try await store.relations(asOf: nil, actor: nil).filter { $0.through != nil }.map(\.self))
        let workers = jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        var reader = IngestReader(kind: input, maxRecordSize: maxRecordSize, defaultDate: defaultDate)
        reader.fetchLinks = fetchLinks
        reader.fetchOptions.totalTimeout = .seconds(max(1, fetchTimeout))
        // A file-size limit (ulimit -f) then fails a write with EFBIG, as a full disk does,
        // instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            try await ingest(inputs, reader: &reader, workers: workers, version: version, coder: coder, store: store, tally: &tally, progress: &progress)
        } catch let error as EntenteError {
            await reader.finish()
            progress.finish()
            // Every document is one transaction: what was committed stays, nothing is half
            // written, and the documents in flight are coded again by the next run.
            printError("error: \(error)")
            printError("\(tally.coded) document(s) were stored before it; run the same command again to finish")
            throw ExitCode(1)
        }
        await reader.finish()
        progress.finish()
        let counts = try await store.counts()
        var console = CheckedOutput()
        print("\(tally.coded) new document(s), \(tally.unchanged) unchanged, \(tally.failed + reader.failures) skipped, "
              + "\(tally.recovered) interrupted earlier; \(tally.mentions) event mention(s): \(tally.newEvents) new event(s), "
              + "\(tally.mergedMentions) merged into events already known", to: &console)
        let changes = tally.changes.sorted { $0.order < $1.order }
        let alliedNow = try await store.relations(asOf: nil, actor: nil).filter { $0.through != nil && !alliedBefore.contains($0) }
        if !changes.isEmpty || !alliedNow.isEmpty {
            print("relations that changed:", to: &console)
            for (_, change, document) in changes { print("  " + RelationsOutput.change(change, document: document), to: &console) }
            for state in alliedNow {
                print("  \(state.actorA)–\(state.actorB) \(state.kind) \(state.state) since \(state.since) (both members of \(state.through ?? ""))", to: &console)
            }
        }
        print("store \(storeOptions.name): \(counts.documents["coded"] ?? 0) document(s) coded, \(counts.documents["failed"] ?? 0) failed, "
              + "\(counts.mentions) mention(s) in \(counts.events) event(s)", to: &console)
        try console.finish()
        if reader.failures + tally.failed + tally.recovered > 0 { throw ExitCode(1) }
    }

    /// Reads every input, admitting and storing documents a batch a transaction and coding
    /// them on every core (up to `workers` at once) in between.
    ///
    /// Up to ``IngestBatch/limit`` documents (and ``IngestBatch/inFlightBytes`` of text) are
    /// being coded at once, so the cores keep coding while the writer commits a batch, and
    /// memory stays bounded however large the documents. A crash blames the one document its
    /// thread was coding (``CrashMarker/whileCoding(_:_:)``), not the whole batch.
    private func ingest(_ inputs: [String], reader: inout IngestReader, workers: Int, version: String, coder: Coder,
                        store: any EventStore, tally: inout Tally, progress: inout IngestProgress) async throws {
        let limit = jobs == nil ? IngestBatch.limit : workers
        try await withThrowingTaskGroup(of: CodedDocument.self) { group in
            var batch = IngestBatch()
            // Stores what is coded once a batch is ready (or everything, at the end).
            func flush(all: Bool) async throws {
                guard batch.coded.count >= IngestBatch.size || batch.codedBytes >= IngestBatch.inFlightBytes / 4
                    || (all && !batch.coded.isEmpty) else { return }
                let coded = batch.coded
                batch.coded = []
                batch.codedBytes = 0
                for done in try await Self.store(coded, in: store) { tally.add(done, progress: &progress) }
            }
            // Admits the waiting documents in one transaction and starts coding those to code.
            func admit() async throws {
                let waiting = batch.waiting
                batch.waiting = []
                batch.waitingBytes = 0
                let admissions = try await store.beginAll(waiting.map(\.incoming))
                for ((externalID, incoming), admission) in zip(waiting, admissions) {
                    switch admission {
                    case .alreadyCoded, .codingElsewhere:
                        tally.unchanged += 1
                    case .failedBefore(let id, let error):
                        printError("warning: \(externalID): document \(id) failed before (\(error)); skipped")
                        tally.failed += 1
                    case .code(let id):
                        let bytes = incoming.document.text.utf8.count
                        while batch.inFlight >= limit || (batch.inFlight > 0 && batch.inFlightBytes + bytes > IngestBatch.inFlightBytes),
                              let done = try await group.next() {
                            batch.collect(done)
                            try await flush(all: false)
                        }
                        let order = batch.order
                        batch.order += 1
                        batch.inFlight += 1
                        batch.inFlightBytes += bytes
                        group.addTask { Self.code(incoming.document, id: id, externalID: externalID, order: order, coder: coder) }
                    }
                }
            }
            for path in inputs {
                try await reader.read(path) { externalID, document in
                    // A JSONL record's own id names the document; a file's path only says where it was.
                    let incoming = IncomingDocument(externalID: externalID, document: document, dictionaryVersion: version,
                                                    externalIDIsIdentity: document.id != nil && document.id == externalID)
                    batch.waiting.append((externalID, incoming))
                    batch.waitingBytes += document.text.utf8.count
                    if batch.waiting.count >= IngestBatch.size || batch.waitingBytes >= IngestBatch.bytes { try await admit() }
                }
            }
            try await admit()
            for try await done in group {
                batch.collect(done)
                try await flush(all: false)
            }
            try await flush(all: true)
        }
    }

    /// Documents read, admitted or coded, and not yet stored.
    struct IngestBatch {
        /// Documents a write transaction admits or stores.
        static let size = 256
        /// Text admitted at once, at most (one huge document is admitted alone).
        static let bytes = 4 << 20
        /// Documents being coded at once, at most (the cores take them as they can).
        static let limit = 4 * size
        /// Text being coded at once, at most (one huge document is coded alone); a quarter of
        /// it, coded and waiting for the writer, is stored.
        static let inFlightBytes = 64 << 20
        var waiting: [(externalID: String, incoming: IncomingDocument)] = []
        var waitingBytes = 0
        var coded: [CodedDocument] = []
        var codedBytes = 0
        var inFlight = 0
        var inFlightBytes = 0
        var order = 0

        /// A coding task finished: its document waits for the writer.
        mutating func collect(_ done: CodedDocument) {
            inFlight -= 1
            inFlightBytes -= done.bytes
            coded.append(done)
            codedBytes += done.bytes
        }
    }

    /// One document coded, not yet stored.
    struct CodedDocument: Sendable {
        var order: Int
        var externalID: String
        var bytes: Int
        var coding: DocumentCoding
    }

    /// One document coded and stored.
    struct Coded: Sendable {
        var order: Int
        var externalID: String
        var bytes: Int
        var mentions: Int
        var outcome: CompletedDocument
    }

    /// Codes a document: the pure part, on any core, with the document named for the crash
    /// handler.
    static func code(_ document: Document, id: Int64, externalID: String, order: Int, coder: Coder) -> CodedDocument {
        let (sentences, events) = CrashMarker.whileCoding(id) {
            FaultInjection.crashIfAsked(document.text)
            return coder.code(document)
        }
        return CodedDocument(order: order, externalID: externalID, bytes: document.text.utf8.count,
                             coding: DocumentCoding(id: id, sentences: sentences.map(\.sentence), mentions: events))
    }

    /// Stores coded documents in one transaction.
    static func store(_ coded: [CodedDocument], in store: any EventStore) async throws -> [Coded] {
        let outcomes = try await store.completeAll(coded.map(\.coding))
        return zip(coded, outcomes).map { document, outcome in
            Coded(order: document.order, externalID: document.externalID, bytes: document.bytes,
                  mentions: document.coding.mentions.count, outcome: outcome)
        }
    }

    struct Tally {
        var coded = 0
        var mentions = 0
        var newEvents = 0
        var mergedMentions = 0
        var changes: [(order: Int, change: RelationChange, document: String)] = []
        var unchanged = 0
        var failed = 0
        var recovered = 0

        mutating func add(_ done: Coded, progress: inout IngestProgress) {
            coded += 1
            mentions += done.mentions
            newEvents += done.outcome.newEvents
            mergedMentions += done.outcome.mergedMentions
            changes += done.outcome.changes.map { (done.order, $0, done.externalID) }
            progress.add(bytes: done.bytes, events: done.mentions)
        }
    }
}
