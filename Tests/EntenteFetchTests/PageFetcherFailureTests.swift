import EntenteCore
import EntenteFetch
import Foundation
import Testing

@Suite struct PageFetcherFailureTests {
    @Test func reportsErrorStatuses() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let missing = await expectFetchError(.httpStatus, fetcher, server.url("/missing"))
                #expect(missing?.message.contains("404") == true)
                let broken = await expectFetchError(.httpStatus, fetcher, server.url("/server-error"))
                #expect(broken?.message.contains("500") == true)
            }
        }
    }

    @Test func refusesTooManyRedirectsAndLoops() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let many = await expectFetchError(.tooManyRedirects, fetcher, server.url("/redirect/10"))
                #expect(many?.message.contains("more than 5") == true)
                await expectFetchError(.tooManyRedirects, fetcher, server.url("/loop-a"))
                // A redirect to a file is not followed: the redirect itself is the answer.
                let file = await expectFetchError(.httpStatus, fetcher, server.url("/redirect-to-file"))
                #expect(file?.message.contains("302") == true)
            }
            var strict = testOptions
            strict.maxRedirects = 1
            try await PageFetcher.withFetcher(options: strict) { fetcher in
                await expectFetchError(.tooManyRedirects, fetcher, server.url("/redirect/2"))
            }
        }
    }

    @Test func timesOutOnASlowServer() async throws {
        var impatient = testOptions
        impatient.totalTimeout = .seconds(1)
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: impatient) { fetcher in
                for path in ["/slow-head", "/trickle"] {
                    let start = ContinuousClock.now
                    let error = await expectFetchError(.fetchTimeout, fetcher, server.url(path))
                    #expect(error?.message.contains("1 s") == true)
                    // Never before the limit; how long after it depends on the machine's load,
                    // which a test must not depend on.
                    #expect(ContinuousClock.now - start >= .milliseconds(900), "\(path)")
                }
            }
        }
    }

    @Test func refusesAHugeBodyWhileItStreams() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let error = await expectFetchError(.tooLarge, fetcher, server.url("/huge-chunked"))
                #expect(error?.message.contains("1 MiB") == true)
                await expectFetchError(.tooLarge, fetcher, server.url("/huge-declared"))
                // The server saw the client hang up long before its 50 MiB were out.
                var report = ""
                for _ in 0..<50 where !(report.contains("chunked=") && report.contains("declared=")) {
                    try await Task.sleep(for: .milliseconds(100))
                    report = String(decoding: try await fetcher.fetch(server.url("/huge-sent")).body, as: UTF8.self)
                }
                let sent = Dictionary(uniqueKeysWithValues: report.split(separator: ",").map {
                    let parts = $0.split(separator: "=")
                    return (String(parts[0]), Int(parts[1]) ?? .max)
                })
                #expect(sent["chunked"].map { $0 < 25 << 20 } == true, "sent: \(report)")
                #expect(sent["declared"].map { $0 < 25 << 20 } == true, "sent: \(report)")
            }
        }
    }

    @Test func refusesGzipBombsAndBrokenGzip() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let bomb = await expectFetchError(.tooLarge, fetcher, server.url("/gzip-bomb"))
                #expect(bomb?.message.contains("decompresses to more than 1 MiB") == true)
                await expectFetchError(.gzipInvalid, fetcher, server.url("/truncated-gzip"))
                await expectFetchError(.fetchFailed, fetcher, server.url("/brotli"))
            }
        }
    }

    @Test func reportsAnUnreachableHostAtOnce() async throws {
        // A long connect timeout and total timeout: the refusal must come from the host
        // answering, not from waiting them out (connection attempts are not retried).
        let patient = PageFetcher.Options(connectTimeout: .seconds(20), totalTimeout: .seconds(30))
        try await PageFetcher.withFetcher(options: patient) { fetcher in
            // A refusal, not a timeout: the error says so (how fast is the machine's business).
            let error = await expectFetchError(.fetchFailed, fetcher, "http://127.0.0.1:1/")
            #expect(error?.message.contains("cannot connect to 127.0.0.1:1") == true, "\(String(describing: error))")
        }
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://example.org/news.txt", "FILE:///etc/hosts", "gopher://example.org/", "mailto:desk@example.org", "http://", "not a url", ""])
    func refusesOtherSchemesWithoutIO(_ url: String) async throws {
        // A fetcher already shut down would fail any I/O with a different error, so
        // `.urlUnsupported` here shows the URL was refused before any was attempted.
        let fetcher = PageFetcher(options: testOptions)
        try await fetcher.shutdown()
        await expectFetchError(.urlUnsupported, fetcher, url)
    }

    @Test func failsOnceShutDown() async throws {
        try await LocalServer.with { server in
            let fetcher = PageFetcher(options: testOptions)
            try await fetcher.shutdown()
            await expectFetchError(.fetchFailed, fetcher, server.url("/page"))
        }
    }
}
