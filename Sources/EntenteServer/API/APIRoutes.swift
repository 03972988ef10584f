import EntenteCoding
import EntenteCore
import EntenteStore
import Foundation
import Hummingbird

/// The JSON API over the store: the same filters and shapes as the CLI (``StoreJSON``).
struct APIRoutes: Sendable {
    let store: any EventStore
    let coder: Coder
    let names: ActorNames
    let settings: ServerSettings
    let metrics: ServerMetrics

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in try JSONBody.response(["status": "ok"]) }
        router.get("/api/events") { request, _ in try await events(request) }
        router.get("/api/events/:id") { _, context in try await event(try Self.id(context)) }
        router.get("/api/actors") { request, _ in try await actors(request) }
        router.get("/api/relations") { request, _ in
            let asOf = try QueryParameters(request).day("as_of")
            return try JSONBody.response(StoreJSON.relations(try await store.relations(asOf: asOf, actor: nil), asOf: asOf))
        }
        router.get("/api/dyads/:a/:b") { request, context in try await dyad(request, context) }
        router.get("/api/network") { request, _ in
            let query = QueryParameters(request)
            return try JSONBody.response(StoreJSON.network(try await store.network(
                asOf: try query.day("as_of"), windowDays: try query.integer("window", in: 1...36_500))))
        }
        router.get("/api/timeline/:actor") { request, context in try await timeline(request, context) }
        router.get("/api/documents/:id") { _, context in try await document(try Self.id(context)) }
        router.post("/api/code") { request, context in try await code(request, context) }
        router.post("/api/documents") { request, context in try await ingest(request, context) }
        router.get("/api/openapi.json") { _, _ in try JSONBody.response(OpenAPIDocument.document) }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: try await metrics.exposition(store: store))))
        }
    }

    // MARK: Events

    /// A page of merged events, oldest first, with the cursor of the next page.
    func events(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request).eventQuery(maximumPageSize: settings.maximumPageSize)
        let page = try await EventPage.read(query, from: store)
        return try JSONBody.response(["events": page.events.map(StoreJSON.record), "next_cursor": page.nextToken as Any? ?? NSNull()])
    }

    /// One event with every mention and the sentence each is told in.
    func event(_ id: Int64) async throws -> Response {
        guard let row = try await store.exportEvents(MentionQuery(event: id, limit: 1)).first else {
            throw EntenteError(.notFound, "no event \(id)")
        }
        let mentions = try await store.mentions(MentionQuery(event: id, limit: 1000))
        return try JSONBody.response(["event": StoreJSON.record(row), "mentions": try mentions.map(Self.object)])
    }

    /// What an actor did and what was done to it, in order.
    func timeline(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let actor = try QueryParameters.actorCode(try context.parameters.require("actor"), name: "actor")
        let parameters = QueryParameters(request)
        let query = MentionQuery(actor: actor, from: try parameters.day("from"), to: try parameters.day("to"), after: try parameters.cursor("cursor"),
                                 limit: try parameters.integer("limit", in: 1...settings.maximumPageSize, default: 100) ?? 100)
        let page = try await EventPage.read(query, from: store)
        return try JSONBody.response(["actor": actor, "name": names.name(actor) as Any? ?? NSNull(), "events": page.events.map(StoreJSON.record),
                                      "next_cursor": page.nextToken as Any? ?? NSNull()])
    }

    // MARK: Relations

    /// A pair's facts as of a date, its daily series and its recent events.
    func dyad(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let a = try QueryParameters.actorCode(try context.parameters.require("a"), name: "a")
        let b = try QueryParameters.actorCode(try context.parameters.require("b"), name: "b")
        let parameters = QueryParameters(request)
        let report = try await store.dyad(a, b, asOf: try parameters.day("as_of"), recent: try parameters.integer("recent", in: 0...100, default: 10) ?? 10)
        return try JSONBody.response(StoreJSON.dyad(report))
    }

    /// Actors by name or code, with how many events each takes part in.
    func actors(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request)
        let limit = try parameters.integer("limit", in: 1...100, default: 20) ?? 20
        let found = try await ActorSearch.find(try parameters.text("q", maximumLength: 60), store: store, names: names, limit: limit)
        let actors = found.map { ["code": $0.side, "name": names.name($0.side) as Any? ?? NSNull(), "events": $0.events] as [String: Any] }
        return try JSONBody.response(["actors": actors])
    }

    // MARK: Documents

    /// A stored document: its text, sentences and the events it tells, with their spans.
    func document(_ id: Int64) async throws -> Response {
        guard let (externalID, document) = try await store.document(id) else { throw EntenteError(.notFound, "no document \(id)") }
        let sentences = try await store.sentences(ofDocument: id)
        let mentions = try await store.mentions(MentionQuery(document: id, limit: 10_000))
        let object: [String: Any] = [
            "id": id, "external_id": externalID as Any? ?? NSNull(), "url": document.url as Any? ?? NSNull(),
            "title": document.title as Any? ?? NSNull(), "outlet": document.source as Any? ?? NSNull(),
            "date": document.date?.iso as Any? ?? NSNull(), "language": document.language ?? "en", "text": document.text,
            "sentences": sentences.map { ["number": $0.index, "start": $0.span.start, "end": $0.span.end] },
            "mentions": try mentions.map(Self.object),
        ]
        return try JSONBody.response(object)
    }

    /// Codes a posted text and stores nothing: `{"text", "date"?}` → `{"events": [..]}`.
    func code(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let posted = try await PostedDocument.read(request, limit: settings.maximumBodyBytes)
        let (_, events) = coder.code(posted.document)
        return try JSONBody.response(["events": try events.map(Self.object)])
    }

    /// Ingests a posted document (bearer token required).
    func ingest(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try BearerToken.require(request, token: settings.token)
        let posted = try await PostedDocument.read(request, limit: settings.maximumBodyBytes)
        let outcome = try await DocumentIntake.ingest(posted, store: store, coder: coder, dictionaryVersion: settings.dictionaryVersion)
        if outcome["status"] as? String == "coded" { metrics.documentIngested(mentions: outcome["mentions"] as? Int ?? 0) }
        return try JSONBody.response(outcome, status: outcome["status"] as? String == "coded" ? .created : .ok)
    }

    // MARK: Helpers

    static func id(_ context: BasicRequestContext) throws -> Int64 {
        let text = try context.parameters.require("id")
        guard let id = Int64(text), id > 0 else { throw EntenteError(.invalidRequest, "not an id: \(text)") }
        return id
    }

    /// An event mention as the CLI's `events --mentions --format jsonl` prints it.
    static func object(_ event: Event) throws -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return RawJSON(String(decoding: try encoder.encode(event), as: UTF8.self))
    }
}
