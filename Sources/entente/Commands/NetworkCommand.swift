import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `entente network`: sides and their weighted cooperation and conflict edges.
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Sides (countries, organisations) and weighted cooperation and conflict edges between them, as JSON, DOT or GraphML.",
        discussion: """
            One edge a directed pair: how many asserted or reported events of QuadClass 1-2 \
            (cooperation) and 3-4 (conflict) the source directed at the target, and their \
            Goldstein sum, over the --window days up to --as-of (all time without --as-of).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, graphml }

    @Option(name: .customLong("as-of"), help: "The last day counted (YYYY-MM-DD); default: all events.")
    var asOf: String?

    @Option(help: "How many days up to --as-of are counted.")
    var window = 365

    @Option(help: "Output format: json, dot (Graphviz) or graphml.")
    var format: Format = .json

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        _ = try parseDateOption(asOf)
        guard window >= 0 else { throw ValidationError("--window is a number of days, 0 or more") }
    }

    func run() async throws {
        let store = try await storeOptions.open()
        let network = try await store.network(asOf: try parseDateOption(asOf)?.iso, windowDays: window)
        var output = OutputBuffer()
        for line in try NetworkOutput.lines(network, format: format) { try output.line(line) }
        try output.flush()
    }
}
