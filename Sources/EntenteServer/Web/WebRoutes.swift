import EntenteCoding
import EntenteCore
import EntenteStore
import Foundation
import Hummingbird
import Mustache

/// The web UI: server-rendered pages over the same store and filters as the API.
struct WebRoutes: Sendable {
    let store: any EventStore
    let coder: Coder
    let names: ActorNames
    let settings: ServerSettings
    let templates: MustacheLibrary

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await network(request) }
        router.get("/network") { request, _ in try await network(request) }
        router.get("/dyads/:a/:b") { request, context in try await dyad(request, context) }
        router.get("/actors") { request, _ in try await actors(request) }
        router.get("/actors/:code") { request, context in try await actor(request, context) }
        router.get("/events") { request, _ in try await events(request) }
        router.get("/documents/:id") { _, context in try await document(try APIRoutes.id(context)) }
        router.get("/explain") { request, _ in try explain(request) }
        router.get("/code") { _, _ in try page("code", ["title": "Code a text", "date": ""]) }
        router.post("/code") { request, _ in try await code(request) }
        router.get("/assets/app.css") { _, _ in Self.asset(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in Self.asset(Assets.script, type: "text/javascript; charset=utf-8") }
    }

    // MARK: Pages

    /// Actors and their relations as of a date, with the slider over the store's days.
    func network(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request)
        let asOf = try parameters.day("as_of")
        let window = try parameters.integer("window", in: 1...36_500)
        let (first, last) = try await store.eventDays()
        let graph = try await store.network(asOf: asOf, windowDays: window)
        let states = try await store.relations(asOf: asOf, actor: nil)
        let broken = Set(states.filter { $0.kind == "diplomatic" && $0.state == "broken" }.map { [$0.actorA, $0.actorB].sorted() })
        let svg = NetworkSVG.render(graph, broken: broken, name: names.name)
        var context: [String: Any] = [
            "title": "Network", "action": "/", "svg": svg, "asOf": asOf ?? last ?? "",
            "relations": states.map { Self.present(["a": $0.actorA, "b": $0.actorB, "kind": $0.kind, "state": $0.state, "since": $0.since,
                                                    "through": $0.through, "asOf": asOf]) },
            "hasRelations": !states.isEmpty, "window": window.map(String.init) ?? "",
        ]
        if let first, let last, let firstDay = Day(iso: first), let lastDay = Day(iso: last) {
            let chosen = asOf.flatMap(Day.init(iso:)) ?? lastDay
            context["first"] = first
            context["last"] = last
            context["slider"] = ["span": max(0, lastDay.daysSinceEpoch - firstDay.daysSinceEpoch),
                                 "offset": min(max(0, chosen.daysSinceEpoch - firstDay.daysSinceEpoch), lastDay.daysSinceEpoch - firstDay.daysSinceEpoch),
                                 "first": first] as [String: Any]
        }
        return try page("network", context)
    }

    /// A pair: its states as bands over time, the daily series, the sentences and events.
    func dyad(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let a = try QueryParameters.actorCode(try context.parameters.require("a"), name: "a")
        let b = try QueryParameters.actorCode(try context.parameters.require("b"), name: "b")
        let asOf = try QueryParameters(request).day("as_of")
        let report = try await store.dyad(a, b, asOf: asOf, recent: 0)
        let rows = try await store.exportEvents(MentionQuery(dyad: [a, b], to: asOf, limit: 200))
        let facts: [[String: Any]] = report.facts.map { fact in
            Self.present(["kind": fact.state.kind, "state": fact.state.state, "since": fact.state.since, "until": fact.until,
             "through": fact.state.through,
             "evidence": fact.evidence.map { ["text": $0.sentence, "cameo": $0.cameo, "mode": $0.mode, "date": $0.date ?? "undated",
                                              "doc": $0.document, "sentence": $0.sentenceNumber] as [String: Any] }])
        }
        var values: [String: Any] = ["title": "\(a)–\(b)", "a": a, "b": b, "action": "/dyads/\(a)/\(b)", "asOf": asOf ?? "",
                                     "svg": DyadSVG.render(report), "facts": facts, "events": eventRows(rows)]
        if let nameA = names.name(a), let nameB = names.name(b) {
            values["nameA"] = nameA
            values["nameB"] = nameB
        }
        return try page("dyad", values)
    }

    /// Actors by name or code.
    func actors(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request).text("q", maximumLength: 60) ?? ""
        let found = query.isEmpty ? [] : try await ActorSearch.find(query, store: store, names: names, limit: 20)
        return try page("actors", ["title": "Actors", "query": query,
                                   "actors": found.map { ["code": $0.side, "name": names.name($0.side) ?? "", "events": $0.events] as [String: Any] }])
    }

    /// What an actor did and what was done to it.
    func actor(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let code = try QueryParameters.actorCode(try context.parameters.require("code"), name: "actor")
        let parameters = QueryParameters(request)
        let listed = try await EventPage.read(MentionQuery(actor: code, after: try parameters.cursor("cursor"), limit: 100), from: store)
        var values: [String: Any] = ["title": code, "code": code, "name": names.name(code) ?? "", "events": eventRows(listed.events)]
        if let token = listed.nextToken { values["next"] = "/actors/\(code)?cursor=" + token }
        return try page("actor", values)
    }

    /// The filterable list of events.
    func events(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request)
        let listed = try await EventPage.read(try parameters.eventQuery(maximumPageSize: settings.maximumPageSize), from: store)
        var values: [String: Any] = [
            "title": "Events", "events": eventRows(listed.events),
            "filter": ["actor", "dyad", "root", "cameo", "from", "to", "text"].reduce(into: [String: String]()) { $0[$1] = parameters.values[$1] ?? "" },
            "modes": EventMode.allCases.map { ["value": $0.rawValue, "selected": parameters.values["mode"] == $0.rawValue] as [String: Any] },
        ]
        if let token = listed.nextToken {
            var next = parameters.values.filter { $0.key != "cursor" && !$0.value.isEmpty }
            next["cursor"] = token
            values["next"] = "/events?" + next.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.formEncode($0.value))" }.joined(separator: "&")
        }
        return try page("events", values)
    }

    /// A document with its actors and triggers marked, and the events it tells.
    func document(_ id: Int64) async throws -> Response {
        guard let (externalID, document) = try await store.document(id) else { throw EntenteError(.notFound, "no document \(id)") }
        let mentions = try await store.mentions(MentionQuery(document: id, limit: 10_000))
        let date = document.date?.iso ?? ""
        return try page("document", [
            "title": document.title ?? externalID ?? "Document \(id)", "id": id, "outlet": document.source ?? "", "date": date,
            "url": document.url.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil } ?? "",
            "html": DocumentHighlight.html(document.text, mentions: mentions),
            "mentions": mentions.map { mentionRow($0, date: date) },
        ])
    }

    /// Everything the coder saw and decided for a sentence.
    func explain(_ request: Request) throws -> Response {
        let parameters = QueryParameters(request)
        let text = try parameters.text("text", maximumLength: 2000) ?? ""
        let date = try parameters.day("date").flatMap(Day.init(iso:))
        let sentences = coder.analyzer.analyze(Document(date: date, text: text)).prefix(5).map { sentence -> [String: Any] in
            var values: [String: Any] = [
                "text": sentence.sentence.text,
                "tokens": sentence.tokens.map { ["word": $0.text, "tag": $0.tag?.rawValue ?? "?"] },
            ]
            if let reason = coder.events.skipReason(sentence) { values["skip"] = reason }
            values["triggers"] = coder.events.explain(sentence).map { explanation -> [String: Any] in
                [
                    "trigger": explanation.trigger, "lookup": explanation.lookup,
                    "tried": explanation.tried.map { ["pattern": $0.pattern, "result": $0.score.map { "matched, score \($0)" } ?? "no match"] },
                    "chose": explanation.candidate.map { "\($0.pattern.provenance); mode \($0.mode.rawValue); \($0.note)" } ?? "",
                    "kept": explanation.kept, "dropped": explanation.dropped,
                ]
            }
            return values
        }
        return try page("explain", ["title": "Explain", "sentences": sentences])
    }

    /// Codes a pasted text and shows the events as they would be stored; stores nothing.
    func code(_ request: Request) async throws -> Response {
        let body = try await BoundedBody.read(request, limit: settings.maximumBodyBytes)
        let form = QueryParameters(formEncoded: String(buffer: body))
        let text = try form.text("text", maximumLength: 20_000) ?? ""
        let date = try form.day("date")
        let (_, events) = coder.code(Document(date: date.flatMap(Day.init(iso:)), text: text))
        return try page("code", ["title": "Code a text", "text": text, "date": date ?? "",
                                 "coded": ["count": events.count, "mentions": events.map { mentionRow($0, date: date ?? "") }]])
    }

    // MARK: Helpers

    func eventRows(_ rows: [ExportEvent]) -> [[String: Any]] {
        rows.map { row in
            [
                "date": row.event.date ?? "undated", "source": row.event.source, "target": row.event.target,
                "sourceSide": MergeRule.side(row.event.source), "targetSide": MergeRule.side(row.event.target),
                "cameo": row.event.cameo, "name": CAMEO.type(row.event.cameo)?.name ?? "", "mode": row.event.mode,
                "mentions": row.event.mentions, "sources": row.event.sources, "sentence": row.sentence, "document": row.storedDocumentID,
                "explain": "/explain?text=\(Self.formEncode(row.sentence))" + (row.event.date.flatMap { $0.count == 10 ? "&date=\($0)" : nil } ?? ""),
            ]
        }
    }

    func mentionRow(_ event: Event, date: String) -> [String: Any] {
        [
            "sentence": event.sentence, "source": event.source, "target": event.target, "sourceText": event.sourceText,
            "targetText": event.targetText, "cameo": event.cameo, "name": CAMEO.type(event.cameo)?.name ?? "", "trigger": event.trigger,
            "mode": event.mode.rawValue, "date": event.date ?? "undated", "pattern": event.pattern,
            "explain": "/explain?text=\(Self.formEncode(event.text))" + (date.isEmpty ? "" : "&date=\(date)"),
        ]
    }

    /// `values` without the empty ones: a Mustache section shows for any string, even "".
    static func present(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { value in
            guard let value else { return nil }
            if let text = value as? String, text.isEmpty { return nil }
            return value
        }
    }

    func page(_ name: String, _ values: [String: Any]) throws -> Response {
        guard let html = templates.render(Self.present(values), withTemplate: name) else {
            throw EntenteError(.outputFailed, "no page template \(name)")
        }
        return Self.html(html)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text` encoded for a URL's query.
    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
