import EntenteCore
import Hummingbird

/// Checks a write's `Authorization: Bearer <token>` against the configured token.
enum BearerToken {
    /// Throws unless the request carries the token; a server without a token takes no writes.
    static func require(_ request: Request, token: String?) throws {
        guard let token else {
            throw EntenteError(.writesDisabled, "this server takes no writes: start it with ENTENTE_TOKEN set")
        }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.hasPrefix(prefix), constantTimeEqual(Array(header.utf8.dropFirst(prefix.utf8.count)), Array(token.utf8)) else {
            throw EntenteError(.unauthorized, "a write needs the header Authorization: Bearer <token>")
        }
    }

    /// Whether two byte strings are equal, in time that depends only on their lengths, so a
    /// caller cannot find the token a byte at a time by timing answers.
    static func constantTimeEqual(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in 0..<expected.count {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }
}
