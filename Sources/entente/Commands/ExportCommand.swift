import ArgumentParser
import EntenteCoding
import EntenteStore

extension EventExport.Format: ExpressibleByArgument {}

/// `entente export`: the stored events in GDELT, ICEWS or PLOVER form.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the merged events in GDELT 2.0, ICEWS or PLOVER (JSON lines) form.",
        discussion: """
            One row an event (mentions of one happening merged), asserted and reported events \
            only. GDELT: the 61 columns of its event table, no header. ICEWS: its 20 columns with \
            a header, countries by name. PLOVER: one JSON object a line, for events whose CAMEO \
            code maps to PLOVER.
            """
    )

    @Option(help: "gdelt, icews or plover.")
    var format: EventExport.Format

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        let store = try storeOptions.open()
        let rows = try await store.exportEvents()
        var names: [String: String] = [:]
        if format == .icews {
            // ICEWS names countries; the country entries of the dictionaries know the names.
            let (actors, _) = try DictionaryLoading.load(folder: dictionaryOptions.dictionaries)
            for entry in actors.entries where entry.kind == .country {
                for code in entry.codes where code.code.count == 3 && names[code.code] == nil { names[code.code] = entry.name }
            }
        }
        var output = OutputBuffer()
        for line in EventExport.lines(rows, format: format, countryName: { names[$0] }) { try output.line(line) }
        try output.flush()
    }
}
