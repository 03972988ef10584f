/// The parts of a `Content-Type` header a decoder needs. Servers write it loosely (upper case,
/// quoted or spaced parameters, stray semicolons), so parsing forgives all of that.
struct MediaType: Equatable {
    /// The type and subtype, lowercased (`text/html`).
    var essence: String
    /// The `charset` parameter, unquoted and lowercased.
    var charset: String?

    /// Parses a header value; nil when it names no type at all.
    init?(header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let essence = parts.first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        guard !essence.isEmpty else { return nil }
        self.essence = essence
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingWhitespace().lowercased()
            guard name == "charset" else { continue }
            var value = parameter[parameter.index(after: equals)...].trimmingWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = value.dropFirst().dropLast()
            }
            let charset = value.trimmingWhitespace().lowercased()
            self.charset = charset.isEmpty ? nil : charset
            break
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (what HTTP calls optional white space).
    func trimmingWhitespace() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
