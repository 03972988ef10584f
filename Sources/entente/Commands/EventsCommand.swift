import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `entente events`: the event mentions in the store.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the event mentions in the store, filtered by actor and CAMEO code."
    )

    @Option(help: "Only mentions with this actor as source or target (a code prefix: NER matches NERGOV).")
    var actor: String?

    @Option(help: "Only mentions whose CAMEO code starts with this (16, 161).")
    var cameo: String?

    @Option(help: "At most this many.")
    var limit = 1000

    @Option(help: "Output format: table (for people) or jsonl (the event record).")
    var format: CodeCommand.Format = .table

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let store = try storeOptions.open()
        let mentions = try await store.mentions(MentionQuery(actor: actor, cameo: cameo, limit: limit))
        var output = OutputBuffer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if format == .tsv { try output.line(EventTable.tsvHeader) }
        for event in mentions {
            switch format {
            case .jsonl: try output.line(String(decoding: try encoder.encode(event), as: UTF8.self))
            case .tsv: try output.line(EventTable.tsv(event))
            case .table: try output.line(EventTable.row(event))
            }
        }
        try output.flush()
    }
}
