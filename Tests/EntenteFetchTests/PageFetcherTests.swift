import EntenteCore
import EntenteFetch
import Foundation
import Testing

@Suite struct PageFetcherTests {
    @Test func fetchesAPageWithItsCharset() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let url = server.url("/page")
                let page = try await fetcher.fetch(url)
                #expect(page.requestedURL == url)
                #expect(page.finalURL == url)
                #expect(page.status == 200)
                #expect(page.contentType == "text/html")
                #expect(page.charset == "windows-1252")
                // The body is passed on as bytes: 0xE9 is "é" in windows-1252, not UTF-8.
                #expect(page.body == Array("<html><head><title>Bamako</title></head><body>Le caf".utf8) + [0xE9] + Array(" de Bamako.</body></html>".utf8))
            }
        }
    }

    @Test func undoesContentEncodingGzip() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let page = try await fetcher.fetch(server.url("/gzip-page"))
                #expect(page.body == Array(String(repeating: "Niger and Mali cut ties with Ukraine. ", count: 200).utf8))
                #expect(page.charset == "utf-8")
            }
        }
    }

    @Test func gunzipsAGzipFileURL() async throws {
        let records = Array("{\"id\": \"a\", \"text\": \"Mali cut ties with Ukraine.\"}\n{\"id\": \"b\", \"text\": \"Niger expels troops.\"}\n".utf8)
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let plain = try await fetcher.fetch(server.url("/records.jsonl.gz"))
                #expect(plain.body == records)
                // Gzipped on the wire as well: both layers come off.
                let encoded = try await fetcher.fetch(server.url("/encoded-records.jsonl.gz"))
                #expect(encoded.body == records)
            }
        }
    }

    @Test func followsRedirectsAndReportsTheFinalURL() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let two = try await fetcher.fetch(server.url("/redirect/2"))
                #expect(two.requestedURL == server.url("/redirect/2"))
                #expect(two.finalURL == server.url("/page"))
                #expect(two.charset == "windows-1252")
                // Exactly the limit (5) is allowed.
                #expect(try await fetcher.fetch(server.url("/redirect/5")).finalURL == server.url("/page"))
            }
        }
    }

    @Test func sendsAnHonestUserAgent() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let page = try await fetcher.fetch(server.url("/user-agent"))
                #expect(String(decoding: page.body, as: UTF8.self) == PageFetcher.Options.defaultUserAgent)
                #expect(PageFetcher.Options.defaultUserAgent.hasPrefix("Entente/"))
            }
            var options = testOptions
            options.userAgent = "Entente/0.1 (political event coder; +mailto:desk@example.org)"
            try await PageFetcher.withFetcher(options: options) { fetcher in
                let page = try await fetcher.fetch(server.url("/user-agent"))
                #expect(String(decoding: page.body, as: UTF8.self) == options.userAgent)
            }
        }
    }

    @Test func fetchesABatchInOrderWithAResultPerURL() async throws {
        try await LocalServer.with { server in
            try await PageFetcher.withFetcher(options: testOptions) { fetcher in
                let urls = [server.url("/page"), server.url("/missing"), "ftp://example.org/x", server.url("/gzip-page"), server.url("/redirect/1")]
                let results = await fetcher.fetchAll(urls, concurrency: 2)
                try #require(results.count == urls.count)
                // Plain values first: the expectations compare strings, not expressions that fetch.
                let page = try? results[0].get()
                let gzipped = try? results[3].get()
                let redirected = try? results[4].get()
                #expect(page?.finalURL == server.url("/page"))
                #expect(gzipped?.requestedURL == server.url("/gzip-page"))
                #expect(redirected?.finalURL == server.url("/page"))
                for (index, code) in [(1, EntenteError.Code.httpStatus), (2, .urlUnsupported)] {
                    guard case .failure(let error) = results[index] else {
                        Issue.record("\(urls[index]) should have failed")
                        continue
                    }
                    #expect((error as? EntenteError)?.code == code)
                }
            }
        }
    }
}
