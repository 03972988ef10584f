import EntenteCore
import Foundation

/// One document per line: `{"id", "date", "url", "source", "title", "text"}`, only `text`
/// required. A line that is not such an object is reported with its number; the rest of the
/// file is still read.
public enum JSONLDocuments {
    /// Parses one line; `file` and `line` name it in errors.
    public static func parse(_ bytes: some Collection<UInt8>, file: String, line: Int) throws -> Document {
        let location = EntenteError.Location(file: file, line: line)
        let decoded = DecodedText(bytes)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.text.utf8))
        } catch {
            throw EntenteError(.invalidJSON, "not valid JSON", at: location, cause: error)
        }
        guard let record = object as? [String: Any] else {
            throw EntenteError(.invalidJSON, "expected a JSON object with a \"text\" field", at: location)
        }
        guard let text = record["text"] as? String else {
            throw EntenteError(.invalidJSON, "record has no \"text\" string", at: location)
        }
        var date: Day?
        if let raw = record["date"] as? String, !raw.isEmpty {
            guard let day = Day(iso: String(raw.prefix(10))) else {
                throw EntenteError(.invalidDate, "\"date\" is not YYYY-MM-DD: \(raw)", at: location)
            }
            date = day
        }
        func string(_ key: String) -> String? {
            if let value = record[key] as? String { return value }
            if let value = record[key] as? NSNumber { return value.stringValue }
            return nil
        }
        return Document(id: string("id"), date: date, url: string("url"), source: string("source"), title: string("title"), text: text)
    }
}

/// Reads a file or stream line by line in bounded memory.
public struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var lineNumber = 0

    /// Reads from `handle`.
    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line (without its newline) and its 1-based number, or nil at the end.
    public mutating func next() throws -> (number: Int, bytes: ArraySlice<UInt8>)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                lineNumber += 1
                return (lineNumber, line)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return (lineNumber, line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = try handle.read(upToCount: 1 << 20) ?? Data()
            if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
        }
    }
}
