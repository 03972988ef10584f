import ArgumentParser
import EntentePostgres

/// `entente queue`: the work queue of a PostgreSQL store.
struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "The work queue of a PostgreSQL store.",
        subcommands: [Status.self]
    )

    /// `entente queue status`: how many jobs are pending, leased, done and parked.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show pending, leased, done and parked jobs, and why each parked job failed."
        )

        @Option(help: "How many parked jobs to list.")
        var parked = 20

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try await storeOptions.openPostgres(connections: 1, command: "queue status")
            let status = try await store.queueStatus(parkedLimit: max(0, parked))
            await store.close()
            let count = { (state: String) in status.jobs[state] ?? 0 }
            print("\(count("pending")) pending (\(status.retrying) waiting to retry), \(count("leased")) leased, \(count("done")) done, \(count("parked")) parked")
            if !status.parked.isEmpty {
                print("parked (after \(PostgresEventStore.maximumAttempts) attempts; enqueue again once fixed):")
                for job in status.parked { print("  job \(job.id) (\(job.attempts) attempts) \(job.input): \(job.error)") }
            }
        }
    }
}
