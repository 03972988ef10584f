import Foundation
import Testing

/// `entente ingest` and `entente events` on a store in a temporary folder.
@Suite(.serialized) struct IngestCLITests {
    func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entente-ingest-\(UUID().uuidString).sqlite").path
    }

    @Test func ingestsTheSampleOnceAndListsItsEvents() throws {
        let db = temporaryDatabase()
        let first = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("1 new document(s), 0 unchanged"))
        // The summary ends with every relation the document changed, with its sentence.
        #expect(first.stdout.contains("relations that changed:\n"))
        #expect(first.stdout.contains("  NER–UKR diplomatic broken since 2024-08-07 (Examples/sahel-ties.txt #0)\n"))
        #expect(first.stdout.contains("  NER–USA troops expelled since 2024-03-16 (Examples/sahel-ties.txt #4)\n"))
        #expect(first.stdout.contains("  MLI–NER alliance allied since 2024-08-07 (both members of IGOWAFAES)\n"))
        let again = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        #expect(again.stdout.hasPrefix("0 new document(s), 1 unchanged, 0 skipped, 0 interrupted earlier; 0 event mention(s)"))
        #expect(!again.stdout.contains("relations that changed"), "a second run changes nothing")
        let coded = try CLI.run(["code", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--all-modes", "--one-actor", "--format", "tsv"])
        let stored = try CLI.run(["events", "--mentions", "--db", db, "--format", "tsv"])
        #expect(stored.status == 0)
        // The store gives back what the coder found, event for event.
        #expect(stored.stdout == coded.stdout)
        let ties = try CLI.run(["events", "--mentions", "--db", db, "--actor", "UKR", "--cameo", "161", "--format", "jsonl"])
        #expect(ties.stdout.split(separator: "\n").count >= 2)
        #expect(ties.stdout.contains(#""source":"NER""#))
        // "Niger … cutting ties with Ukraine" and "The country cut ties with Ukraine" are one
        // event told twice.
        let merged = try CLI.run(["events", "--db", db, "--actor", "NER", "--cameo", "161", "--format", "jsonl"])
        let records = merged.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.map { "\($0["source"] ?? "") \($0["target"] ?? "") \($0["cameo"] ?? "") \($0["mode"] ?? "") \($0["mentions"] ?? "") \($0["articles"] ?? "")" }
            == ["NER UKR 161 asserted 2 1"])
    }

    @Test func theSamplesRelationsAsOfTwoDates() throws {
        let db = temporaryDatabase()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        let now = try CLI.run(["relations", "--db", db])
        #expect(now.status == 0)
        let lines = now.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(5).joined(separator: " ") }
        for expected in ["NER–UKR diplomatic broken since 2024-08-07", "MLI–UKR diplomatic broken since 2024-08-05",
                         "NER–USA troops expelled since 2024-03-16", "MLI–NER alliance allied since 2024-08-07",
                         "BFA–MLI alliance allied since 2024-08-07", "BFA–NER alliance allied since 2024-08-07"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        let march = try CLI.run(["relations", "--db", db, "--as-of", "2024-05-01"])
        #expect(march.stdout.split(separator: "\n").map { String($0.prefix(8)) } == ["NER–USA "])
    }

    @Test func onePairsStoryWithItsSentences() throws {
        let db = temporaryDatabase()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        let ties = try CLI.run(["relations", "NER", "UKR", "--as-of", "2024-08-10", "--db", db])
        #expect(ties.status == 0, "\(ties.stderr)")
        #expect(ties.stdout.hasPrefix("NER–UKR as of 2024-08-10\n  diplomatic  NER–UKR broken since 2024-08-07\n"))
        #expect(ties.stdout.contains("cutting diplomatic ties with Ukraine"), "the sentence behind the state")
        let json = try CLI.run(["relations", "NER", "UKR", "--as-of", "2024-08-10", "--format", "json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["dyad"] as? [String] == ["NER", "UKR"] && object["as_of"] as? String == "2024-08-10")
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.map { "\($0["kind"] ?? "") \($0["state"] ?? "") \($0["since"] ?? "")" } == ["diplomatic broken 2024-08-07"])
        #expect(facts.first?["until"] is NSNull)
        #expect(((facts.first?["events"] as? [[String: Any]])?.first?["text"] as? String)?.contains("Ukraine") == true)
        #expect(((object["recent"] as? [[String: Any]])?.count ?? 0) >= 1)
        let troops = try CLI.run(["relations", "NER", "USA", "--db", db])
        #expect(troops.stdout.contains("troops      NER–USA expelled since 2024-03-16"))
        let bloc = try CLI.run(["relations", "MLI", "BFA", "--db", db])
        #expect(bloc.stdout.contains("alliance    BFA–MLI allied since 2024-08-07 (through IGOWAFAES)"))
        let before = try CLI.run(["relations", "NER", "UKR", "--as-of", "2024-08-01", "--db", db])
        #expect(before.stdout.contains("no relationship state recorded"))
        #expect(try CLI.run(["relations", "NER", "--db", db]).status != 0, "one actor is not a pair")
    }

    @Test func aRecordsOwnIDIsItsIdentity() throws {
        let db = temporaryDatabase()
        let first = #"{"id": "story-1", "date": "2024-08-07", "text": "Mali cut ties with Ukraine."}"#
        let corrected = #"{"id": "story-1", "date": "2024-08-07", "text": "Mali cut diplomatic ties with Ukraine."}"#
        let fresh = #"{"id": "story-2", "date": "2024-08-07", "text": "Mali cut ties with Ukraine."}"#
        let run = try CLI.run(["ingest", "--db", db], stdin: Data([first, corrected, fresh].joined(separator: "\n").utf8))
        #expect(run.stdout.hasPrefix("2 new document(s), 1 unchanged"), "\(run.stdout)")
    }

    @Test func exportsTheSampleInEveryFormat() throws {
        let db = temporaryDatabase()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        let gdelt = try CLI.run(["export", "--format", "gdelt", "--db", db])
        #expect(gdelt.status == 0)
        let rows = gdelt.stdout.split(separator: "\n")
        #expect(rows.count >= 10)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        #expect(rows.contains { $0.contains("\tNER\tNIGER\tNER\t") && $0.contains("\t161\t161\t16\t") })
        let icews = try CLI.run(["export", "--format", "icews", "--db", db])
        #expect(icews.stdout.contains("\tNiger\tReduce or break diplomatic relations\t161\t"))
        let plover = try CLI.run(["export", "--format", "plover", "--db", db])
        #expect(plover.stdout.split(separator: "\n").allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }

    @Test func aDocumentThatStoppedARunIsReportedAndTheRestIsCoded() throws {
        let db = temporaryDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Niger expelled French troops.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data(#"{"id": "r1", "date": "2024-08-07", "text": "Mali cut ties with Ukraine."}"#.utf8).write(to: folder.appendingPathComponent("b.jsonl"))
        // A document that crashes the coder (a crash injected for the test) kills the run.
        let crash = try IngestCLITests.run(["ingest", "--db", db, "--date", "2024-08-07"], stdin: "The poison document.",
                                           environment: ["ENTENTE_CRASH_ON": "poison"])
        #expect(crash != 0, "the injected crash kills the process")
        let rerun = try CLI.run(["ingest", folder.path, "--db", db, "--date", "2024-08-07"])
        #expect(rerun.status == 1)
        #expect(rerun.stderr.contains("error: document 1 (<stdin>): the coding process stopped while coding this document"))
        #expect(rerun.stdout.hasPrefix("2 new document(s)"))
        // Fed again, the failed document is skipped, not coded (a poison document would crash
        // every run otherwise).
        let again = try CLI.run(["ingest", "--db", db, "--date", "2024-08-07"], stdin: Data("The poison document.".utf8))
        #expect(again.stderr.contains("failed before"))
        #expect(again.stdout.hasPrefix("0 new document(s)"))
        let events = try CLI.run(["events", "--db", db])
        #expect(events.stdout.contains("NER") && events.stdout.contains("MLI"))
    }

    /// Many documents are in flight at once (admitted a batch at a time, coded on every
    /// core); the crash still blames only the one its thread was coding.
    @Test func aCrashAmongManyInFlightBlamesOnlyItsDocument() throws {
        let db = temporaryDatabase()
        let countries = ["Niger", "Mali", "Chad", "Algeria", "France", "Russia", "Ukraine", "Ghana"]
        let lines = (0..<60).map { index -> String in
            let text = index == 37 ? "The poison document." : "Report \(index): \(countries[index % 8]) condemned \(countries[(index + 3) % 8])."
            return #"{"id": "doc-\#(index)", "date": "2024-08-07", "text": "\#(text)"}"#
        }
        let crash = try IngestCLITests.run(["ingest", "--db", db, "--input", "jsonl"], stdin: lines.joined(separator: "\n"),
                                           environment: ["ENTENTE_CRASH_ON": "poison"])
        #expect(crash != 0, "the injected crash kills the process")
        let rerun = try CLI.run(["ingest", "--db", db, "--input", "jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(rerun.status == 1)
        #expect(rerun.stderr.components(separatedBy: "marked failed").count == 2, "one document is blamed: \(rerun.stderr)")
        #expect(rerun.stderr.contains("(doc-37): the coding process stopped while coding this document"))
        let statuses = try IngestCLITests.sqlite(db, "SELECT status, count(*) FROM document GROUP BY status ORDER BY status")
        #expect(statuses == "coded|59\nfailed|1\n", "\(statuses)")
    }

    @Test func theStoreComesFromTheEnvironmentWhenNotGiven() throws {
        let db = temporaryDatabase()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", "--date", "2024-08-07"]
        process.environment = ProcessInfo.processInfo.environment.merging(["ENTENTE_DB": db]) { $1 }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("Niger expelled French troops.".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    /// Runs the binary with extra environment; its exit status, or 128 + the signal that
    /// killed it.
    static func run(_ arguments: [String], stdin: String, environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Runs `sql` on the store with the sqlite3 shell; what it prints. `mustSucceed: false`
    /// for a store that may not exist yet (polled while another process creates it).
    @discardableResult
    static func sqlite(_ db: String, _ sql: String, mustSucceed: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if mustSucceed { #expect(process.terminationStatus == 0) }
        return text
    }
}
