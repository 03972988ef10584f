import EntenteCore
import Foundation

/// Entente's own table of merged events (CSV and JSON lines): one row an event, every mode,
/// with GDELT's three counts and the first sentence that tells it.
extension EventExport {
    /// The columns, in order; also the JSON keys.
    public static let tableColumns = [
        "event_id", "date", "date_precision", "source", "source_name", "target", "target_name", "cameo", "event_name",
        "root", "quad_class", "goldstein", "mode", "mentions", "sources", "articles", "doc_id", "url", "outlet", "sentence",
    ]

    /// The fields of one row, in the order of ``tableColumns``.
    public static func tableFields(_ row: ExportEvent) -> [String] {
        [String(row.event.id), row.event.date ?? "", row.event.datePrecision ?? "", row.event.source, row.sourceText,
         row.event.target, row.targetText, row.event.cameo, CAMEO.type(row.event.cameo)?.name ?? "", String(row.event.cameo.prefix(2)),
         String(row.quadClass), String(row.goldstein), row.event.mode, String(row.event.mentions), String(row.event.sources),
         String(row.event.documents), row.documentID, row.url ?? "", row.outlet ?? "", row.sentence]
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
    public static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One JSON line: the table's columns as keys, numbers as numbers, absent values null.
    static func jsonRecord(_ row: ExportEvent) -> String? {
        try? StoreJSON.string(StoreJSON.record(row))
    }
}
