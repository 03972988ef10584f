import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EntenteServer

/// The web UI in process: every page renders from the store, article text is never markup,
/// and pages fail as pages.
@Suite struct PageTests {
    static func html(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test func everyPageRendersFromTheStore() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ServerFixture.samplePost)
            let pages: [(String, [String])] = [
                ("/", [#"data-pair="IGOWAFAES-MLI""#, #"class="edge broken""#, #"data-pair="BFA-MLI" data-state="allied""#, "as-of-slider"]),
                ("/dyads/NER/UKR?as_of=2024-08-10", [#"data-kind="diplomatic" data-state="broken" data-since="2024-08-07""#, "cutting diplomatic ties with Ukraine",
                                                     "Goldstein sum by day"]),
                ("/actors/NER", ["Niger", "Reduce or break diplomatic relations", "/documents/1"]),
                ("/actors?q=niger", [#"href="/actors/NER""#]),
                ("/events?root=16", ["Reduce or break diplomatic relations", #"name="root" value="16""#]),
                ("/documents/1", [#"<mark class="actor">Niger</mark>"#, #"<mark class="trigger">cutting</mark>"#, "50-cameo.verbs:"]),
                ("/explain?text=Niger+expelled+French+troops.&date=2024-03-16", ["expelled", "Trigger"]),
                ("/code", ["<textarea"]),
            ]
            for (uri, expected) in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                    let html = Self.html(response)
                    for text in expected { #expect(html.contains(text), "\(uri) lacks \(text)") }
                    #expect(!html.contains("{{"), "\(uri) has an unrendered tag")
                }
            }
        }
    }

    @Test func articleTextIsNeverMarkup() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            let hostile = #"{"text": "Niger expelled French troops. <script>alert('x')</script> <img src=x onerror=alert(1)>", "title": "<script>alert(1)</script> Breaking", "date": "2024-03-16", "url": "javascript:alert(1)"}"#
            let stored = try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ByteBuffer(string: hostile)) {
                ServerFixture.json($0)["id"] as? Int ?? 0
            }
            #expect(stored > 0)
            for uri in ["/documents/\(stored)", "/actors/NER", "/events", "/dyads/NER/FRA", "/explain?text=%3Cscript%3Ealert(1)%3C%2Fscript%3E"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = Self.html(response)
                    #expect(!html.contains("<script>alert"), "\(uri)")
                    #expect(!html.contains("<img src=x"), "\(uri)")
                    #expect(!html.contains("href=\"javascript:"), "\(uri)")
                }
            }
            try await client.execute(uri: "/documents/\(stored)", method: .get) { response in
                #expect(Self.html(response).contains("&lt;script&gt;alert(1)&lt;/script&gt; Breaking"))
            }
            let form = ByteBuffer(string: "text=Mali+cut+ties+with+Ukraine.+%3Cscript%3Ealert(2)%3C%2Fscript%3E&date=2024-08-07")
            try await client.execute(uri: "/code", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: form) { response in
                let html = Self.html(response)
                #expect(response.status == .ok)
                #expect(html.contains("MLI") && html.contains("UKR") && html.contains("1 event(s)"))
                #expect(!html.contains("<script>alert"))
            }
        }
    }

    @Test func pagesFailAsPagesAndAssetsAreServed() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/documents/99", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(Self.html(response).contains("no document 99"))
            }
            try await client.execute(uri: "/dyads/NER/%3Cscript%3E", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(!Self.html(response).contains("<script>"))
            }
            try await client.execute(uri: "/assets/app.css", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/assets/app.js", method: .get) { response in
                #expect(response.status == .ok && Self.html(response).contains("as-of-slider"))
            }
            // No page carries inline script or style: the CSP would block it.
            try await client.execute(uri: "/", method: .get) { response in
                let html = Self.html(response)
                #expect(!html.contains("<script>") && !html.contains(" style=") && !html.contains("onclick"))
            }
        }
    }

    @Test func chartsEscapeAndScale() {
        let network = Network(asOf: nil, windowDays: nil, nodes: [.init(id: "A<B", events: 3), .init(id: "CCC", events: 40)],
                              edges: [.init(source: "A<B", target: "CCC", cooperation: 1, conflict: 3, goldstein: -12)])
        let svg = NetworkSVG.render(network, broken: [["A<B", "CCC"]], name: { _ in nil })
        #expect(svg.contains("A&lt;B") && !svg.contains(">A<B<"))
        #expect(svg.contains("stroke-dasharray"))
        #expect(NetworkSVG.colour(cooperation: 0, conflict: 5) == "#c02b2b" || NetworkSVG.colour(cooperation: 0, conflict: 5) == "#c0392b")
        #expect(NetworkSVG.colour(cooperation: 5, conflict: 0) == "#1e8449")
        #expect(NetworkSVG.colour(cooperation: 2, conflict: 2) == "#888888")
        #expect(Markup.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        let positions = NetworkLayout.positions(nodes: ["A", "B", "C"], edges: [("A", "B", 3)], width: 400, height: 300, margin: 20)
        #expect(positions.values.allSatisfy { (20...380).contains($0.x) && (20...280).contains($0.y) })
        #expect(positions == NetworkLayout.positions(nodes: ["A", "B", "C"], edges: [("A", "B", 3)], width: 400, height: 300, margin: 20))
    }
}
