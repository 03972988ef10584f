import Foundation
import Testing

/// `entente ingest` on web pages and feeds: each page a document, each feed item a
/// document, bad files reported by name while the rest are stored.
@Suite(.serialized) struct HTMLFeedIngestCLITests {
    static let fixtures = "Tests/EntenteIngestTests/Fixtures"

    func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entente-html-\(UUID().uuidString).sqlite").path
    }

    /// The `events` rows of a store, as TSV fields, without the header.
    func events(_ db: String) throws -> [[Substring]] {
        let result = try CLI.run(["events", "--mentions", "--db", db, "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    @Test func aPageIsStoredAsOneDocumentUnderItsCanonicalAddress() throws {
        let db = temporaryDatabase()
        let result = try CLI.run(["ingest", "\(Self.fixtures)/news-page.html", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 new document(s)"))
        let rows = try events(db)
        #expect(!rows.isEmpty)
        // The document is known by its canonical address, dated by the page, and its
        // headline is coded with the body.
        #expect(rows.allSatisfy { $0[0] == "https://www.harmattanpost.example/world/africa/niger-expels-french-diplomats-2024-03-05" })
        #expect(rows.contains { $0[2] == "NER" && $0[4] == "161" && $0[16] == "Niger expels French diplomats as Sahel rift deepens" })
        #expect(rows.contains { $0[11] == "2024-03-05" })
        // Nothing from the comments, the related list or the cookie banner is coded.
        #expect(!rows.contains { $0[16].contains("overdue") || $0[16].contains("Burkina Faso suspends") || $0[16].contains("cookies") })
    }

    @Test func aPagesLanguageIsKept() throws {
        let db = temporaryDatabase()
        let page = """
            <!doctype html><html lang="fr-FR"><head><title>Le Niger rompt avec l'Ukraine</title></head>
            <body><article><p>Le Niger a rompu ses relations diplomatiques avec l'Ukraine mardi, a annoncé le gouvernement.</p>
            <p>Le Mali avait pris la même décision quelques jours plus tôt.</p></article></body></html>
            """
        let path = try CLI.temporary("page.html", Array(page.utf8))
        let result = try CLI.run(["ingest", path, "--db", db, "--date", "2024-08-07"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try IngestCLITests.sqlite(db, "SELECT language FROM document") == "fr\n")
    }

    @Test func aFeedIsStoredAsOneDocumentPerItem() throws {
        let db = temporaryDatabase()
        let result = try CLI.run(["ingest", "\(Self.fixtures)/rss2-content-encoded.xml", "--db", db, "--date", "2020-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 new document(s)"))
        #expect(result.stdout.contains("3 document(s) coded, 0 failed, \(try events(db).count) mention(s)"))
        let rows = try events(db)
        #expect(rows.contains { $0[0] == "https://dispatch.example/2024/04/12/ghana-togo-patrols" && $0[2] == "GHA" && $0[3] == "TGO" && $0[11] == "2024-04-12" })
        #expect(rows.contains { $0[0] == "https://dispatch.example/2024/04/11/ivory-coast-recalls-ambassador" && $0[2] == "CIV" })
        // Fed again, every item is already stored.
        let again = try CLI.run(["ingest", "\(Self.fixtures)/rss2-content-encoded.xml", "--db", db, "--date", "2020-01-01"])
        #expect(again.stdout.hasPrefix("0 new document(s), 3 unchanged"))
    }

    @Test func pagesAndFeedsAreToldByContentOnStandardInput() throws {
        let db = temporaryDatabase()
        let page = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("\(Self.fixtures)/news-page.html"))
        let fromPage = try CLI.run(["ingest", "--db", db], stdin: page)
        #expect(fromPage.status == 0, "\(fromPage.stderr)")
        #expect(fromPage.stdout.hasPrefix("1 new document(s)"))
        let feed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("\(Self.fixtures)/atom-html-content.xml"))
        let fromFeed = try CLI.run(["ingest", "--db", db], stdin: feed)
        #expect(fromFeed.stdout.hasPrefix("3 new document(s)"))
    }

    @Test func badFilesAreReportedByNameAndTheRestIngested() throws {
        let db = temporaryDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = CLI.packageRoot.appendingPathComponent(Self.fixtures)
        for (name, fixture) in [("a-page.html", "news-page.html"), ("b-feed.xml", "rss2-content-encoded.xml"), ("d-laughs.rss", "billion-laughs.xml")] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(fixture), to: folder.appendingPathComponent(name))
        }
        var binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        binary += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(binary).write(to: folder.appendingPathComponent("c-binary.html"))
        try Data("<html><body><nav><a href=\"/\">Home</a></nav></body></html>".utf8).write(to: folder.appendingPathComponent("e-empty.htm"))
        let result = try CLI.run(["ingest", folder.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("c-binary.html: looks like a binary file, not an HTML page; skipped"))
        #expect(result.stderr.contains("d-laughs.rss: the feed's DTD declares the entity &lol1; in terms of other entities"))
        #expect(result.stderr.contains("e-empty.htm: no article text"))
        #expect(result.stdout.hasPrefix("4 new document(s)"))
        #expect(result.stdout.contains(", 3 skipped,"))
        #expect(Set(try events(db).map { $0[0] }).count >= 3)
    }

    /// A 200 MB feed is read item by item: its news items are stored, its oversized ones
    /// skipped by name, and the whole file is never held in memory.
    @Test func aTwoHundredMegabyteFeedIsStreamedInBoundedMemory() throws {
        let db = temporaryDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-big-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("wire.rss")
        FileManager.default.createFile(atPath: feed.path, contents: nil)
        let out = try FileHandle(forWritingTo: feed)
        out.write(Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>".utf8))
        func item(_ link: String, _ text: String) -> Data {
            Data("<item><link>https://wire.example/\(link)</link><pubDate>Wed, 07 Aug 2024 09:00:00 GMT</pubDate><description>\(text)</description></item>".utf8)
        }
        out.write(item("niger", "Niger expelled French troops."))
        let filler = String(repeating: "The committee met again and discussed the budget at length. ", count: 34_000)  // about 2 MB
        let fillerItem = item("filler", filler)
        for index in 0..<100 {
            out.write(index == 50 ? item("mali", "Mali cut diplomatic ties with Ukraine.") : fillerItem)
        }
        out.write(item("burkina", "Burkina Faso recalled its ambassador from France."))
        out.write(Data("</channel></rss>".utf8))
        try out.close()
        let size = try FileManager.default.attributesOfItem(atPath: feed.path)[.size] as? Int ?? 0
        #expect(size > 200_000_000)

        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", feed.path, "--db", db, "--max-record-size", "1000000"]
        process.currentDirectoryURL = CLI.packageRoot
        let errors = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The high-water mark of its resident memory, read while it runs.
        var peakKilobytes = 0
        while process.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peakKilobytes = max(peakKilobytes, kilobytes)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        let messages = try String(contentsOf: errors, encoding: .utf8)
        #expect(process.terminationStatus == 1, "oversized items are skipped, and the exit status says so")
        #expect(messages.components(separatedBy: "is larger than the limit of 1000000 bytes").count - 1 == 99, "\(messages.prefix(500))")
        #expect(peakKilobytes > 0 && peakKilobytes < 300_000, "peak resident memory \(peakKilobytes) kB for a 200 MB feed")
        let stored = try events(db)
        #expect(Set(stored.map { $0[2] }).isSuperset(of: ["NER", "MLI", "BFA"]), "\(stored)")
    }
}
