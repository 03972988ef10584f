import EntenteCore
import Foundation
import Hummingbird

/// A document posted to `/api/code` or `/api/documents`: `{"text", "date"?, "url"?,
/// "title"?, "outlet"?, "id"?}`, read with a bound on its size.
struct PostedDocument: Sendable {
    var document: Document
    var externalID: String?

    static func read(_ request: Request, limit: Int) async throws -> PostedDocument {
        let buffer = try await BoundedBody.read(request, limit: limit)
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw EntenteError(.invalidJSON, "the body is not a JSON object")
        }
        guard let text = object["text"] as? String, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EntenteError(.invalidRequest, "the body needs a non-empty \"text\"")
        }
        func string(_ key: String) throws -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let string = value as? String else { throw EntenteError(.invalidRequest, "\"\(key)\" must be a string") }
            return string.isEmpty ? nil : string
        }
        var date: Day?
        if let value = try string("date") {
            guard let day = Day(iso: value), day.iso == value else { throw EntenteError(.invalidDate, "\"date\" is not a date of the form YYYY-MM-DD: \(value)") }
            date = day
        }
        let id = try string("id")
        return PostedDocument(document: Document(id: id, date: date, url: try string("url"), source: try string("outlet"), title: try string("title"), text: text),
                              externalID: id)
    }
}
