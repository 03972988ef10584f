import EntenteCore

/// People-readable and TSV renderings of events.
enum EventTable {
    static func row(_ event: Event) -> String {
        let date = event.date.map { "\($0) (\(event.datePrecision?.rawValue ?? "?"))" } ?? "no date"
        var line = "[\(event.docID ?? "-") #\(event.sentence)] \(ActorTable.pad(event.source, 9)) \(ActorTable.pad(event.cameo, 5)) \(ActorTable.pad(event.target, 9)) "
        line += "\(ActorTable.pad(event.mode.rawValue, 10)) \(ActorTable.pad(date, 24)) \(event.sourceText) —\(event.trigger)→ \(event.targetText)"
        if let reporter = event.reporter { line += "  (reported by \(reporter))" }
        return line + "\n      \(CAMEO.type(event.cameo)?.name ?? event.cameo); PLOVER \(event.plover ?? "-"); pattern \(event.pattern)"
    }

    static let tsvHeader = ["doc_id", "sentence", "source", "target", "cameo", "root", "plover", "goldstein", "quad_class", "mode", "reporter", "date", "date_precision", "source_text", "target_text", "trigger", "text"].joined(separator: "\t")

    static func tsv(_ event: Event) -> String {
        [event.docID ?? "", String(event.sentence), event.source, event.target, event.cameo, event.root, event.plover ?? "", String(event.goldstein),
         String(event.quadClass), event.mode.rawValue, event.reporter ?? "", event.date ?? "", event.datePrecision?.rawValue ?? "",
         event.sourceText, event.targetText, event.trigger, event.text]
            .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\t")
    }
}
