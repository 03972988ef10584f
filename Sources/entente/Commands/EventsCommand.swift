import ArgumentParser
import EntenteCore
import EntenteStore
import Foundation

/// `entente events`: the merged events in the store, or with `--mentions` every mention.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events in the store (merged, with their counts), or every mention.",
        discussion: """
            One line an event: mentions of one happening (same sides, code family and mode \
            class, dates within two days) are merged, with how many mentions, sources and \
            articles tell it. With --mentions, one line a mention, with its sentence.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv, tsv }

    @OptionGroup var filters: EventFilterOptions

    @Flag(help: "One line a mention (the coder's event record) instead of one a merged event.")
    var mentions = false

    @Option(help: "Output format: table (for people), jsonl, csv or tsv.")
    var format: Format = .table

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let store = try await storeOptions.open()
        var output = OutputBuffer()
        if mentions {
            let found = try await store.mentions(filters.query)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if format == .tsv { try output.line(EventTable.tsvHeader) }
            if format == .csv { try output.line(EventTable.tsvHeader.split(separator: "\t").joined(separator: ",")) }
            for event in found {
                switch format {
                case .jsonl: try output.line(String(decoding: try encoder.encode(event), as: UTF8.self))
                case .tsv: try output.line(EventTable.tsv(event))
                case .csv: try output.line(EventTable.tsv(event).split(separator: "\t", omittingEmptySubsequences: false).map { EventExport.csvField(String($0)) }.joined(separator: ","))
                case .table: try output.line(EventTable.row(event))
                }
            }
        } else {
            let rows = try await store.exportEvents(filters.query)
            switch format {
            case .table:
                for row in rows { try output.line(Self.tableRow(row)) }
            case .csv, .jsonl:
                for line in EventExport.lines(rows, format: format == .csv ? .csv : .jsonl) { try output.line(line) }
            case .tsv:
                try output.line(EventExport.tableColumns.joined(separator: "\t"))
                for row in rows { try output.line(EventExport.tableFields(row).map(EventExport.clean).joined(separator: "\t")) }
            }
        }
        try output.flush()
    }

    /// One merged event for people: date, source, code, target, mode, counts, name.
    static func tableRow(_ row: ExportEvent) -> String {
        let event = row.event
        func column(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0) }
        let name = CAMEO.type(event.cameo)?.name ?? ""
        return column(event.date ?? "undated", 11) + column(event.source, 10) + column(event.cameo, 6) + column(event.target, 10)
            + column(event.mode, 11) + "\(event.mentions) mention(s), \(event.sources) source(s), \(event.documents) article(s)  \(name)"
    }
}
