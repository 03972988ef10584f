import Foundation
import Testing

/// `entente serve` as a real process on a real socket: it ingests what it is given, answers
/// while slow clients hang on and while another process ingests, and stops cleanly.
@Suite(.serialized) struct ServeCLITests {
    /// A running server: its process and port.
    struct Server {
        var process: Process
        var port: Int
        var output: String
    }

    /// Starts `entente serve` with `arguments` on a free port; waits for its "serving" line.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Server {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline, process.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { Thread.sleep(forTimeInterval: 0.05); continue }
            text += String(decoding: chunk, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
               let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))) }) {
                return Server(process: process, port: port, output: text)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the server did not start: \(text)"])
    }

    /// GETs `path`; the status and body (status 0 when nothing answered).
    static func get(_ port: Int, _ path: String) throws -> (status: Int, body: String) {
        let result = try CLI.run(["-s", "-m", "30", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"],
                                 executable: URL(fileURLWithPath: "/usr/bin/curl"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    static func database() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entente-serve-\(UUID().uuidString).sqlite").path
    }

    @Test func itIngestsWhatItIsGivenServesItAndStopsCleanly() throws {
        let server = try Self.start(["Examples/", "--date", "2024-08-07", "--db", Self.database()])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        #expect(server.output.contains("1 new document(s)"))
        #expect(server.output.contains("NER–UKR diplomatic broken since 2024-08-07"))
        let dyad = try Self.get(server.port, "/api/dyads/NER/UKR?as_of=2024-08-10")
        #expect(dyad.status == 200 && dyad.body.contains(#""state":"broken""#), "\(dyad)")
        let page = try Self.get(server.port, "/dyads/NER/UKR")
        #expect(page.status == 200 && page.body.contains(#"data-state="broken""#))
        let metrics = try Self.get(server.port, "/metrics")
        #expect(metrics.body.contains("entente_events_stored 28.0\n"), "\(metrics.body.prefix(600))")
        #expect(metrics.body.contains(#"entente_http_requests_total{method="GET",route="/api/dyads/{a}/{b}",status="200"} 1"#), "\(metrics.body.prefix(1200))")
        #expect(metrics.body.contains(#"entente_http_request_duration_seconds_count{route="/api/dyads/{a}/{b}"} 1"#))
        kill(server.process.processIdentifier, SIGTERM)
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0, "a clean stop on SIGTERM")
    }

    @Test func aThousandSlowClientsDoNotStopItAnswering() throws {
        let server = try Self.start(["Examples/", "--date", "2024-08-07", "--db", Self.database()])
        defer { kill(server.process.processIdentifier, SIGKILL) }
        let script = CLI.packageRoot.appendingPathComponent("Tests/EntenteCLITests/Scripts/slow_clients.py").path
        let run = try CLI.run([script, String(server.port), "1000", "6"], executable: URL(fileURLWithPath: "/usr/bin/python3"))
        let report = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        let connected = report["connected"] as? Int ?? 0
        let answers = report["answers"] as? [Int] ?? []
        let errors = report["errors"] as? [String] ?? []
        #expect(connected >= 900, "\(run.stdout) \(run.stderr)")
        #expect(answers.count >= 10 && answers.allSatisfy { $0 == 200 }, "\(answers)")
        #expect(errors.isEmpty, "\(errors)")
        #expect(try Self.get(server.port, "/healthz").status == 200, "still serving after they leave")
    }

    /// A 100 MB body on a real socket is refused with 413 once past the limit, not read
    /// whole, and the server stays up.
    @Test func aHundredMegabyteBodyIsRefused() throws {
        let server = try Self.start(["--db", Self.database()], environment: ["ENTENTE_TOKEN": "secret"])
        defer { kill(server.process.processIdentifier, SIGKILL) }
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("entente-body-\(UUID().uuidString).json")
        FileManager.default.createFile(atPath: body.path, contents: nil)
        let handle = try FileHandle(forWritingTo: body)
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        handle.write(Data(#"{"text": ""#.utf8))
        for _ in 0..<100 { handle.write(chunk) }
        handle.write(Data(#""}"#.utf8))
        try handle.close()
        defer { try? FileManager.default.removeItem(at: body) }
        for path in ["/api/documents", "/api/code", "/code"] {
            let result = try CLI.run(["-s", "-m", "60", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: Bearer secret",
                                      "-H", "Content-Type: application/json", "--data-binary", "@\(body.path)", "http://127.0.0.1:\(server.port)\(path)"],
                                     executable: URL(fileURLWithPath: "/usr/bin/curl"))
            // 413, or the connection closed on the sender once the server had refused it.
            #expect(result.stdout == "413" || result.stdout == "000", "\(path): \(result.stdout)")
        }
        #expect(try Self.get(server.port, "/healthz").status == 200)
    }

    @Test func itKeepsAnsweringWhileAnotherProcessIngests() throws {
        let db = Self.database()
        let server = try Self.start(["--db", db])
        defer { kill(server.process.processIdentifier, SIGKILL) }
        let corpus = try IngestDurabilityTests.corpus(300)
        let ingest = try IngestDurabilityTests.start(["ingest", corpus, "--db", db])
        var statuses: [Int] = []
        while ingest.isRunning {
            statuses.append(try Self.get(server.port, "/api/events?limit=10").status)
            statuses.append(try Self.get(server.port, "/").status)
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == 200 }, "\(statuses)")
        let after = try Self.get(server.port, "/api/events?limit=500")
        #expect(after.body.contains(#""cameo":"161""#), "the new events are served")
    }
}
