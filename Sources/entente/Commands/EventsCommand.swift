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

    @Flag(help: "Merged events (one line an event, with how many mentions and documents tell it) instead of mentions.")
    var merged = false

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let store = try storeOptions.open()
        if merged {
            try await printMerged(store)
            return
        }
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

    private func printMerged(_ store: SQLiteEventStore) async throws {
        let events = try await store.mergedEvents(MentionQuery(actor: actor, cameo: cameo, limit: limit))
        var output = OutputBuffer()
        if format != .table {
            try output.line(["event", "source", "target", "cameo", "mode", "date", "date_precision", "mentions", "documents"].joined(separator: "\t"))
        }
        for event in events {
            let fields = [String(event.id), event.source, event.target, event.cameo, event.mode, event.date ?? "", event.datePrecision ?? "", String(event.mentions), String(event.documents)]
            if format == .table {
                let name = CAMEO.type(event.cameo)?.name ?? ""
                try output.line("\(event.source.padding(toLength: 10, withPad: " ", startingAt: 0))\(event.cameo.padding(toLength: 6, withPad: " ", startingAt: 0))\(event.target.padding(toLength: 10, withPad: " ", startingAt: 0))\(event.mode.padding(toLength: 11, withPad: " ", startingAt: 0))\((event.date ?? "-").padding(toLength: 11, withPad: " ", startingAt: 0))\(event.mentions) mention(s) in \(event.documents) document(s)  \(name)")
            } else {
                try output.line(fields.joined(separator: "\t"))
            }
        }
        try output.flush()
    }
}
