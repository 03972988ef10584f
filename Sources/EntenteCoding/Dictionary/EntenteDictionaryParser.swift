import EntenteCore

/// Reads the Entente dictionary format (see the "Dictionary format" article): blocks that
/// start with `entry NAME`, followed by `kind`, `code`, `name`, `adjective`, `capital` and
/// `note` lines.
public enum EntenteDictionaryParser {
    /// Parses one file's contents; `file` names it in errors; `defaultKind` applies to
    /// entries without a `kind` line (`.agent` for `.agents` files).
    public static func parse(_ contents: String, file: String, defaultKind: DictionaryEntry.Kind = .country) throws -> [DictionaryEntry] {
        var entries: [DictionaryEntry] = []
        var current: DictionaryEntry?
        var lineNumber = 0

        func finish() throws {
            guard let entry = current else { return }
            if entry.codes.isEmpty {
                throw EntenteError(.dictionaryInvalid, "entry '\(entry.name)' has no code", at: entry.origin)
            }
            if entry.phrases.isEmpty {
                throw EntenteError(.dictionaryInvalid, "entry '\(entry.name)' has no name, adjective or capital", at: entry.origin)
            }
            entries.append(entry)
            current = nil
        }

        for rawLine in DictionaryLines.of(contents) {
            lineNumber += 1
            let location = EntenteError.Location(file: file, line: lineNumber)
            let line = stripCommentAndSpace(rawLine)
            if line.isEmpty { continue }
            let keywordEnd = line.utf8.firstIndex { $0 == 0x20 || $0 == 0x09 } ?? line.endIndex
            let keyword = String(line[..<keywordEnd])
            let value = trimmed(line[keywordEnd...])
            if keyword == "entry" {
                try finish()
                guard !value.isEmpty else { throw EntenteError(.dictionarySyntax, "'entry' needs a name", at: location) }
                current = DictionaryEntry(name: value, kind: defaultKind, origin: location)
                continue
            }
            guard current != nil else {
                throw EntenteError(.dictionarySyntax, "'\(keyword)' line before the first 'entry'", at: location)
            }
            guard !value.isEmpty else { throw EntenteError(.dictionarySyntax, "'\(keyword)' needs a value", at: location) }
            switch keyword {
            case "kind":
                guard let kind = DictionaryEntry.Kind(rawValue: value) else {
                    throw EntenteError(.dictionarySyntax, "unknown kind '\(value)' (expected one of \(DictionaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")))", at: location)
                }
                current!.kind = kind
            case "code":
                current!.codes.append(try parseCode(value, at: location))
            case "name", "adjective", "capital":
                let role: ActorMention.Source = keyword == "name" ? .name : keyword == "adjective" ? .adjective : .capital
                for phrase in value.split(separator: ";") {
                    let text = trimmed(phrase)
                    guard !text.isEmpty else { throw EntenteError(.dictionarySyntax, "empty phrase in '\(keyword)' line", at: location) }
                    current!.phrases.append(.init(text: text, role: role))
                }
            case "note":
                current!.notes.append(value)
            default:
                throw EntenteError(.dictionarySyntax, "unknown keyword '\(keyword)'", at: location)
            }
        }
        try finish()
        return entries
    }

    /// The line without a `#` comment (at its start or after a space) and surrounding blanks.
    static func stripCommentAndSpace(_ line: Substring) -> Substring {
        let bytes = line.utf8
        var end = bytes.endIndex
        var previous: UInt8 = 0x20
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x23, previous == 0x20 || previous == 0x09 {
                end = index
                break
            }
            previous = byte
            index = bytes.index(after: index)
        }
        return Substring(trimmed(line[..<end]))
    }

    /// The text without leading and trailing spaces, tabs and carriage returns.
    static func trimmed(_ text: Substring) -> String {
        let bytes = text.utf8
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isBlank($0) })!
        return String(text[first...last])
    }

    /// `CODE` or `CODE FROM..TO` with ISO days, either end optional.
    static func parseCode(_ value: String, at location: EntenteError.Location) throws -> DictionaryEntry.DatedCode {
        let parts = value.split(separator: " ", maxSplits: 1).map { trimmed($0) }
        let code = parts[0]
        guard ActorCode.isWellFormed(code) else {
            throw EntenteError(.dictionarySyntax, "malformed code '\(code)' (expected capital letters, e.g. NERGOV)", at: location)
        }
        guard parts.count == 2 else { return .init(code: code) }
        let range = Substring(parts[1])
        guard let dot = range.firstIndex(of: "."), range[range.index(after: dot)...].first == "." else {
            throw EntenteError(.dictionarySyntax, "malformed date range '\(parts[1])' (expected FROM..TO)", at: location)
        }
        let afterDots = range.index(dot, offsetBy: 2)
        func day(_ text: Substring) throws -> Day? {
            let clean = trimmed(text)
            if clean.isEmpty { return nil }
            guard let day = Day(iso: clean) else {
                throw EntenteError(.dictionarySyntax, "malformed date '\(clean)' (expected YYYY-MM-DD)", at: location)
            }
            return day
        }
        let from = try day(range[..<dot])
        let to = try day(range[afterDots...])
        if let from, let to, to < from {
            throw EntenteError(.dictionaryInvalid, "date range ends before it starts", at: location)
        }
        return .init(code: code, from: from, to: to)
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
