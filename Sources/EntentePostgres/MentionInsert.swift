import EntenteCore
import Logging
import PostgresNIO

/// The insert of one event mention, prepared once per connection: ingest runs it for every
/// mention, and a prepared statement is parsed and planned once.
struct MentionInsert: PostgresPreparedStatement {
    static let sql = """
        INSERT INTO mention (event_id, month, document_id, sentence_id, source, target, cameo, root, plover, plover_mode,
            plover_context, goldstein, quad_class, mode, reporter, date, date_precision, place, source_text,
            target_text, source_start, source_end, target_start, target_end, trigger, trigger_start,
            trigger_end, pattern)
        VALUES ($1, $2::int, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
                $25, $26, $27, $28)
        """
    typealias Row = Void

    var event: Event
    var eventID: Int64?
    var month: Int
    var documentID: Int64
    var sentenceID: Int64

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 28)
        let clean = PostgresEventStore.clean
        bindings.append(eventID)
        bindings.append(month)
        bindings.append(documentID)
        bindings.append(sentenceID)
        bindings.append(event.source)
        bindings.append(event.target)
        bindings.append(event.cameo)
        bindings.append(event.root)
        bindings.append(event.plover)
        bindings.append(event.ploverMode)
        bindings.append(event.ploverContext)
        bindings.append(event.goldstein)
        bindings.append(event.quadClass)
        bindings.append(event.mode.rawValue)
        bindings.append(event.reporter.map(clean))
        bindings.append(event.date)
        bindings.append(event.datePrecision?.rawValue)
        bindings.append(event.place.map(clean))
        bindings.append(clean(event.sourceText))
        bindings.append(clean(event.targetText))
        bindings.append(event.sourceSpan.start)
        bindings.append(event.sourceSpan.end)
        bindings.append(event.targetSpan.start)
        bindings.append(event.targetSpan.end)
        bindings.append(clean(event.trigger))
        bindings.append(event.triggerSpan.start)
        bindings.append(event.triggerSpan.end)
        bindings.append(event.pattern)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws {}
}

extension PostgresEventStore {
    static let silent = Logger(label: "entente.postgres.statement")
}

