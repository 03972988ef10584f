import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `entente relations`: the state of every relationship in the store as of a date, or one
/// pair's whole story with the sentences behind it.
struct RelationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "The state of each relationship (diplomatic, alliance, troops, sanctions, conflict) as of a date.",
        discussion: """
            With no actors: every relationship's state. With two (`relations NER UKR`): that \
            pair's states in order, each with the date it began, the date it ended if it has, \
            and the sentences of the event that set it, then the pair's recent events.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "Two actor codes (NER UKR) for one pair's story; none for every relationship.")
    var actors: [String] = []

    @Option(name: .customLong("as-of"), help: "The date (YYYY-MM-DD) to report the states at; default: the latest.")
    var asOf: String?

    @Option(help: "Only relationships of this actor (a code prefix), without two actors.")
    var actor: String?

    @Option(help: "How many recent events of the pair to list.")
    var recent = 10

    @Option(help: "Output format: table (for people) or json.")
    var format: Format = .table

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard actors.isEmpty || actors.count == 2 else { throw ValidationError("give two actors (NER UKR), or none") }
        _ = try parseDateOption(asOf)
    }

    func run() async throws {
        let day = try parseDateOption(asOf)
        let store = try await storeOptions.open()
        var output = OutputBuffer()
        if actors.count == 2 {
            let report = try await store.dyad(actors[0], actors[1], asOf: day?.iso, recent: recent)
            switch format {
            case .json: try output.line(try RelationsOutput.json(report))
            case .table: for line in RelationsOutput.table(report) { try output.line(line) }
            }
        } else {
            let states = try await store.relations(asOf: day?.iso, actor: actor)
            switch format {
            case .json: try output.line(try RelationsOutput.json(states, asOf: day?.iso))
            case .table: for state in states { try output.line(RelationsOutput.row(state)) }
            }
        }
        try output.flush()
    }
}
