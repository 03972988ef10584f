import ArgumentParser
import EntenteCoding
import EntenteStore
import Foundation

extension EventExport.Format: ExpressibleByArgument {}

/// `entente export`: the stored events in GDELT, ICEWS or PLOVER form.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the merged events in GDELT 2.0, ICEWS, PLOVER (JSON lines), CSV or JSON lines form.",
        discussion: """
            One row an event (mentions of one happening merged), asserted and reported events \
            only. GDELT: the 61 columns of its event table, no header. ICEWS: its 20 columns with \
            a header, countries by name. PLOVER: one JSON object a line, for events whose CAMEO \
            code maps to PLOVER. csv and jsonl: Entente's own table, every mode, with the \
            counts and the first sentence. The filters are those of `entente events`.
            """
    )

    @Option(help: "gdelt, icews, plover, csv or jsonl.")
    var format: EventExport.Format

    @OptionGroup var filters: EventFilterOptions

    @Option(help: "Write to this file instead of standard output (replaced only once the export is complete).")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        let store = try await storeOptions.open()
        var query = filters.query
        if query.limit == 1000 { query.limit = Int.max }
        let rows = try await store.exportEvents(query)
        var names: [String: String] = [:]
        if format == .icews {
            // ICEWS names countries; the country entries of the dictionaries know the names.
            let (actors, _) = try DictionaryLoading.load(folder: dictionaryOptions.dictionaries)
            for entry in actors.entries where entry.kind == .country {
                for code in entry.codes where code.code.count == 3 && names[code.code] == nil { names[code.code] = entry.name }
            }
        }
        let lines = EventExport.lines(rows, format: format, countryName: { names[$0] })
        guard let output else {
            var buffer = OutputBuffer()
            for line in lines { try buffer.line(line) }
            try buffer.flush()
            return
        }
        // Written beside the target and moved over it, so a failed export leaves no half file.
        let data = Data(lines.map { $0 + "\n" }.joined().utf8)
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        printError("\(rows.count) event(s) considered, \(lines.count - (format == .icews || format == .csv ? 1 : 0)) row(s) written to \(output)")
    }
}
