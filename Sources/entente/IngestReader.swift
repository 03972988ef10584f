import EntenteCore
import EntenteIngest
import Foundation

/// Reads whole documents for `entente ingest`: a text file is one document, a JSONL line
/// one document; folders are walked in name order. Bad input is reported and counted.
struct IngestReader {
    let kind: IngestCommand.Kind
    let maxRecordSize: Int
    let defaultDate: Day?
    private(set) var failures = 0

    init(kind: IngestCommand.Kind, maxRecordSize: Int, defaultDate: Day?) {
        self.kind = kind
        self.maxRecordSize = maxRecordSize
        self.defaultDate = defaultDate
    }

    typealias Handler = (_ externalID: String, _ document: Document) async throws -> Void

    /// Reads `path` (a file, a folder or `-`), handing on each document.
    mutating func read(_ path: String, _ handle: Handler) async throws {
        if path == "-" {
            try await read(handle: FileHandle.standardInput, name: "<stdin>", isJSONL: nil, handle)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report("error: \(path): no such file or folder")
            return
        }
        if isDirectory.boolValue {
            let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    try await readFile(child, handle)
                }
            }
        } else {
            try await readFile(path, handle)
        }
    }

    private mutating func readFile(_ path: String, _ handle: Handler) async throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            report("error: \(path): cannot open file")
            return
        }
        defer { try? file.close() }
        let lower = path.lowercased()
        try await read(handle: file, name: path, isJSONL: lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson"), handle)
    }

    /// Reads one stream; `isJSONL` is the extension's verdict, nil for standard input.
    private mutating func read(handle file: FileHandle, name: String, isJSONL: Bool?, _ handle: Handler) async throws {
        switch kind {
        case .jsonl: try await readJSONL(file, name: name, prefix: [], handle)
        case .text: try await readText(file, name: name, prefix: [], handle)
        case .auto:
            if let isJSONL {
                if isJSONL { try await readJSONL(file, name: name, prefix: [], handle) } else { try await readText(file, name: name, prefix: [], handle) }
            } else {
                // Standard input: JSONL when the first non-blank byte opens an object.
                let head = try file.read(upToCount: 4096) ?? Data()
                let first = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                if first == UInt8(ascii: "{") {
                    try await readJSONL(file, name: name, prefix: [UInt8](head), handle)
                } else {
                    try await readText(file, name: name, prefix: [UInt8](head), handle)
                }
            }
        }
    }

    private mutating func readText(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        var bytes = prefix
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > maxRecordSize {
                report("error: \(name): over the --max-record-size limit of \(maxRecordSize) bytes; skipped")
                return
            }
        }
        if bytes.isEmpty {
            printError("warning: \(name): empty input")
            return
        }
        if DecodedText.looksBinary(bytes) {
            report("error: \(name): looks like a binary file, not text; skipped")
            return
        }
        let decoded = DecodedText(bytes)
        if decoded.replacements > 0 {
            printError("warning: \(name): invalid UTF-8 at byte \(decoded.firstInvalidByte ?? 0) (\(decoded.replacements) sequence(s) replaced with U+FFFD)")
        }
        try await handle(name, Document(date: defaultDate, text: decoded.text))
    }

    private mutating func readJSONL(_ file: FileHandle, name: String, prefix: [UInt8], _ handle: Handler) async throws {
        var reader = LineReader(handle: file, maximumLength: maxRecordSize, prefix: prefix)
        while let line = try reader.next() {
            switch JSONLRecord.read(line, name: name, maxRecordSize: maxRecordSize, defaultDate: defaultDate) {
            case .blank: continue
            case .failed(let message): report(message)
            case .document(let id, let document): try await handle(id, document)
            }
        }
    }

    private mutating func report(_ message: String) {
        printError(message)
        failures += 1
    }
}
