import ArgumentParser
import EntenteServer
import Foundation
import Hummingbird
import Logging

/// `entente serve`: the HTTP API (and web UI) over the store; given paths, ingests them first.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store over HTTP: the JSON API and the web UI (ingesting any paths given first).",
        discussion: """
            Writes (POST /api/documents) need ENTENTE_TOKEN set and the header \
            Authorization: Bearer <token>; without a token the server takes no writes. It stops \
            gracefully on SIGINT or SIGTERM, finishing the requests in flight.
            """
    )

    @Argument(help: "Files, folders or URLs to ingest before serving (as `entente ingest` reads them).")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for ingested documents that carry none.")
    var date: String?

    @Option(help: "The address to listen on (loopback by default; 0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        if !paths.isEmpty {
            // The same ingest as `entente ingest`, summary included; a skipped input does not
            // stop the server from starting.
            var arguments = paths + ["--db", storeOptions.path, "--busy-timeout", String(storeOptions.busyTimeout)]
            if let date { arguments += ["--date", date] }
            if let folder = dictionaryOptions.dictionaries { arguments += ["--dictionaries", folder] }
            let ingest = try IngestCommand.parse(arguments)
            do {
                try await ingest.run()
            } catch let exit as ExitCode where exit == ExitCode(1) {
                printError("warning: some inputs were skipped; serving what was stored")
            }
        }
        let (coder, version) = try loadVersionedCoder(dictionaryOptions)
        let store = try await storeOptions.open()
        var logger = Logger(label: "entente")
        logger.logLevel = .info
        let settings = ServerSettings(host: host, port: port, token: ProcessInfo.processInfo.environment["ENTENTE_TOKEN"], dictionaryVersion: version)
        let application = EntenteServer.application(store: store, coder: coder, settings: settings, logger: logger) { port in
            // What a newcomer opens; a test reads the port from it.
            FileHandle.standardOutput.write(Data("serving \(storeOptions.name) on http://\(host):\(port)/\n".utf8))
        }
        try await application.runService()
    }
}
