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
        #expect(first.stdout.hasPrefix("1 document(s) coded"))
        let again = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        #expect(again.stdout.hasPrefix("0 document(s) coded (0 event mentions), 1 already stored"))
        let coded = try CLI.run(["code", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--all-modes", "--format", "tsv"])
        let stored = try CLI.run(["events", "--db", db, "--format", "tsv"])
        #expect(stored.status == 0)
        // The store gives back what the coder found, event for event.
        #expect(stored.stdout == coded.stdout)
        let ties = try CLI.run(["events", "--db", db, "--actor", "UKR", "--cameo", "161", "--format", "jsonl"])
        #expect(ties.stdout.split(separator: "\n").count >= 2)
        #expect(ties.stdout.contains(#""source":"NER""#))
        // "Niger … cutting ties with Ukraine" and "The country cut ties with Ukraine" are one
        // event told twice.
        let merged = try CLI.run(["events", "--merged", "--db", db, "--actor", "NER", "--cameo", "161", "--format", "tsv"])
        #expect(merged.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").dropFirst().joined(separator: " ") }
            == ["NER UKR 161 asserted 2024-08-07 document 2 1"])
    }

    @Test func theSamplesRelationsAsOfTwoDates() throws {
        let db = temporaryDatabase()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        let now = try CLI.run(["relations", "--db", db])
        #expect(now.status == 0)
        let lines = now.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(5).joined(separator: " ") }
        for expected in ["NER–UKR diplomatic broken since 2024-08-07", "MLI–UKR diplomatic broken since 2024-08-07",
                         "NER–USA troops expelled since 2024-03-16", "MLI–NER alliance allied since 2024-08-07",
                         "BFA–MLI alliance allied since 2024-08-07", "BFA–NER alliance allied since 2024-08-07"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        let march = try CLI.run(["relations", "--db", db, "--as-of", "2024-05-01"])
        #expect(march.stdout.split(separator: "\n").map { String($0.prefix(8)) } == ["NER–USA "])
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
        // A run that died while coding a document leaves it in flight, owned by a dead process.
        let first = try CLI.run(["ingest", "--db", db, "--date", "2024-08-07"], stdin: Data("The poison document.".utf8))
        #expect(first.status == 0)
        try IngestCLITests.sqlite(db, "UPDATE document SET status = 'coding', coder_pid = 2147483646")
        let rerun = try CLI.run(["ingest", folder.path, "--db", db, "--date", "2024-08-07"])
        #expect(rerun.status == 1)
        #expect(rerun.stderr.contains("error: document 1 (<stdin>): the coding process stopped while coding this document"))
        #expect(rerun.stdout.hasPrefix("2 document(s) coded"))
        // Fed again, the failed document is skipped, not coded (a poison document would crash
        // every run otherwise).
        let again = try CLI.run(["ingest", "--db", db, "--date", "2024-08-07"], stdin: Data("The poison document.".utf8))
        #expect(again.stderr.contains("failed before"))
        #expect(again.stdout.hasPrefix("0 document(s) coded"))
        let events = try CLI.run(["events", "--db", db])
        #expect(events.stdout.contains("NER") && events.stdout.contains("MLI"))
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

    static func sqlite(_ db: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
