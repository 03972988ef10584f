/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. Written by
/// hand next to the routes; a test requests every operation it lists and checks that the
/// router answers each, so the two cannot drift apart.
enum OpenAPIDocument {
    static var eventFilters: [[String: Any]] { [
        query("actor", "Events with this actor as source or target (a code prefix: NER matches NERGOV)"),
        query("dyad", "Events between two sides, either direction: two actor codes, comma-separated (NER,UKR)"),
        query("root", "CAMEO root, two digits (16)"),
        query("cameo", "CAMEO code prefix, 2 to 4 digits (161)"),
        query("from", "Events dated on or after this day (YYYY-MM-DD)", format: "date"),
        query("to", "Events dated on or before this day (YYYY-MM-DD)", format: "date"),
        query("text", "Events told in a sentence holding these words (as a phrase)"),
        query("mode", "asserted, negated, threatened, intended, denied, alleged, reported, hypothetical, or another mode the coder gives"),
        query("limit", "Events a page, 1 to 500 (default 100)", type: "integer"),
        query("cursor", "The next_cursor of the previous page"),
    ] }

    static func query(_ name: String, _ description: String, type: String = "string", format: String? = nil) -> [String: Any] {
        var schema: [String: Any] = ["type": type]
        if let format { schema["format"] = format }
        return ["name": name, "in": "query", "required": false, "description": description, "schema": schema]
    }

    static func path(_ name: String, _ description: String, type: String = "string") -> [String: Any] {
        ["name": name, "in": "path", "required": true, "description": description, "schema": ["type": type]]
    }

    static func operation(_ summary: String, _ parameters: [[String: Any]] = [], body: String? = nil, secured: Bool = false,
                          success: String = "200") -> [String: Any] {
        var operation: [String: Any] = [
            "summary": summary,
            "parameters": parameters,
            "responses": [
                success: ["description": "OK", "content": ["application/json": ["schema": ["type": "object"]]]],
                "400": ["$ref": "#/components/responses/Error"],
                "404": ["$ref": "#/components/responses/Error"],
            ] as [String: Any],
        ]
        if let body {
            operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
        }
        if secured { operation["security"] = [["bearer": [String]()]] }
        return operation
    }

    /// The paths and methods, as the router serves them.
    static var operations: [(path: String, method: String, operation: [String: Any])] { [
        ("/healthz", "get", operation("Liveness")),
        ("/api/events", "get", operation("Merged events, oldest first, a page at a time", eventFilters)),
        ("/api/events/{id}", "get", operation("One event with every mention and its sentence", [path("id", "Event id", type: "integer")])),
        ("/api/actors", "get", operation("Actors by name or code, with their event counts",
                                         [query("q", "Part of a name (niger) or a code prefix (NER)"), query("limit", "At most this many (1 to 100)", type: "integer")])),
        ("/api/relations", "get", operation("Every relationship's state as of a date", [query("as_of", "The date (YYYY-MM-DD); the latest when absent", format: "date")])),
        ("/api/dyads/{a}/{b}", "get", operation("A pair's facts, daily series and recent events",
                                                [path("a", "Actor code"), path("b", "Actor code"), query("as_of", "The date (YYYY-MM-DD)", format: "date"),
                                                 query("recent", "How many recent events (0 to 100, default 10)", type: "integer")])),
        ("/api/network", "get", operation("Sides and their cooperation and conflict",
                                          [query("as_of", "The date (YYYY-MM-DD)", format: "date"), query("window", "Days before as_of (1 to 36500)", type: "integer")])),
        ("/api/timeline/{actor}", "get", operation("What an actor did and what was done to it, in order",
                                                   [path("actor", "Actor code"), query("from", "From this day", format: "date"), query("to", "To this day", format: "date"),
                                                    query("limit", "Events a page, 1 to 500", type: "integer"), query("cursor", "The next_cursor of the previous page")])),
        ("/api/documents/{id}", "get", operation("A stored document's text, sentences and event mentions with their spans", [path("id", "Document id", type: "integer")])),
        ("/api/code", "post", operation("Code a text and store nothing", body: "PostedDocument")),
        ("/api/documents", "post", operation("Ingest a document (coded and stored)", body: "PostedDocument", secured: true, success: "201")),
        ("/api/openapi.json", "get", operation("This document")),
        ("/metrics", "get", operation("Prometheus metrics: requests by route and status, latency, what the store holds, documents ingested")),
    ] }

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for (path, method, operation) in operations { paths[path, default: [:]][method] = operation }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Entente", "version": "1", "description": "Political event data coded from news text: events, relations over time, networks."],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "responses": [
                    "Error": [
                        "description": "An error",
                        "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
                    ],
                ],
                "schemas": [
                    "Error": [
                        "type": "object", "required": ["error"],
                        "properties": ["error": ["type": "object", "required": ["code", "message"],
                                                 "properties": ["code": ["type": "string"], "message": ["type": "string"]]]],
                    ],
                    "PostedDocument": [
                        "type": "object", "required": ["text"],
                        "properties": ["text": ["type": "string"], "date": ["type": "string", "format": "date"], "url": ["type": "string"],
                                       "title": ["type": "string"], "outlet": ["type": "string"], "id": ["type": "string"]],
                    ],
                ] as [String: Any],
            ] as [String: Any],
        ]
    }
}
