import ArgumentParser
import EntenteCore
import EntenteStore

/// `entente relations`: the state of every relationship in the store as of a date.
struct RelationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "The state of each relationship (diplomatic, alliance, troops, sanctions, conflict) as of a date."
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
            let kind = state.kind.padding(toLength: 12, withPad: " ", startingAt: 0)
            let through = state.through.map { ", through \($0)" } ?? ""
            try output.line("\(dyad)\(kind)\(state.state.padding(toLength: 10, withPad: " ", startingAt: 0))since \(state.since)   (event \(state.eventID)\(through))")
        }
        try output.flush()
    }
}
