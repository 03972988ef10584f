import EntenteCore
import EntenteIngest

/// One JSONL line as `entente code` and `entente ingest` read it: a document, a blank line
/// to pass over, or an error for that line. Warnings (invalid UTF-8) are printed here.
enum JSONLRecord {
    /// What a line holds.
    enum Outcome {
        case document(id: String, Document)
        case blank
        case failed(String)
    }

    /// Reads one line of `name`; a document without a date takes `defaultDate`.
    static func read(_ line: LineReader.Line, name: String, maxRecordSize: Int, defaultDate: Day?) -> Outcome {
        switch line {
        case .tooLong(let number, let length):
            return .failed("error: \(name):\(number): record of \(length) bytes is over the --max-record-size limit of \(maxRecordSize) bytes; skipped")
        case .text(let number, let bytes):
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .blank }
            do {
                let parsed = try JSONLDocuments.parse(bytes, file: name, line: number)
                if parsed.replacements > 0 {
                    printError("warning: \(name):\(number): invalid UTF-8 at byte \(parsed.firstInvalidByte ?? 0) of the line (\(parsed.replacements) sequence(s) replaced with U+FFFD)")
                }
                var document = parsed.document
                if document.date == nil { document.date = defaultDate }
                return .document(id: document.id ?? "\(name):\(number)", document)
            } catch {
                return .failed("error: \(error)")
            }
        }
    }
}
