import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EntenteServer

/// The JSON API in process: the sample article posted, then read back through every route.
@Suite struct APITests {
    @Test func theSampleIsIngestedAndItsRelationsRead() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ServerFixture.samplePost) { response in
                #expect(response.status == .created)
                let body = ServerFixture.json(response)
                #expect(body["status"] as? String == "coded")
                #expect((body["mentions"] as? Int ?? 0) >= 15)
                let changes = body["changes"] as? [[String: Any]] ?? []
                #expect(changes.contains { $0["actors"] as? [String] == ["NER", "UKR"] && $0["state"] as? String == "broken" })
            }
            // Posted again: the same document, nothing new.
            try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ServerFixture.samplePost) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.json(response)["status"] as? String == "unchanged")
            }
            try await client.execute(uri: "/api/dyads/NER/UKR?as_of=2024-08-10", method: .get) { response in
                #expect(response.status == .ok)
                let body = ServerFixture.json(response)
                #expect(body["dyad"] as? [String] == ["NER", "UKR"])
                let facts = body["facts"] as? [[String: Any]] ?? []
                let broken = facts.first { $0["kind"] as? String == "diplomatic" }
                #expect(broken?["state"] as? String == "broken")
                #expect(((broken?["events"] as? [[String: Any]])?.first?["text"] as? String)?.contains("diplomatic ties with Ukraine") == true)
                #expect(!(body["series"] as? [Any] ?? []).isEmpty)
            }
            try await client.execute(uri: "/api/relations", method: .get) { response in
                let relations = ServerFixture.json(response)["relations"] as? [[String: Any]] ?? []
                let allied = relations.filter { $0["state"] as? String == "allied" }.compactMap { $0["actors"] as? [String] }
                #expect(Set(allied.map { $0.joined(separator: "-") }) == ["BFA-MLI", "BFA-NER", "MLI-NER"])
            }
            try await client.execute(uri: "/api/network", method: .get) { response in
                let edges = ServerFixture.json(response)["edges"] as? [[String: Any]] ?? []
                #expect(edges.contains { $0["source"] as? String == "NER" && $0["target"] as? String == "UKR" && ($0["conflict"] as? Int ?? 0) > 0 })
            }
            try await client.execute(uri: "/api/actors?q=niger", method: .get) { response in
                let actors = ServerFixture.json(response)["actors"] as? [[String: Any]] ?? []
                #expect(actors.contains { $0["code"] as? String == "NER" && ($0["events"] as? Int ?? 0) > 0 })
            }
            try await client.execute(uri: "/api/timeline/NER?to=2024-06-01", method: .get) { response in
                let events = ServerFixture.json(response)["events"] as? [[String: Any]] ?? []
                #expect(events.count == 1 && events.first?["cameo"] as? String == "166", "before June only the expulsion of U.S. troops")
            }
        }
    }

    @Test func eventsComeAPageAtATimeAndEachWithItsMentions() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ServerFixture.samplePost)
            var seen: [Int] = []
            var cursor: String?
            repeat {
                let uri = "/api/events?limit=4" + (cursor.map { "&cursor=\($0)" } ?? "")
                cursor = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let body = ServerFixture.json(response)
                    let events = body["events"] as? [[String: Any]] ?? []
                    #expect(events.count <= 4)
                    seen += events.compactMap { $0["event_id"] as? Int }
                    return body["next_cursor"] as? String
                }
            } while cursor != nil && seen.count < 100
            let all = try await client.execute(uri: "/api/events?limit=500", method: .get) { response in
                (ServerFixture.json(response)["events"] as? [[String: Any]] ?? []).compactMap { $0["event_id"] as? Int }
            }
            #expect(seen == all, "pages in order, none skipped or repeated")
            #expect(all.count >= 15)

            let ruptures = try await client.execute(uri: "/api/events?dyad=NER,UKR&root=16", method: .get) { response in
                ServerFixture.json(response)["events"] as? [[String: Any]] ?? []
            }
            #expect(ruptures.count == 1 && ruptures.first?["cameo"] as? String == "161")
            let id = ruptures.first?["event_id"] as? Int ?? 0
            try await client.execute(uri: "/api/events/\(id)", method: .get) { response in
                let body = ServerFixture.json(response)
                let mentions = body["mentions"] as? [[String: Any]] ?? []
                #expect(mentions.count == 2, "two sentences tell Niger's rupture with Ukraine")
                #expect(mentions.allSatisfy { ($0["text"] as? String)?.isEmpty == false })
            }
            try await client.execute(uri: "/api/documents/1", method: .get) { response in
                let body = ServerFixture.json(response)
                #expect(body["text"] as? String == ServerFixture.sample)
                #expect((body["sentences"] as? [Any])?.count ?? 0 > 10)
                #expect((body["mentions"] as? [Any])?.count ?? 0 >= 15)
            }
        }
    }

    @Test func codingATextStoresNothing() async throws {
        let store = try ServerFixture.store()
        let app = try ServerFixture.application(store: store)
        try await app.test(.router) { client in
            let body = ByteBuffer(bytes: Array(#"{"text": "Niger expelled French troops.", "date": "2024-03-16"}"#.utf8))
            try await client.execute(uri: "/api/code", method: .post, headers: [.contentType: "application/json"], body: body) { response in
                #expect(response.status == .ok)
                let events = ServerFixture.json(response)["events"] as? [[String: Any]] ?? []
                #expect(events.contains { $0["source"] as? String == "NER" && $0["cameo"] as? String == "166" })
            }
        }
        #expect(try await store.counts().documents.isEmpty)
    }

    @Test func writesNeedTheToken() async throws {
        let open = try ServerFixture.application(settings: ServerSettings(token: nil))
        try await open.test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: ServerFixture.bearer, body: ServerFixture.samplePost) { response in
                #expect(response.status == .forbidden)
                #expect(ServerFixture.errorCode(response) == "writes-disabled")
            }
        }
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            for header in [nil, "Bearer ", "Bearer wrong-token", "Bearer secret-tokenX", "Basic secret-token", "secret-token"] {
                var headers: HTTPFields = [.contentType: "application/json"]
                if let header { headers[.authorization] = header }
                try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: ServerFixture.samplePost) { response in
                    #expect(response.status == .unauthorized, "\(header ?? "no header")")
                    #expect(ServerFixture.errorCode(response) == "unauthorized")
                }
            }
        }
        #expect(BearerToken.constantTimeEqual(Array("abc".utf8), Array("abc".utf8)))
        #expect(!BearerToken.constantTimeEqual(Array("abd".utf8), Array("abc".utf8)))
        #expect(!BearerToken.constantTimeEqual(Array("abcd".utf8), Array("abc".utf8)))
        #expect(!BearerToken.constantTimeEqual([], Array("abc".utf8)))
    }

    @Test func badRequestsGetAClearErrorAndTheRightStatus() async throws {
        let app = try ServerFixture.application(settings: ServerSettings(token: "secret-token", maximumBodyBytes: 1 << 20))
        try await app.test(.router) { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/api/events?from=2024-13-01", .badRequest, "invalid-request"),
                ("/api/events?to=yesterday", .badRequest, "invalid-request"),
                ("/api/events?cameo=16x", .badRequest, "invalid-request"),
                ("/api/events?root=161", .badRequest, "invalid-request"),
                ("/api/events?cursor=not-a-cursor", .badRequest, "invalid-request"),
                ("/api/events?limit=0", .badRequest, "invalid-request"),
                ("/api/events?limit=100000", .badRequest, "invalid-request"),
                ("/api/events?dyad=NER", .badRequest, "invalid-request"),
                ("/api/events?mode=maybe", .badRequest, "invalid-request"),
                ("/api/dyads/NER/U%27K", .badRequest, "invalid-request"),
                ("/api/events/abc", .badRequest, "invalid-request"),
                ("/api/events/999999", .notFound, "not-found"),
                ("/api/documents/999999", .notFound, "not-found"),
                ("/api/no-such-route", .notFound, "not-found"),
                ("/api/network?window=-3", .badRequest, "invalid-request"),
            ]
            for (uri, status, code) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(ServerFixture.errorCode(response) == code, "\(uri)")
                    let message = (ServerFixture.json(response)["error"] as? [String: Any])?["message"] as? String ?? ""
                    #expect(!message.isEmpty, "\(uri)")
                }
            }
            for body in ["{\"text\": ", "[1, 2]", "not json", "{\"date\": \"2024-01-01\"}", "{\"text\": \"x\", \"date\": \"2024-02-30\"}"] {
                try await client.execute(uri: "/api/code", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(["invalid-json", "invalid-request", "invalid-date"].contains(ServerFixture.errorCode(response) ?? ""), "\(body)")
                }
            }
            // A body over the limit is refused without being read whole.
            let huge = ByteBuffer(repeating: UInt8(ascii: "a"), count: 3 << 20)
            try await client.execute(uri: "/api/code", method: .post, headers: [.contentType: "application/json"], body: huge) { response in
                #expect(response.status == .contentTooLarge)
                #expect(ServerFixture.errorCode(response) == "too-large")
            }
            // Still serving.
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            for uri in ["/healthz", "/api/events", "/api/no-such-route", "/api/events?from=bad"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && policy.contains("frame-ancestors 'none'"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                }
            }
        }
    }

    /// Every operation the OpenAPI document lists is a route the router answers, and the
    /// document is the one served.
    @Test func theOpenAPIDocumentMatchesTheRoutes() async throws {
        let app = try ServerFixture.application()
        try await app.test(.router) { client in
            let served = try await client.execute(uri: "/api/openapi.json", method: .get) { ServerFixture.json($0) }
            #expect(served["openapi"] as? String == "3.1.0")
            let paths = served["paths"] as? [String: [String: Any]] ?? [:]
            #expect(paths.count == Set(OpenAPIDocument.operations.map(\.path)).count)
            for (path, methods) in paths {
                let uri = path.replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{a}", with: "NER")
                    .replacingOccurrences(of: "{b}", with: "UKR").replacingOccurrences(of: "{actor}", with: "NER")
                for method in methods.keys {
                    let request = method == "post" ? HTTPRequest.Method.post : .get
                    try await client.execute(uri: uri, method: request, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                        let message = (ServerFixture.json(response)["error"] as? [String: Any])?["message"] as? String ?? ""
                        // The router's own 404 (no such route) says "Not Found"; a route's says what is missing.
                        #expect(!(response.status == .notFound && message == "Not Found"), "\(method) \(path) is not routed")
                        #expect(response.status != .methodNotAllowed, "\(method) \(path)")
                    }
                }
            }
        }
    }
}
