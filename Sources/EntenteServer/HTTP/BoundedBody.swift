import EntenteCore
import Hummingbird

/// A request's body, read up to a limit: a larger one is refused as `too-large` once the
/// limit is passed, without being read whole.
enum BoundedBody {
    static func read(_ request: Request, limit: Int) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: limit)
        } catch {
            throw EntenteError(.tooLarge, "the body is larger than \(limit) bytes")
        }
    }
}
