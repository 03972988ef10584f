import ArgumentParser
import EntenteCoding
import EntenteCore
import Foundation

/// `entente code`: events from text.
struct CodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code events (CAMEO and PLOVER, with source, target, mode, date and evidence) from text.",
        discussion: """
            Prints one event a line. By default only events the text presents as having happened \
            (modes asserted and reported); --all-modes adds negated, threatened, intended, denied, \
            hypothetical, requested and alleged ones, marked in the mode field; --one-actor adds \
            events with a source and no target (an empty target field).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, tsv }

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "Output format: table (for people), jsonl (the event record), tsv.")
    var format: Format = .table

    @Flag(help: "Also print events that are negated, threatened, intended, denied, hypothetical, requested or alleged.")
    var allModes = false

    @Flag(help: "Also print one-actor events: a source and no target (\"the rebels surrendered\"), the target field empty.")
    var oneActor = false

    func run() async throws {
        let coder = try loadCoder(dictionaryOptions)
        var output = OutputBuffer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if format == .tsv { try output.line(EventTable.tsvHeader) }
        let failures = try DocumentInput(options: inputOptions, analyzer: coder.analyzer).run { piece in
            // A long text file is coded piece by piece, as documents are.
            for event in coder.events(in: piece.sentences, documentID: piece.documentID, documentDate: piece.date) where (allModes || event.mode.isFactual) && (oneActor || !event.isOneActor) {
                switch format {
                case .jsonl: try output.line(String(decoding: try encoder.encode(event), as: UTF8.self))
                case .tsv: try output.line(EventTable.tsv(event))
                case .table: try output.line(EventTable.row(event))
                }
            }
        }
        try output.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}
