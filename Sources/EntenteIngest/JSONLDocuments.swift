import EntenteCore
import Foundation

/// One document per line: `{"id", "date", "url", "source", "title", "text"}`, only `text`
/// required. A line that is not such an object, or whose fields have the wrong type, is
/// reported with its number; the rest of the file is still read.
public enum JSONLDocuments {
    /// A parsed line: its document, and the invalid UTF-8 replaced in it, if any.
    public struct Parsed: Sendable {
        /// The document.
        public var document: Document
        /// How many invalid UTF-8 sequences were replaced with U+FFFD.
        public var replacements: Int
        /// Byte offset, within the line, of the first invalid sequence.
        public var firstInvalidByte: Int?
    }

    /// Parses one line; `file` and `line` name it in errors.
    public static func parse(_ bytes: some Collection<UInt8>, file: String, line: Int) throws -> Parsed {
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
        /// A string field; absent and null are nil, any other type is an error.
        func string(_ key: String, numbersAllowed: Bool = false) throws -> String? {
            switch record[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            case let value as NSNumber where numbersAllowed && !isBoolean(value): return value.stringValue
            case let value?:
                throw EntenteError(.invalidJSON, "\"\(key)\" must be a string\(numbersAllowed ? " or a number" : ""), not \(typeName(value))", at: location)
            }
        }
        guard let text = try string("text") else {
            throw EntenteError(.invalidJSON, "record has no \"text\" string", at: location)
        }
        var date: Day?
        if let raw = try string("date"), !raw.isEmpty {
            guard let day = Day(iso: String(raw.prefix(10))) else {
                throw EntenteError(.invalidDate, "\"date\" is not YYYY-MM-DD: \(raw)", at: location)
            }
            date = day
        }
        let document = Document(
            id: try string("id", numbersAllowed: true), date: date, url: try string("url"),
            source: try string("source"), title: try string("title"), text: text
        )
        return Parsed(document: document, replacements: decoded.replacements, firstInvalidByte: decoded.firstInvalidByte)
    }

    /// JSON's name for the type of a decoded value, for messages.
    static func typeName(_ value: Any) -> String {
        switch value {
        case let number as NSNumber: return isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "\(type(of: value))"
        }
    }

    /// Whether JSONSerialization decoded `true` or `false` into this number.
    static func isBoolean(_ number: NSNumber) -> Bool {
        type(of: number) == type(of: NSNumber(value: true))
    }
}

/// Reads a file or stream line by line in bounded memory: a line longer than the limit is
/// skipped as it streams past, never held, and reported by number and length.
public struct LineReader {
    /// One line of input.
    public enum Line: Sendable {
        /// A line (without its line break) and its 1-based number.
        case text(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the limit, skipped; `length` is its size in bytes.
        case tooLong(number: Int, length: Int)
    }

    /// The default longest line: 16 MiB.
    public static let defaultMaximumLength = 16 << 20

    private let handle: FileHandle
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// How far from `start` the buffer is known to hold no line break.
    private var searched = 0
    private var finished = false
    private var lineNumber = 0

    /// Reads from `handle`, after `prefix` (bytes already read from it, such as those a
    /// caller looked at to tell the format); lines over `maximumLength` bytes are skipped
    /// and reported.
    public init(handle: FileHandle, maximumLength: Int = LineReader.defaultMaximumLength, prefix: [UInt8] = []) {
        self.handle = handle
        self.maximumLength = max(maximumLength, 1)
        self.buffer = prefix
    }

    /// The next line, or nil at the end.
    public mutating func next() throws -> Line? {
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                searched = 0
                lineNumber += 1
                return line.count > maximumLength ? .tooLong(number: lineNumber, length: line.count) : .text(number: lineNumber, bytes: line)
            }
            searched = buffer.count - start
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                searched = 0
                lineNumber += 1
                return line.count > maximumLength ? .tooLong(number: lineNumber, length: line.count) : .text(number: lineNumber, bytes: line)
            }
            // One byte of slack: the line may end in the "\r" of a "\r\n" still to come.
            if buffer.count - start > maximumLength + 1 { return try skipRestOfLine() }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        let data = try handle.read(upToCount: 1 << 20) ?? Data()
        if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
    }

    /// Drops the current line, reading on to its end; the buffer never grows past a chunk.
    private mutating func skipRestOfLine() throws -> Line {
        var length = buffer.count - start
        var endedInReturn = buffer.last == 0x0D
        buffer.removeAll(keepingCapacity: true)
        start = 0
        searched = 0
        lineNumber += 1
        while true {
            try fill()
            if let newline = buffer.firstIndex(of: 0x0A) {
                length += newline
                // A "\r\n" line's length does not count the "\r", as for lines read whole.
                if newline > 0 ? buffer[newline - 1] == 0x0D : endedInReturn { length -= 1 }
                buffer.removeFirst(newline + 1)
                return .tooLong(number: lineNumber, length: length)
            }
            length += buffer.count
            endedInReturn = buffer.last == 0x0D
            buffer.removeAll(keepingCapacity: true)
            if finished { return .tooLong(number: lineNumber, length: length) }
        }
    }
}
