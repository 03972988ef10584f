import ArgumentParser
import EntenteCore
import EntenteStore

/// `entente relations`: the state of every relationship in the store as of a date.
struct RelationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "The state of each relationship (diplomatic ties, military presence, sanctions, agreements, armed conflict) as of a date."
    )

    @Option(name: .customLong("as-of"), help: "The date (YYYY-MM-DD) to report the states at; default: the latest.")
    var asOf: String?

    @Option(help: "Only relationships of this actor (a code prefix).")
    var actor: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let day = try parseDateOption(asOf)
        let store = try storeOptions.open()
        let states = try await store.relations(asOf: day?.iso, actor: actor)
        var output = OutputBuffer()
        for state in states {
            let dyad = "\(state.actorA)–\(state.actorB)".padding(toLength: 20, withPad: " ", startingAt: 0)
            let relation = state.relation.padding(toLength: 18, withPad: " ", startingAt: 0)
            try output.line("\(dyad)\(relation)\(state.state.padding(toLength: 11, withPad: " ", startingAt: 0))since \(state.since)   (event \(state.eventID))")
        }
        try output.flush()
    }
}
