import EntenteCoding
import EntenteFuzzing
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import EntenteServer

/// A server over a fresh store, tested in process.
enum ServerFixture {
    /// The shipped coder, loaded once for every test.
    static let coder: Coder = {
        do { return try BundledCoder.load() } catch { fatalError("the shipped coder does not load: \(error)") }
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    static let sample = (try? String(contentsOf: packageRoot.appendingPathComponent("Examples/sahel-ties.txt"), encoding: .utf8)) ?? ""

    static func store() throws -> SQLiteEventStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-server-\(UUID().uuidString).sqlite").path
        return try SQLiteEventStore(path: path)
    }

    /// An application over `store` (a new one when nil) with `settings`.
    static func application(store: (any EventStore)? = nil, settings: ServerSettings = ServerSettings(token: "secret-token"))
        throws -> some ApplicationProtocol {
        let store = try store ?? Self.store()
        return EntenteServer.application(store: store, coder: coder, settings: settings, logger: Logger(label: "test"))
    }

    /// The sample article, posted as a document dated 2024-08-07.
    static var samplePost: ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: ["text": sample, "date": "2024-08-07", "id": "sahel-ties"]))
    }

    static let bearer: HTTPFields = [.authorization: "Bearer secret-token", .contentType: "application/json"]

    /// The JSON body of a response, as an object.
    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The error code of an error response.
    static func errorCode(_ response: TestResponse) -> String? {
        (json(response)["error"] as? [String: Any])?["code"] as? String
    }
}
