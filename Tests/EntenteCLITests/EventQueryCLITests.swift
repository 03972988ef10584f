import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `entente events` filters and `entente export` formats, on the sample article's store.
@Suite(.serialized) struct EventQueryCLITests {
    /// A store holding the sample, made once per test.
    func sampleStore() throws -> String {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("entente-query-\(UUID().uuidString).sqlite").path
        let ingest = try CLI.run(["ingest", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    /// The merged events a query prints, as JSON objects.
    func events(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let run = try CLI.run(["events", "--db", db, "--format", "jsonl"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func filtersNarrowTheEvents() throws {
        let db = try sampleStore()
        let all = try events([], db: db)
        #expect(all.count >= 10)
        let dyad = try events(["--dyad", "UKR,NER"], db: db)
        #expect(!dyad.isEmpty && dyad.count < all.count)
        #expect(dyad.allSatisfy { Set([($0["source"] as? String)?.prefix(3), ($0["target"] as? String)?.prefix(3)]) == Set(["NER", "UKR"]) })
        #expect(try events(["--root", "16"], db: db).allSatisfy { ($0["cameo"] as? String)?.hasPrefix("16") == true })
        // Niger's expulsion of the U.S. troops (March 16), and the Pentagon affair "just a few
        // days later" (the week of March 18).
        #expect(try events(["--to", "2024-04-01"], db: db).compactMap { $0["date"] as? String }.sorted() == ["2024-03-16", "2024-03-18"])
        #expect(try events(["--from", "2024-04-01"], db: db).count == all.count - 2)
        let told = try events(["--text", "kicked out"], db: db)
        #expect(told.map { $0["cameo"] as? String } == ["166"])
        #expect(try events(["--mode", "asserted"], db: db).allSatisfy { $0["mode"] as? String == "asserted" })
        #expect(try events(["--limit", "3"], db: db).count == 3)
        let mentions = try CLI.run(["events", "--mentions", "--db", db, "--dyad", "NER,UKR", "--format", "jsonl"])
        #expect(mentions.stdout.split(separator: "\n").count >= dyad.count)
        #expect(try CLI.run(["events", "--db", db, "--dyad", "NER"]).status != 0, "a dyad is two actors")
        #expect(try CLI.run(["events", "--db", db, "--text", "\"unbalanced AND ("]).status == 0, "search words are never query syntax")
    }

    @Test func exportsCSVAndJSONLinesToAFile() throws {
        let db = try sampleStore()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csvPath = folder.appendingPathComponent("events.csv").path
        let csv = try CLI.run(["export", "--format", "csv", "--db", db, "--root", "16", "--output", csvPath])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = try String(contentsOfFile: csvPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("event_id,date,date_precision,source,source_name,target") == true)
        #expect(lines.count >= 3 && lines.dropFirst().allSatisfy { $0.contains(",16") })
        let jsonl = try CLI.run(["export", "--format", "jsonl", "--db", db, "--dyad", "NER,USA"])
        let records = jsonl.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.map { $0["cameo"] as? String } == ["166"])
        #expect(records.first?["mentions"] as? Int == 1 && records.first?["sentence"] is String)
        let unwritable = try CLI.run(["export", "--format", "csv", "--db", db, "--output", "/nonexistent-folder/x.csv"])
        #expect(unwritable.status == 1 && unwritable.stderr.contains("cannot write"))
    }

    /// Each export read back by pandas with the column lists of the formats' own codebooks.
    @Test(.enabled(if: EventQueryCLITests.pandasIsRequiredOrPresent, "pandas is not installed (.ci/run installs it)"))
    func pandasReadsEveryExportBack() throws {
        let db = try sampleStore()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-pandas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in ["gdelt", "icews", "csv"] {
            let run = try CLI.run(["export", "--format", format, "--db", db, "--output", folder.appendingPathComponent("export.\(format)").path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Tests/Exports/read_exports.py", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("gdelt: ") && text.contains("icews: ") && text.contains("csv: "))
    }

    /// CI sets ENTENTE_REQUIRE_PANDAS so a missing pandas fails there instead of skipping.
    static var pandasIsRequiredOrPresent: Bool {
        if ProcessInfo.processInfo.environment["ENTENTE_REQUIRE_PANDAS"] == "1" { return true }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pandas"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
}

/// `entente timeline`, `entente network` and the pair's daily series.
@Suite(.serialized) struct TimelineAndNetworkCLITests {
    @Test func timelineNetworkAndSeriesOfTheSample() throws {
        let db = try EventQueryCLITests().sampleStore()
        let timeline = try CLI.run(["timeline", "NER", "--db", db])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let lines = timeline.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("2024-03-16 NERGOV → USAMIL") == true, "oldest first")
        #expect(lines.contains { $0.contains("kicked out the U.S. troops") }, "each event with its sentence")
        let events = lines.filter { !$0.hasPrefix(" ") }
        #expect(events.allSatisfy { $0.contains("NER") })
        #expect(events.map { String($0.prefix(10)) } == events.map { String($0.prefix(10)) }.sorted())
        let march = try CLI.run(["timeline", "NER", "--to", "2024-04-01", "--format", "jsonl", "--db", db])
        #expect(march.stdout.split(separator: "\n").count == 1)

        let json = try CLI.run(["network", "--db", db])
        let network = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let edges = try #require(network["edges"] as? [[String: Any]])
        let expelled = edges.first { $0["source"] as? String == "NER" && $0["target"] as? String == "USA" }
        #expect(expelled?["conflict"] as? Int == 1 && expelled?["cooperation"] as? Int == 0)
        let joined = edges.first { $0["source"] as? String == "MLI" && $0["target"] as? String == "IGOWAFAES" }
        #expect(joined?["cooperation"] as? Int == 1)
        #expect(edges.allSatisfy { $0["source"] as? String != $0["target"] as? String })
        let before = try CLI.run(["network", "--db", db, "--as-of", "2024-08-01", "--window", "365"])
        let beforeEdges = (try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])?["edges"] as? [[String: Any]]
        #expect(beforeEdges?.count == 1, "only the March expulsion is before August")
        let dot = try CLI.run(["network", "--db", db, "--format", "dot"])
        #expect(dot.stdout.hasPrefix("digraph entente {") && dot.stdout.contains("\"NER\" -> \"USA\""))
        let graphML = try CLI.run(["network", "--db", db, "--format", "graphml"])
        #expect(XMLParser(data: Data(graphML.stdout.utf8)).parse(), "GraphML is well-formed XML")

        let pair = try CLI.run(["relations", "NER", "UKR", "--format", "json", "--db", db])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(pair.stdout.utf8)) as? [String: Any])
        let series = try #require(report["series"] as? [[String: Any]])
        #expect(series.map { $0["day"] as? String } == ["2024-08-07"])
        #expect((series.first?["quad_classes"] as? [Int])?.reduce(0, +) == series.first?["events"] as? Int)
        #expect((series.first?["goldstein_sum"] as? Double ?? 0) < 0, "breaking ties and accusing are conflict")
    }
}
