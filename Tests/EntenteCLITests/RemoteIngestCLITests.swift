import Foundation
import Testing

/// `entente ingest` on http URLs (a local server), on `.gz` files, and with `--fetch-links`.
@Suite(.serialized) struct RemoteIngestCLITests {
    /// Python's http.server over `folder` on a free loopback port, until `body` returns. The
    /// server writes its port to a file once it listens.
    static func serving(_ folder: URL, _ body: (String) throws -> Void) throws {
        let portFile = folder.appendingPathComponent(".port")
        let script = """
            import functools, http.server, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            handler.log_message = lambda *args: None
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            open(sys.argv[2], "w").write(str(server.server_address[1]))
            server.serve_forever()
            """
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-c", script, folder.path, portFile.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            // SIGKILL: a signal mask inherited from the test runner may block SIGTERM.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let deadline = Date().addingTimeInterval(20)
        var port = ""
        while port.isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            port = (try? String(contentsOf: portFile, encoding: .utf8)) ?? ""
        }
        #expect(!port.isEmpty, "the local server started")
        try body("http://127.0.0.1:\(port)")
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-remote-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixtures = CLI.packageRoot.appendingPathComponent("Tests/EntenteIngestTests/Fixtures")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("news-page.html"), to: folder.appendingPathComponent("page.html"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("rss2-content-encoded.xml"), to: folder.appendingPathComponent("feed.xml"))
        return folder
    }

    static func database() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entente-remote-\(UUID().uuidString).sqlite").path
    }

    @Test func pagesAndFeedsAreFetchedAndBadURLsAreReportedWhileTheRestIngests() throws {
        let folder = try Self.folder()
        try Self.serving(folder) { base in
            let db = Self.database()
            let run = try CLI.run(["ingest", "\(base)/page.html", "\(base)/feed.xml", "\(base)/missing.html", "http://127.0.0.1:1/", "ftp://example.org/x", "--db", db,
                                   "--date", "2024-01-01", "--fetch-timeout", "10"])
            #expect(run.status == 1, "bad URLs are reported")
            #expect(run.stdout.hasPrefix("4 new document(s), 0 unchanged, 3 skipped"), "\(run.stdout)\n\(run.stderr)")
            #expect(run.stderr.contains("\(base)/missing.html") && run.stderr.contains("404"))
            #expect(run.stderr.contains("http://127.0.0.1:1/"))
            let events = try CLI.run(["events", "--mentions", "--db", db, "--format", "jsonl"])
            #expect(events.stdout.contains("niger-expels-french-diplomats"), "the page is known by its canonical URL")
            let again = try CLI.run(["ingest", "\(base)/page.html", "--db", db])
            #expect(again.stdout.hasPrefix("0 new document(s), 1 unchanged"))
        }
    }

    @Test func aTeaserFeedItemIsCodedFromTheLinkedPage() throws {
        let folder = try Self.folder()
        try Self.serving(folder) { base in
            let teaser = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Sahel news</title><link>\(base)/page.html</link><description>Read more.</description><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
                </channel></rss>
                """
            let feed = folder.appendingPathComponent("teaser.xml")
            try Data(teaser.utf8).write(to: feed)
            let plain = Self.database()
            _ = try CLI.run(["ingest", feed.path, "--db", plain])
            let fetched = Self.database()
            let run = try CLI.run(["ingest", feed.path, "--fetch-links", "--db", fetched])
            #expect(run.status == 0, "\(run.stderr)")
            let without = try CLI.run(["events", "--mentions", "--db", plain, "--format", "tsv"]).stdout
            let with = try CLI.run(["events", "--mentions", "--db", fetched, "--format", "tsv"]).stdout
            #expect(!without.contains("\t161\t") && with.contains("\t161\t"), "the linked article tells of the expulsion")
        }
    }

    @Test func gzipFilesAreReadAsTheFileTheyHold() throws {
        let folder = try Self.folder()
        let records = #"{"id": "gz-1", "date": "2024-08-07", "text": "Mali cut diplomatic ties with Ukraine."}"# + "\n"
            + #"{"id": "gz-2", "date": "2024-08-07", "text": "Niger expelled French troops."}"#
        try Data(records.utf8).write(to: folder.appendingPathComponent("news.jsonl"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", folder.appendingPathComponent("news.jsonl").path]
        try gzip.run()
        gzip.waitUntilExit()
        try Data("not gzip at all".utf8).write(to: folder.appendingPathComponent("broken.txt.gz"))
        let db = Self.database()
        let run = try CLI.run(["ingest", folder.appendingPathComponent("news.jsonl.gz").path, folder.appendingPathComponent("broken.txt.gz").path, "--db", db])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("2 new document(s)"), "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("broken.txt.gz"))
    }
}
