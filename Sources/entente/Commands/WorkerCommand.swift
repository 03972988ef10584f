import ArgumentParser
import EntenteCoding
import EntenteCore
import EntenteIngest
import EntentePostgres
import EntenteStore
import Foundation

/// `entente worker`: takes jobs from a PostgreSQL store's queue and codes them, alongside any
/// number of other workers on any number of machines.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Code jobs from a PostgreSQL store's queue (see `entente enqueue`), beside any number of other workers.",
        discussion: """
            Jobs are taken under a lease with FOR UPDATE SKIP LOCKED, so workers never wait on \
            one another. Each batch of jobs is stored, with its documents, mentions, merged \
            events and relation facts, in one transaction with the jobs' completion. A worker \
            that dies loses its leases: another takes its jobs once they run out, one at a \
            time, and a job that has failed or outlived \(PostgresEventStore.maximumAttempts) \
            leases is parked for a person to look at (`entente queue status`). When the \
            database goes away, the worker retries with exponential backoff and jitter.
            """
    )

    @Option(help: "How many jobs to code at once (default: one a core).")
    var concurrency: Int?

    @Flag(help: "Stop once no job is pending or leased, instead of waiting for more.")
    var untilEmpty = false

    @Option(help: "Seconds a lease lasts: a job whose worker died is taken by another after this long.")
    var leaseTimeout = 60

    @Option(help: "Seconds to keep retrying while the database cannot be reached before giving up.")
    var giveUpAfter = 600.0

    @Option(help: "Seconds of fetching a URL job may take, whole.")
    var fetchTimeout = 30

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func validate() throws {
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be 1 or more") }
        if leaseTimeout < 1 { throw ValidationError("--lease-timeout must be 1 second or more") }
    }

    func run() async throws {
        let (coder, version) = try loadVersionedCoder(dictionaryOptions)
        let width = concurrency ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        let name = "\(ProcessInfo.processInfo.hostName):\(getpid())"
        // An access may take as long as a lease, and at least 30 s, before the worker deems
        // the server gone and reconnects.
        let timeout = Duration.seconds(max(30, leaseTimeout))
        let store = StoreHandle(try await storeOptions.openPostgres(connections: 2, command: "worker", name: "entente worker \(name)", operationTimeout: timeout),
                                name: "entente worker \(name)", operationTimeout: timeout)
        var retry = Retry(giveUpAfter: giveUpAfter)
        var tally = (jobs: 0, documents: 0, mentions: 0, failed: 0, parked: 0)
        var fetcher = IngestReader(kind: .auto, maxRecordSize: LineReader.defaultMaximumLength, defaultDate: nil)
        fetcher.fetchOptions.totalTimeout = .seconds(max(1, fetchTimeout))
        signal(SIGXFSZ, SIG_IGN)
        while true {
            // A job tried before is retried alone, so a poison job takes no other down with it.
            var jobs = try await retry.persistently(store) { store in try await store.lease(worker: name, limit: 1, seconds: leaseTimeout, retries: true) }
            if jobs.isEmpty {
                jobs = try await retry.persistently(store) { store in try await store.lease(worker: name, limit: 8 * width, seconds: leaseTimeout, retries: false) }
            }
            if jobs.isEmpty {
                if untilEmpty, try await retry.persistently(store, { store in try await store.queueIsDrained() }) { break }
                try await Task.sleep(for: .milliseconds(200 + Int.random(in: 0..<300)))
                continue
            }
            var inputs: [(job: LeasedJob, documents: [IncomingDocument])] = []
            for job in jobs {
                if let document = job.input.document {
                    let incoming = IncomingDocument(externalID: document.externalID, document: document.document, dictionaryVersion: version,
                                                    externalIDIsIdentity: document.externalIDIsIdentity)
                    inputs.append((job, [incoming]))
                } else if let url = job.input.url {
                    let fetched = await Self.fetch(url, defaultDate: job.input.defaultDate, version: version, reader: &fetcher)
                    if fetched.isEmpty {
                        let parked = try await retry.persistently(store) { store in
                            try await store.failed(job.id, worker: name, error: "could not fetch or read \(url)", retryAfter: Retry.jittered(30 * Double(job.attempts)))
                        }
                        tally.failed += 1
                        if parked { tally.parked += 1 }
                        continue
                    }
                    inputs.append((job, fetched))
                }
            }
            let finished = await Self.code(inputs, coder: coder, width: width)
            do {
                let outcomes = try await retry.persistently(store) { store in try await store.finish(finished, worker: name) }
                for (job, outcome) in zip(finished, outcomes) where outcome.stored {
                    tally.jobs += 1
                    tally.documents += outcome.documents.count
                    tally.mentions += job.documents.reduce(0) { $0 + $1.mentions.count }
                }
            } catch let error as EntenteError where error.code == .storeFailed {
                // One job's documents were refused: store each job alone, and fail only those
                // refused.
                for job in finished {
                    do {
                        if try await retry.persistently(store, { store in try await store.finish([job], worker: name) }).first?.stored == true { tally.jobs += 1 }
                    } catch let refused as EntenteError where refused.code == .storeFailed {
                        let attempts = jobs.first { $0.id == job.job }?.attempts ?? 1
                        if try await store.current.failed(job.job, worker: name, error: refused.description, retryAfter: Retry.jittered(5 * Double(attempts))) {
                            tally.parked += 1
                        }
                        tally.failed += 1
                        printError("warning: job \(job.job): \(refused)")
                    }
                }
            }
        }
        await fetcher.finish()
        await store.current.close()
        print("worker \(name): \(tally.jobs) job(s) done, \(tally.documents) new document(s), \(tally.mentions) event mention(s); "
              + "\(tally.failed) failure(s), \(tally.parked) job(s) parked")
    }

    /// Fetches a URL job's page or feed: its documents (none when it cannot be read).
    static func fetch(_ url: String, defaultDate: String?, version: String, reader: inout IngestReader) async -> [IncomingDocument] {
        var documents: [IncomingDocument] = []
        var pageReader = IngestReader(kind: .auto, maxRecordSize: reader.maxRecordSize, defaultDate: defaultDate.flatMap(Day.init(iso:)))
        pageReader.fetchOptions = reader.fetchOptions
        pageReader.fetcher = reader.fetcher
        do {
            try await pageReader.read(url) { externalID, document in
                documents.append(IncomingDocument(externalID: externalID, document: document, dictionaryVersion: version))
            }
        } catch {
            printError("warning: \(url): \(error)")
        }
        // The HTTP client is made once and kept for the worker's life.
        reader.fetcher = pageReader.fetcher
        return documents
    }

    /// Codes every document of `inputs`, `width` at a time, on the cooperative pool's threads.
    static func code(_ inputs: [(job: LeasedJob, documents: [IncomingDocument])], coder: Coder, width: Int) async -> [FinishedJob] {
        await withTaskGroup(of: (Int, FinishedJob).self) { group in
            var finished: [(Int, FinishedJob)] = []
            for (index, input) in inputs.enumerated() {
                if index >= width, let done = await group.next() { finished.append(done) }
                group.addTask {
                    let documents = input.documents.map { incoming in
                        FaultInjection.crashIfAsked(incoming.document.text)
                        let (sentences, events) = coder.code(incoming.document)
                        return (incoming: incoming, sentences: sentences.map(\.sentence), mentions: events)
                    }
                    return (index, FinishedJob(job: input.job.id, documents: documents))
                }
            }
            for await done in group { finished.append(done) }
            return finished.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

/// Retries while the database cannot be reached: exponential backoff from 0.1 s up to 10 s,
/// with full jitter (so many workers do not come back in step), for `giveUpAfter` seconds.
struct Retry {
    let giveUpAfter: Double
    private var failingSince: Date?

    init(giveUpAfter: Double) {
        self.giveUpAfter = giveUpAfter
    }

    /// A delay of up to `seconds`, drawn uniformly.
    static func jittered(_ seconds: Double) -> Double { Double.random(in: 0...max(0.001, seconds)) }

    /// Runs `body` until it succeeds, waiting between tries while the store is unavailable
    /// and connecting afresh once it answers again (a pool that lost its server may wait
    /// long before it tries again); any other error is thrown at once.
    mutating func persistently<T>(_ handle: StoreHandle, _ body: (PostgresEventStore) async throws -> T) async throws -> T {
        var delay = 0.1
        while true {
            do {
                let result = try await body(handle.current)
                if failingSince != nil { printError("note: the store is back") }
                failingSince = nil
                return result
            } catch let error as EntenteError where error.code == .storeUnavailable {
                let since = failingSince ?? Date()
                if failingSince == nil { printError("warning: \(error); retrying with backoff") }
                failingSince = since
                if Date().timeIntervalSince(since) > giveUpAfter { throw error }
                try await Task.sleep(for: .milliseconds(Int(Self.jittered(delay) * 1000)))
                delay = min(delay * 2, 10)
                if let fresh = try? await PostgresEventStore.connect(handle.current.url, connections: 2, name: handle.name, operationTimeout: handle.operationTimeout) {
                    await handle.current.close()
                    handle.current = fresh
                }
            }
        }
    }
}

/// The worker's store, replaced by a fresh connection after the server comes back.
final class StoreHandle {
    var current: PostgresEventStore
    let name: String
    let operationTimeout: Duration

    init(_ store: PostgresEventStore, name: String, operationTimeout: Duration) {
        current = store
        self.name = name
        self.operationTimeout = operationTimeout
    }
}
