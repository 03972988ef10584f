import GRDB

/// The SQLite schema, as numbered migrations. A migration that has landed is never edited:
/// a change is a new migration.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-documents-sentences-mentions") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    identity TEXT NOT NULL UNIQUE,
                    external_id TEXT,
                    url TEXT,
                    outlet TEXT,
                    title TEXT,
                    published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                    language TEXT NOT NULL DEFAULT 'en',
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    dictionary_version TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('coding', 'coded', 'failed')),
                    error TEXT,
                    -- The process coding it, while in flight: a crashed run is told from a live one.
                    coder_pid INTEGER,
                    CHECK ((status = 'failed') = (error IS NOT NULL))
                );
                CREATE INDEX document_status ON document(status);

                CREATE TABLE sentence (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL CHECK (number >= 0),
                    start INTEGER NOT NULL CHECK (start >= 0),
                    "end" INTEGER NOT NULL CHECK ("end" >= start),
                    text TEXT NOT NULL,
                    UNIQUE (document_id, number)
                );
                CREATE VIRTUAL TABLE sentence_text USING fts5(text, content = 'sentence', content_rowid = 'id');
                CREATE TRIGGER sentence_text_insert AFTER INSERT ON sentence BEGIN
                    INSERT INTO sentence_text(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER sentence_text_delete AFTER DELETE ON sentence BEGIN
                    INSERT INTO sentence_text(sentence_text, rowid, text) VALUES ('delete', old.id, old.text);
                END;

                CREATE TABLE mention (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentence_id INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    cameo TEXT NOT NULL CHECK (length(cameo) BETWEEN 2 AND 4 AND cameo NOT GLOB '*[^0-9]*'),
                    root TEXT NOT NULL CHECK (length(root) = 2 AND substr(cameo, 1, 2) = root),
                    plover TEXT,
                    plover_mode TEXT,
                    plover_context TEXT,
                    goldstein REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
                    quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
                    mode TEXT NOT NULL,
                    reporter TEXT,
                    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]*'),
                    date_precision TEXT CHECK (date_precision IS NULL OR date_precision IN ('day', 'week', 'month', 'year', 'document')),
                    place TEXT,
                    source_text TEXT NOT NULL,
                    target_text TEXT NOT NULL,
                    source_start INTEGER NOT NULL, source_end INTEGER NOT NULL CHECK (source_end >= source_start),
                    target_start INTEGER NOT NULL, target_end INTEGER NOT NULL CHECK (target_end >= target_start),
                    trigger TEXT NOT NULL,
                    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
                    pattern TEXT NOT NULL
                );
                CREATE INDEX mention_source ON mention(source);
                CREATE INDEX mention_target ON mention(target);
                CREATE INDEX mention_cameo ON mention(cameo);
                """)
        }
        migrator.registerMigration("2-merged-events") { db in
            // One event a (source, target, code, mode, date): the same happening told by many
            // sentences and outlets is one row, with its mentions linked to it.
            try db.execute(sql: """
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    merge_key TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    cameo TEXT NOT NULL CHECK (length(cameo) BETWEEN 2 AND 4 AND cameo NOT GLOB '*[^0-9]*'),
                    mode TEXT NOT NULL,
                    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]*'),
                    date_precision TEXT CHECK (date_precision IS NULL OR date_precision IN ('day', 'week', 'month', 'year', 'document'))
                );
                CREATE INDEX event_dyad ON event(source, target, date);
                ALTER TABLE mention ADD COLUMN event_id INTEGER REFERENCES event(id);
                CREATE INDEX mention_event ON mention(event_id);
                """)
        }
        migrator.registerMigration("3-relation-facts") { db in
            // The state a relationship entered, from a date, and the event that says so.
            try db.execute(sql: """
                CREATE TABLE relation_fact (
                    id INTEGER PRIMARY KEY,
                    actor_a TEXT NOT NULL,
                    actor_b TEXT NOT NULL CHECK (actor_b <> actor_a),
                    kind TEXT NOT NULL CHECK (kind IN ('diplomatic', 'alliance', 'troops', 'sanctions', 'conflict')),
                    state TEXT NOT NULL,
                    since TEXT NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]*'),
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    UNIQUE (actor_a, actor_b, kind, state, since)
                );
                CREATE INDEX relation_fact_dyad ON relation_fact(actor_a, actor_b, kind, since);
                """)
        }
        migrator.registerMigration("4-merge-window") { db in
            // Mentions merge by sides, code family, mode class and a date window (see
            // MergeRule), no longer by one exact key: each event keeps what it is matched on.
            try db.execute(sql: """
                ALTER TABLE event ADD COLUMN source_side TEXT;
                ALTER TABLE event ADD COLUMN target_side TEXT;
                ALTER TABLE event ADD COLUMN family TEXT;
                ALTER TABLE event ADD COLUMN mode_class TEXT;
                """)
            for row in try Row.fetchAll(db, sql: "SELECT id, source, target, cameo, mode FROM event") {
                try db.execute(
                    sql: "UPDATE event SET source_side = ?, target_side = ?, family = ?, mode_class = ? WHERE id = ?",
                    arguments: [MergeRule.side(row["source"]), MergeRule.side(row["target"]), MergeRule.family(of: row["cameo"]),
                                MergeRule.modeClass(of: row["mode"] as String), row["id"] as Int64]
                )
            }
            try db.execute(sql: """
                CREATE INDEX event_merge ON event(source_side, target_side, family, mode_class, date);
                CREATE INDEX mention_document ON mention(document_id);
                CREATE INDEX relation_fact_event ON relation_fact(event_id);
                """)
        }
        migrator.registerMigration("5-identity-by-url-id-or-text") { db in
            // Identity was the hash of the exact text; it is now the canonical URL, else the
            // record's own id, else the hash of the text with white space normalized. A file
            // path is not an identity, so stored documents without a URL are keyed by text.
            for row in try Row.fetchAll(db, sql: "SELECT id, url, text FROM document") {
                let identity = IncomingDocument.identity(url: row["url"], id: nil, text: row["text"])
                try db.execute(sql: "UPDATE OR IGNORE document SET identity = ? WHERE id = ?", arguments: [identity, row["id"] as Int64])
            }
        }
        migrator.registerMigration("6-event-date-index") { db in
            // Event lists and exports are in date order; timelines and windows filter by date.
            try db.execute(sql: "CREATE INDEX event_date ON event(date, id)")
        }
        migrator.registerMigration("7-pair-index-without-unused-ones") { db in
            // Actor and code filters match prefixes (LIKE), which these indexes never served,
            // yet every mention and event paid to keep them. A pair's events are read by
            // side and date: the dyad report, its recent events and `events --dyad`.
            try db.execute(sql: """
                DROP INDEX mention_source;
                DROP INDEX mention_target;
                DROP INDEX mention_cameo;
                DROP INDEX event_dyad;
                CREATE INDEX event_pair ON event(source_side, target_side, date);
                """)
        }
        migrator.registerMigration("8-index-the-sentences-that-tell-events") { db in
            // Full-text search finds events by the words of their sentences, so only a sentence
            // that tells an event is indexed: most sentences of real news tell none, and
            // indexing every one was the largest cost of ingest. Per-row sizes (for ranking,
            // which no query does) are not kept.
            try db.execute(sql: """
                DROP TRIGGER sentence_text_insert;
                DROP TRIGGER sentence_text_delete;
                DROP TABLE sentence_text;
                ALTER TABLE sentence ADD COLUMN tells_event INTEGER NOT NULL DEFAULT 0 CHECK (tells_event IN (0, 1));
                UPDATE sentence SET tells_event = 1 WHERE id IN (SELECT sentence_id FROM mention);
                CREATE VIRTUAL TABLE sentence_text USING fts5(text, content = 'sentence', content_rowid = 'id', columnsize = 0);
                INSERT INTO sentence_text(rowid, text) SELECT id, text FROM sentence WHERE tells_event;
                CREATE TRIGGER sentence_text_insert AFTER INSERT ON sentence WHEN new.tells_event BEGIN
                    INSERT INTO sentence_text(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER sentence_text_delete AFTER DELETE ON sentence WHEN old.tells_event BEGIN
                    INSERT INTO sentence_text(sentence_text, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                """)
        }
        migrator.registerMigration("9-facts-by-kind-and-state") { db in
            // A pair's allied state is derived from memberships: the members of any bloc either
            // side belongs to. Read through kind and state, that is a handful of rows, not
            // every fact in the store.
            try db.execute(sql: "CREATE INDEX relation_fact_kind_state ON relation_fact(kind, state, actor_a, actor_b)")
        }
        return migrator
    }
}
