import EntenteCoding
import EntenteCore
import EntenteIngest
import EntenteText
import Foundation

/// Streams documents from files or standard input through the analyzer, reporting bad input
/// on standard error and carrying on.
struct DocumentInput {
    /// One analysed piece of a document.
    struct Piece {
        var documentID: String?
        var date: Day?
        var sentences: [AnalyzedSentence]
        /// The piece's text and its scalar offset in the document, for quoting datelines.
        var text: String
        var offset: Int
    }

    let options: InputOptions
    let analyzer: Analyzer

    /// Reads every input; returns the number of inputs or records that failed.
    func run(_ handle: (Piece) throws -> Void) throws -> Int {
        let defaultDate = try options.documentDate()
        var failures = 0
        let paths = options.files.isEmpty ? ["-"] : options.files
        for path in paths {
            let name = path == "-" ? "<stdin>" : path
            let file: FileHandle
            if path == "-" {
                file = FileHandle.standardInput
            } else {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let opened = FileHandle(forReadingAtPath: path) else {
                    printError("error: \(name): cannot open file")
                    failures += 1
                    continue
                }
                file = opened
            }
            defer { if path != "-" { try? file.close() } }
            switch options.input {
            case .text:
                failures += try readText(file, name: name, date: defaultDate, handle)
            case .jsonl:
                failures += try readJSONL(file, name: name, date: defaultDate, handle)
            }
        }
        return failures
    }

    private func readText(_ file: FileHandle, name: String, date: Day?, _ handle: (Piece) throws -> Void) throws -> Int {
        var reader = SegmentReader(handle: file)
        var session = DocumentSession(analyzer: analyzer, documentDate: date)
        var first = true
        while let segment = try reader.next() {
            if first, reader.looksBinary {
                printError("error: \(name): looks like a binary file, not text; skipped")
                return 1
            }
            first = false
            if segment.replacements > 0 {
                printError("warning: \(name): invalid UTF-8 at byte \(segment.firstInvalidByte ?? 0) (\(segment.replacements) sequence(s) replaced with U+FFFD)")
            }
            let sentences = session.analyze(segment: segment.text, offset: segment.offset)
            try handle(Piece(documentID: name, date: date, sentences: sentences, text: segment.text, offset: segment.offset))
        }
        if reader.bytesRead == 0 { printError("warning: \(name): empty input") }
        return 0
    }

    private func readJSONL(_ file: FileHandle, name: String, date: Day?, _ handle: (Piece) throws -> Void) throws -> Int {
        var reader = LineReader(handle: file, maximumLength: options.maxRecordSize)
        var failures = 0
        var records = 0
        while let line = try reader.next() {
            switch JSONLRecord.read(line, name: name, maxRecordSize: options.maxRecordSize, defaultDate: date) {
            case .blank:
                continue
            case .failed(let message):
                printError(message)
                failures += 1
            case .document(let id, let document):
                records += 1
                try code(document, id: id, handle)
            }
        }
        if records == 0 && failures == 0 { printError("warning: \(name): no records") }
        return failures
    }

    /// Analyses a document a bounded piece at a time, handing each piece on.
    private func code(_ document: Document, id: String, _ handle: (Piece) throws -> Void) throws {
        var session = DocumentSession(analyzer: analyzer, documentDate: document.date)
        for segment in TextSegments.segments(of: document.text) {
            let text = TextSegments.text(of: segment, in: document.text)
            let sentences = session.analyze(segment: text, offset: segment.offset)
            try handle(Piece(documentID: id, date: document.date, sentences: sentences, text: text, offset: segment.offset))
        }
    }
}

extension DocumentInput.Piece {
    /// The text of a span of this piece.
    func quote(_ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = max(0, span.start - offset)
        let upper = min(scalars.count, span.end - offset)
        guard lower < upper else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
