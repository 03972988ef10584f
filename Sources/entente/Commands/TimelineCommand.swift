import ArgumentParser
import EntenteCore
import EntenteStore

/// `entente timeline`: what an actor did and what was done to it, in date order.
struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "What happened by and to an actor, in date order (merged events, with the sentence that first told each)."
    )

    @Argument(help: "The actor (a code prefix: NER, NERGOV).")
    var actor: String

    @Option(help: "From this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "To this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "At most this many events.")
    var limit = 1000

    @Option(help: "Output format: table or jsonl.")
    var format: EventsCommand.Format = .table

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        _ = try parseDateOption(from)
        _ = try parseDateOption(to)
    }

    func run() async throws {
        let store = try await storeOptions.open()
        let rows = try await store.exportEvents(MentionQuery(actor: actor, from: from, to: to, limit: limit))
        var output = OutputBuffer()
        switch format {
        case .table:
            for row in rows {
                let name = CAMEO.type(row.event.cameo)?.name ?? row.event.cameo
                let mode = row.event.mode == "asserted" ? "" : " [\(row.event.mode)]"
                let dyad = "\(row.event.source) → \(row.event.target)"
                try output.line("\((row.event.date ?? "undated").padding(toLength: 11, withPad: " ", startingAt: 0))\(dyad.padding(toLength: max(22, dyad.count + 1), withPad: " ", startingAt: 0))\(row.event.cameo.padding(toLength: 5, withPad: " ", startingAt: 0))\(name)\(mode)")
                try output.line("           \"\(row.sentence)\" (\(row.documentID) #\(row.sentenceNumber))")
            }
        default:
            for line in EventExport.lines(rows, format: format == .csv ? .csv : .jsonl) { try output.line(line) }
        }
        try output.flush()
    }
}
