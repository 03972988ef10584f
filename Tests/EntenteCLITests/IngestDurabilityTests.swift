import Foundation
import Testing

/// `entente ingest` as real processes: killed mid-run, run twice at once, on a store it may
/// not write. Nothing committed is lost and nothing is doubled.
@Suite(.serialized) struct IngestDurabilityTests {
    /// Sentences with events; each document takes three, with its own number, so every
    /// document is new.
    static let sentences = [
        "Niger expelled the French ambassador on Monday.", "Mali cut diplomatic ties with Ukraine.",
        "Burkina Faso signed a defence pact with Russia.", "Russian troops arrived in Niamey.",
        "Algeria condemned the drone strike near the border.", "The United States imposed sanctions on Mali.",
        "Niger and Mali formed a military alliance.", "Chad accused Sudan of arming rebels.",
    ]

    /// A JSONL file of `count` distinct documents.
    static func corpus(_ count: Int) throws -> String {
        let lines = (0..<count).map { i -> String in
            let text = "Report \(i). " + (0..<3).map { sentences[(i + $0 * 3) % sentences.count] }.joined(separator: " ")
            return #"{"id": "doc-\#(i)", "date": "2024-08-\#(String(format: "%02d", 1 + i % 28))", "text": "\#(text)"}"#
        }
        return try CLI.temporary("corpus.jsonl", Array(lines.joined(separator: "\n").utf8))
    }

    static func database() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entente-durable-\(UUID().uuidString).sqlite").path
    }

    /// The store's documents by status, mentions and events, through the sqlite3 shell.
    static func census(_ db: String) throws -> String {
        try IngestCLITests.sqlite(db, """
            SELECT (SELECT group_concat(status || '=' || n, ' ') FROM (SELECT status, count(*) AS n FROM document GROUP BY status ORDER BY status))
                || ' mentions=' || (SELECT count(*) FROM mention) || ' events=' || (SELECT count(*) FROM event)
                || ' facts=' || (SELECT count(*) FROM relation_fact) || ' orphans=' || (SELECT count(*) FROM mention WHERE event_id IS NULL);
            """, mustSucceed: false).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every mention as document id, sentence and codes, sorted: what coding found.
    static func mentions(_ db: String) throws -> String {
        try IngestCLITests.sqlite(db, """
            SELECT d.external_id, s.number, m.source, m.target, m.cameo, m.mode, m.date FROM mention m
            JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
            ORDER BY d.external_id, s.number, m.source, m.target, m.cameo;
            """)
    }

    static func start(_ arguments: [String], errors: FileHandle = .nullDevice) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return process
    }

    @Test func killedMidRunTheRerunFinishesWithNothingLostOrDoubled() throws {
        let corpus = try Self.corpus(400)
        let reference = Self.database()
        let clean = try CLI.run(["ingest", corpus, "--db", reference])
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try Self.census(reference)
        #expect(expected.hasPrefix("coded=400 "))

        let db = Self.database()
        let doomed = try Self.start(["ingest", corpus, "--db", db])
        // Kill it once some documents are committed and others are not.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            if let coded = Int(try Self.census(db).split(separator: " ").first { $0.hasPrefix("coded=") }?.dropFirst(6) ?? ""), coded >= 20 { break }
        }
        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()
        let killed = try Self.census(db)
        #expect(killed.contains("orphans=0"), "every committed mention belongs to an event")

        let rerun = try CLI.run(["ingest", corpus, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        // Documents are in flight nearly all the time; when the kill caught some, they are
        // coded again, not failed.
        if killed.contains("coding=") { #expect(rerun.stderr.contains("were in flight when a run stopped") && rerun.stderr.contains("coding them again, one at a time")) }
        // The rerun finishes the job: every document coded once, the same mentions as one clean
        // run, each in one event. (Which mentions share an event can depend on the order
        // documents arrive in when their dates chain across the merge window.)
        #expect(try Self.mentions(db) == (try Self.mentions(reference)))
        let census = try Self.census(db)
        #expect(census.hasPrefix(expected.split(separator: " ").prefix(2).joined(separator: " ")) && census.contains("orphans=0"), "\(census) vs \(expected)")
        let again = try CLI.run(["ingest", corpus, "--db", db])
        #expect(again.stdout.hasPrefix("0 new document(s), 400 unchanged"))
    }

    @Test func twoIngestsOfOneFileAtOnceBothFinishAndNothingIsDoubled() throws {
        let corpus = try Self.corpus(200)
        let reference = Self.database()
        _ = try CLI.run(["ingest", corpus, "--db", reference])
        let db = Self.database()
        // Both open the new file at once, so both migrate it.
        let logs = try (0..<2).map { _ in try CLI.temporary("ingest.err", []) }
        let runs = try logs.map { try Self.start(["ingest", corpus, "--db", db], errors: FileHandle(forWritingTo: URL(fileURLWithPath: $0))) }
        for (run, log) in zip(runs, logs) {
            run.waitUntilExit()
            let errors = try String(contentsOfFile: log, encoding: .utf8)
            #expect(run.terminationStatus == 0, "\(errors)")
        }
        #expect(try Self.mentions(db) == (try Self.mentions(reference)))
        #expect(try Self.census(db).hasPrefix("coded=200 "))
    }

    @Test func aFullDiskIsAClearErrorAndTheRerunFinishes() throws {
        let corpus = try Self.corpus(400)
        let db = Self.database()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        // A file-size limit fails writes past a few hundred kilobytes with EFBIG, as a full disk fails them.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 400; exec \"$0\" ingest \"$1\" --db \"$2\"", CLI.binary.path, corpus, db]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "a clear error, not a crash")
        #expect(message.contains("error: the store refused a write") && message.contains("run the same command again to finish"), "\(message)")
        let rerun = try CLI.run(["ingest", corpus, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let census = try Self.census(db)
        #expect(census.hasPrefix("coded=401 ") && census.contains("orphans=0"), "\(census)")
        let check = try CLI.run(["events", "--db", db, "--limit", "1"])
        #expect(check.status == 0)
    }

    @Test func aStoreThatCannotBeWrittenIsAClearErrorAndChangesNothing() throws {
        let corpus = try Self.corpus(3)
        let db = Self.database()
        _ = try CLI.run(["ingest", corpus, "--db", db])
        let before = try Self.census(db)
        // Another process holds the write lock longer than the busy timeout.
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        locker.arguments = [db]
        let input = Pipe()
        locker.standardInput = input
        try locker.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 1;\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        let other = try Self.corpus(3)
        try FileManager.default.removeItem(atPath: other)
        try Data(#"{"id": "new-1", "text": "Mali cut ties with Ukraine."}"#.utf8).write(to: URL(fileURLWithPath: other))
        let locked = try CLI.run(["ingest", other, "--db", db, "--busy-timeout", "1"])
        #expect(locked.status != 0)
        #expect(locked.stderr.contains("locked") || locked.stderr.contains("busy"), "\(locked.stderr)")
        input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
        try input.fileHandleForWriting.close()
        locker.waitUntilExit()
        #expect(try Self.census(db) == before, "nothing half-written")

        // A read-only file: queries work, ingest is refused.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db) }
        // Root writes read-only files anyway: as root, the ingest runs as nobody.
        let refused = getuid() == 0
            ? try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path, "ingest", other, "--db", db],
                          executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
            : try CLI.run(["ingest", other, "--db", db])
        #expect(refused.status != 0 && refused.stderr.contains("cannot open the store") && refused.stderr.contains("readonly"), "\(refused.stderr)")
        #expect(try Self.census(db) == before, "nothing written")
        #expect(try CLI.run(["events", "--db", db]).status == 0)
    }
}

/// `entente recode` after a dictionary change: mentions, events and facts follow.
@Suite(.serialized) struct RecodeCLITests {
    @Test func recodingFollowsTheDictionariesAndChangesNothingWhenTheyAreTheSame() throws {
        let db = IngestDurabilityTests.database()
        _ = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        let stored = try IngestDurabilityTests.census(db)
        let same = try CLI.run(["recode", "--db", db])
        #expect(same.stdout.hasPrefix("0 document(s) recoded"), "the same dictionaries coded it")
        let all = try CLI.run(["recode", "--all", "--db", db])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("1 document(s) recoded"))
        #expect(try IngestDurabilityTests.census(db) == stored, "recoding with the same dictionaries rebuilds the same store")

        // Dictionaries without the verb patterns: no events, so no merged events or facts.
        let shipped = CLI.packageRoot.appendingPathComponent("Sources/EntenteCoding/Resources/Dictionaries")
        let changed = FileManager.default.temporaryDirectory.appendingPathComponent("entente-recode-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: shipped, to: changed)
        try FileManager.default.removeItem(at: changed.appendingPathComponent("50-cameo.verbs"))
        try Data("verb sign\n  057 *\n".utf8).write(to: changed.appendingPathComponent("50-small.verbs"))
        let recoded = try CLI.run(["recode", "--db", db, "--dictionaries", changed.path])
        #expect(recoded.status == 0, "\(recoded.stderr)")
        #expect(recoded.stdout.hasPrefix("1 document(s) recoded"))
        let census = try IngestDurabilityTests.census(db)
        #expect(census != stored && census.contains("orphans=0"), "\(census)")
        let relations = try CLI.run(["relations", "--db", db])
        #expect(!relations.stdout.contains("broken"), "no dictionary entry cuts ties any more")
    }
}
