import EntenteCore
import EntenteStore
import Foundation
import Hummingbird

/// A request's query parameters, checked: every value is what its name says (a day, a CAMEO
/// code, an actor code, a number in range, a cursor this server gave) or the request is
/// refused as invalid, never passed on to the store as it came.
struct QueryParameters {
    let values: [String: String]

    /// The query of `request`, decoded as a browser's form encodes it (`+` is a space).
    init(_ request: Request) {
        self.init(query: request.uri.query ?? "")
    }

    init(query: String) {
        var values: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            values[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.values = values
    }

    /// A form's `application/x-www-form-urlencoded` body.
    init(formEncoded body: String) {
        self.init(query: body)
    }


    /// A free-text value, if given and not empty.
    func text(_ name: String, maximumLength: Int = 200) throws -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        guard value.count <= maximumLength else { throw invalid(name, "is longer than \(maximumLength) characters") }
        return value
    }

    /// A day, `YYYY-MM-DD`.
    func day(_ name: String) throws -> String? {
        guard let value = try text(name) else { return nil }
        guard let day = Day(iso: value), day.iso == value else { throw invalid(name, "is not a date of the form YYYY-MM-DD: \(value)") }
        return value
    }

    /// A CAMEO code prefix, two to four digits (`16`, `161`, `1621`).
    func cameo(_ name: String) throws -> String? {
        guard let value = try text(name) else { return nil }
        guard (2...4).contains(value.count), value.allSatisfy(\.isASCIIDigit) else { throw invalid(name, "is not a CAMEO code (2 to 4 digits): \(value)") }
        return value
    }

    /// A CAMEO root, two digits.
    func root(_ name: String) throws -> String? {
        guard let value = try cameo(name) else { return nil }
        guard value.count == 2 else { throw invalid(name, "is not a CAMEO root (2 digits): \(value)") }
        return value
    }

    /// An actor code (`NER`, `NERGOV`, `IGOWAFAES`): capital letters and digits.
    func actor(_ name: String) throws -> String? {
        guard let value = try text(name) else { return nil }
        return try Self.actorCode(value, name: name)
    }

    static func actorCode(_ value: String, name: String) throws -> String {
        let code = value.uppercased()
        guard (3...24).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw EntenteError(.invalidRequest, "\(name) is not an actor code (3 to 24 letters and digits, such as NER or NERGOV): \(value)")
        }
        return code
    }

    /// A whole number within `range`, or `defaultValue` when not given.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int? = nil) throws -> Int? {
        guard let value = try text(name) else { return defaultValue }
        guard let number = Int(value), range.contains(number) else { throw invalid(name, "is not a whole number from \(range.lowerBound) to \(range.upperBound): \(value)") }
        return number
    }

    /// An event mode.
    func mode(_ name: String) throws -> String? {
        guard let value = try text(name) else { return nil }
        guard EventMode(rawValue: value) != nil else { throw invalid(name, "is not an event mode: \(value)") }
        return value
    }

    /// A cursor from an earlier page's `next_cursor`.
    func cursor(_ name: String) throws -> EventCursor? {
        guard let value = try text(name, maximumLength: 120) else { return nil }
        guard let cursor = CursorToken.decode(value) else { throw invalid(name, "is not a cursor this server gave") }
        return cursor
    }

    /// The events filter of `GET /api/events`, the CLI's `events` options by the same names.
    func eventQuery(maximumPageSize: Int) throws -> MentionQuery {
        var dyad: [String]?
        if let value = try text("dyad") {
            let sides = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard sides.count == 2 else { throw invalid("dyad", "is not two actor codes separated by a comma: \(value)") }
            dyad = try sides.map { try Self.actorCode($0, name: "dyad") }
        }
        return MentionQuery(actor: try actor("actor"), dyad: dyad, cameo: try cameo("cameo"), root: try root("root"), from: try day("from"),
                            to: try day("to"), text: try text("text"), mode: try mode("mode"), after: try cursor("cursor"),
                            limit: try integer("limit", in: 1...maximumPageSize, default: min(100, maximumPageSize)) ?? 100)
    }

    private func invalid(_ name: String, _ problem: String) -> EntenteError {
        EntenteError(.invalidRequest, "the query parameter \(name) \(problem)")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The opaque form of an ``EventCursor``: base64url of `date|id`, so a client passes it back
/// unchanged and never builds one.
enum CursorToken {
    static func encode(_ cursor: EventCursor) -> String {
        Data("\(cursor.date ?? "")|\(cursor.id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ token: String) -> EventCursor? {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int64(parts[1]), id > 0 else { return nil }
        let date = String(parts[0])
        guard date.isEmpty || (date.count <= 10 && date.allSatisfy { $0.isASCIIDigit || $0 == "-" }) else { return nil }
        return EventCursor(date: date.isEmpty ? nil : date, id: id)
    }
}
