import EntenteCore
import GRDB

extension SQLiteEventStore {
    public func documentsToRecode(dictionaryVersion: String, all: Bool) async throws -> [Int64] {
        try await read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM document WHERE status = 'coded' AND (? OR dictionary_version <> ?) ORDER BY id
                """, arguments: [all, dictionaryVersion])
        }
    }

    public func document(_ id: Int64) async throws -> (externalID: String?, document: Document)? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else { return nil }
            return (row["external_id"], Self.storedDocument(row))
        }
    }

    /// A document as ingested, from a row of `document`.
    static func storedDocument(_ row: Row) -> Document {
        let published: String? = row["published"]
        return Document(id: row["external_id"], date: published.flatMap(Day.init(iso:)), url: row["url"], source: row["outlet"],
                        title: row["title"], text: row["text"], language: row["language"])
    }

    public func replaceCoding(_ id: Int64, sentences: [Sentence], mentions: [Event], dictionaryVersion: String) async throws {
        try await write { db in
            try Self.insertCoding(id, sentences: sentences, mentions: mentions, linking: false, db)
            try db.execute(sql: "UPDATE document SET dictionary_version = ? WHERE id = ?", arguments: [dictionaryVersion, id])
        }
    }

    public func rebuildEvents() async throws {
        try await write { db in
            // Facts point at events and mentions at both: clear in that order, then merge
            // every mention again as if it had just arrived, oldest first.
            try db.execute(sql: "DELETE FROM relation_fact; UPDATE mention SET event_id = NULL; DELETE FROM event;")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.*, s.number AS sentence_number, s.text AS sentence_text, '' AS doc
                FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = m.document_id
                WHERE d.status = 'coded' ORDER BY m.id
                """)
            var pending: [(Int64, Int64, Event)] = []
            while let row = try rows.next() { pending.append((row["id"], row["document_id"], try Self.event(row))) }
            for (mentionID, documentID, event) in pending {
                _ = try Self.link(event, mentionID: mentionID, documentID: documentID, db)
            }
        }
    }
}
