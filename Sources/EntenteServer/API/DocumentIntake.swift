import EntenteCoding
import EntenteCore
import EntenteStore
import Foundation

/// One posted document into the store: admitted, coded, stored, as `entente ingest` does it.
enum DocumentIntake {
    /// `{"id", "status": "coded"|"unchanged"|"failed", "mentions", "new_events", "merged_mentions", "changes": [..]}`.
    static func ingest(_ posted: PostedDocument, store: any EventStore, coder: Coder, dictionaryVersion: String) async throws -> [String: Any] {
        let incoming = IncomingDocument(externalID: posted.externalID, document: posted.document, dictionaryVersion: dictionaryVersion,
                                        externalIDIsIdentity: posted.externalID != nil)
        switch try await store.begin(incoming) {
        case .alreadyCoded(let id), .codingElsewhere(let id):
            return ["id": id, "status": "unchanged", "mentions": 0, "new_events": 0, "merged_mentions": 0, "changes": [Any]()]
        case .failedBefore(let id, let error):
            return ["id": id, "status": "failed", "error": error, "mentions": 0, "new_events": 0, "merged_mentions": 0, "changes": [Any]()]
        case .code(let id):
            let (sentences, events) = coder.code(posted.document)
            let outcome = try await store.complete(id, sentences: sentences.map(\.sentence), mentions: events)
            let changes: [[String: Any]] = outcome.changes.map { change in
                var object = StoreJSON.state(change.started)
                object["ended"] = change.ended.map(StoreJSON.state) ?? NSNull()
                object["sentence"] = change.sentence
                return object
            }
            return ["id": id, "status": "coded", "mentions": events.count, "new_events": outcome.newEvents,
                    "merged_mentions": outcome.mergedMentions, "changes": changes]
        }
    }
}
