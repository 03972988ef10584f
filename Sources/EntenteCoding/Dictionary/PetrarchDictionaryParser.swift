import EntenteCore

/// Reads TABARI/PETRARCH actor and agent dictionaries (the Phoenix files and the validation
/// suite's), so Entente can code with them directly or convert them.
///
/// Actor files hold `NAME_WORDS [CODE]` lines, `+SYNONYM` lines, and indented
/// `[CODE yymmdd-yymmdd]`, `[CODE >yymmdd]`, `[CODE <yymmdd]` lines; agent files hold
/// `NAME {PLURALS} [~CODE]` lines and `!SET! = A, B` substitution sets. `#` starts a comment,
/// and `<!-- … -->` encloses one. Codes keep PETRARCH's own shapes: `FRO/BIL/SAM` and `+++`
/// as written, and a prefix agent `[NGO~]`, composed before its country ("MSF Arnor" →
/// `NGOARN`).
public enum PetrarchDictionaryParser {
    /// The entries of a file, and warnings for lines that were understood but skipped
    /// (a code-less entry, an impossible date).
    public struct Result: Sendable {
        /// The entries read.
        public var entries: [DictionaryEntry]
        /// `file:line: message` for each skipped line.
        public var warnings: [String]
    }

    /// Parses an actor file. With `lenient`, a line with a syntax error is skipped with a
    /// warning instead of stopping the load (the published Phoenix files have a few).
    public static func parseActors(_ contents: String, file: String, lenient: Bool = false) throws -> Result {
        var entries: [DictionaryEntry] = []
        var warnings: [String] = []
        var current: DictionaryEntry?
        var skipped: [String] = []

        func finish() {
            guard let entry = current else { return }
            current = nil
            if entry.codes.isEmpty {
                skipped.append("\(entry.origin): entry '\(entry.name)' has no code; skipped")
                return
            }
            var classified = entry
            classified.kind = classify(entry.codes)
            entries.append(classified)
        }

        try forEachLine(contents, file: file, lenient: lenient, warnings: &warnings) { line, location, warnings in
            if line.hasPrefix("+") {
                guard current != nil else { throw EntenteError(.dictionarySyntax, "synonym before any entry", at: location) }
                let (name, codes) = try splitNameAndCodes(String(line.dropFirst()), at: location, warnings: &warnings)
                if !name.isEmpty { current!.phrases.append(.init(text: name, role: .name)) }
                current!.codes.append(contentsOf: codes)
            } else if line.hasPrefix("[") {
                guard current != nil else { throw EntenteError(.dictionarySyntax, "code line before any entry", at: location) }
                let (_, codes) = try splitNameAndCodes(line, at: location, warnings: &warnings)
                current!.codes.append(contentsOf: codes)
            } else {
                finish()
                let (name, codes) = try splitNameAndCodes(line, at: location, warnings: &warnings)
                guard !name.isEmpty else { throw EntenteError(.dictionarySyntax, "entry without a name", at: location) }
                current = DictionaryEntry(name: name, kind: .country, codes: codes, phrases: [.init(text: name, role: .name)], origin: location)
            }
        }
        finish()
        return Result(entries: entries, warnings: warnings + skipped)
    }

    /// Parses an agent file: each line one agent, `~CODE` meaning a sector code. `lenient`
    /// works as for ``parseActors(_:file:lenient:)``.
    public static func parseAgents(_ contents: String, file: String, lenient: Bool = false) throws -> Result {
        var entries: [DictionaryEntry] = []
        var warnings: [String] = []
        var sets: [String: [String]] = [:]
        try forEachLine(contents, file: file, lenient: lenient, warnings: &warnings) { line, location, warnings in
            if line.hasPrefix("!"), let equals = line.firstIndex(of: "=") {
                let name = line[..<equals].trimmingCharacters(in: " \t")
                sets[name] = line[line.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: " \t") }
                return
            }
            var body = line
            var plurals: [String]?
            if let open = body.firstIndex(of: "{") {
                guard let close = body[open...].firstIndex(of: "}") else {
                    throw EntenteError(.dictionarySyntax, "'{' without '}'", at: location)
                }
                plurals = body[body.index(after: open)..<close].split(separator: ",").map { words(String($0)) }.filter { !$0.isEmpty }
                body = String(body[..<open]) + " " + String(body[body.index(after: close)...])
            }
            let (name, codes) = try splitNameAndCodes(body, at: location, warnings: &warnings)
            guard !name.isEmpty, !codes.isEmpty else {
                warnings.append("\(location): agent line without a name or code; skipped")
                return
            }
            var phrases: [String] = []
            for expanded in expand(name, sets: sets) {
                phrases.append(expanded)
                if let plurals {
                    phrases.append(contentsOf: plurals)
                } else {
                    phrases.append(pluralize(expanded))
                }
            }
            var seen = Set<String>()
            let unique = phrases.filter { seen.insert($0.lowercased()).inserted }
            entries.append(DictionaryEntry(name: name, kind: .agent, codes: codes, phrases: unique.map { .init(text: $0, role: .agent) }, origin: location))
        }
        return Result(entries: entries, warnings: warnings)
    }

    /// Calls `body` with each meaningful line (comments and `<!-- -->` blocks removed).
    static func forEachLine(_ contents: String, file: String, lenient: Bool, warnings: inout [String], _ body: (String, EntenteError.Location, inout [String]) throws -> Void) throws {
        var lineNumber = 0
        var inComment = false
        for raw in DictionaryLines.of(contents) {
            lineNumber += 1
            var line = Substring(raw)
            if inComment {
                guard let close = line.range(of: "-->") else { continue }
                line = line[close.upperBound...]
                inComment = false
            }
            if let open = line.range(of: "<!--") {
                if let close = line[open.upperBound...].range(of: "-->") {
                    line = line[..<open.lowerBound] + line[close.upperBound...]
                } else {
                    line = line[..<open.lowerBound]
                    inComment = true
                }
            }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty { continue }
            do {
                try body(trimmed, EntenteError.Location(file: file, line: lineNumber), &warnings)
            } catch let error as EntenteError where lenient {
                warnings.append("\(error); line skipped")
            }
        }
    }

    /// Splits `NAME_WORDS [CODE …] [CODE …]` into a phrase and its codes.
    static func splitNameAndCodes(_ line: String, at location: EntenteError.Location, warnings: inout [String]) throws -> (String, [DictionaryEntry.DatedCode]) {
        var codes: [DictionaryEntry.DatedCode] = []
        var rest = Substring(line)
        var name = ""
        if let open = rest.firstIndex(of: "[") {
            name = words(String(rest[..<open]))
            rest = rest[open...]
            while let open = rest.firstIndex(of: "[") {
                guard let close = rest[open...].firstIndex(of: "]") else {
                    throw EntenteError(.dictionarySyntax, "'[' without ']'", at: location)
                }
                let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: " \t")
                if let code = parseCode(inside, at: location, warnings: &warnings) { codes.append(code) }
                rest = rest[rest.index(after: close)...]
            }
        } else {
            if line.contains("]") { throw EntenteError(.dictionarySyntax, "']' without '['", at: location) }
            name = words(line)
        }
        return (name, codes)
    }

    /// `CODE`, `~CODE`, `CODE yymmdd-yymmdd`, `CODE >yymmdd`, `CODE <yymmdd`; nil (with a
    /// warning) for the null code `---` and impossible dates.
    static func parseCode(_ text: String, at location: EntenteError.Location, warnings: inout [String]) -> DictionaryEntry.DatedCode? {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard var code = parts.first.map(String.init) else {
            warnings.append("\(location): empty code; skipped")
            return nil
        }
        if code.hasPrefix("~") { code.removeFirst() }
        code = code.uppercased()
        if code.allSatisfy({ $0 == "-" }) { return nil }
        // PETRARCH's own shapes: "FRO/BIL/SAM" (several at once), "+++", and "NGO~", an agent
        // written before the country.
        let prefixAgent = code.hasSuffix("~")
        if prefixAgent { code.removeLast() }
        guard ActorCode.isWellFormed(code.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "+", with: "-")) else {
            warnings.append("\(location): malformed code '\(code)'; skipped")
            return nil
        }
        if prefixAgent { code += "~" }
        guard parts.count == 2 else { return .init(code: code) }
        let range = String(parts[1].filter { $0 != " " })
        func day(_ digits: Substring) -> Day? {
            let value = String(digits)
            if value.count == 6, let n = Int(value) {
                let yy = n / 10000
                return Day(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: n / 100 % 100, day: n % 100)
            }
            if value.count == 8, let n = Int(value) { return Day(year: n / 10000, month: n / 100 % 100, day: n % 100) }
            return nil
        }
        var from: Day?
        var to: Day?
        if range.hasPrefix(">") {
            from = day(range.dropFirst())
            if from == nil { warnings.append("\(location): malformed date '\(range)'; code skipped"); return nil }
        } else if range.hasPrefix("<") {
            to = day(range.dropFirst())
            if to == nil { warnings.append("\(location): malformed date '\(range)'; code skipped"); return nil }
        } else if let dash = range.firstIndex(of: "-") {
            from = day(range[..<dash])
            to = day(range[range.index(after: dash)...])
            if from == nil || to == nil { warnings.append("\(location): malformed date range '\(range)'; code skipped"); return nil }
        } else {
            warnings.append("\(location): malformed date restriction '\(range)'; code skipped")
            return nil
        }
        if let from, let to, to < from {
            warnings.append("\(location): date range '\(range)' ends before it starts; code skipped")
            return nil
        }
        return .init(code: code, from: from, to: to)
    }

    /// `NIGER_` → `Niger`; `U.S._` → `U.S.`; `US_` → `US`: words joined by `_` or spaces,
    /// title-cased so the case rules of Entente's matcher apply to them as to hand-written
    /// names, except dotted abbreviations and one-word names of two or three letters, which
    /// are acronyms and must stay in capitals ("US" never matches the pronoun "us"). A leading
    /// "The" is dropped, as Entente's matcher never needs it.
    static func words(_ raw: String) -> String {
        let pieces = raw.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" })
        var parts = pieces
            .map { word -> String in
                guard let first = word.first else { return "" }
                let letters = word.filter(\.isLetter).count
                if word.contains("."), letters >= 2 { return word.uppercased() }
                if pieces.count == 1, (2...3).contains(word.count), letters == word.count { return word.uppercased() }
                return String(first).uppercased() + word.dropFirst().lowercased()
            }
            .filter { !$0.isEmpty }
        if parts.count > 1, parts[0] == "The" { parts.removeFirst() }
        return parts.joined(separator: " ")
    }

    /// Expands `!SET!` markers into every alternative.
    static func expand(_ name: String, sets: [String: [String]]) -> [String] {
        let lower = name.lowercased()
        for (set, alternatives) in sets where lower.contains(set.lowercased()) {
            guard let range = lower.range(of: set.lowercased()) else { continue }
            let before = String(name[..<range.lowerBound])
            let after = String(name[range.upperBound...])
            return alternatives.flatMap { expand((before + words($0) + after).trimmingCharacters(in: " "), sets: sets) }
        }
        return [name]
    }

    /// A regular English plural of the last word, as PETRARCH forms agent plurals.
    static func pluralize(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if lower.hasSuffix("man") { return String(phrase.dropLast(3)) + "men" }
        if lower.hasSuffix("y"), let beforeLast = lower.dropLast().last, !"aeiou".contains(beforeLast) { return String(phrase.dropLast()) + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return phrase + "es" }
        return phrase + "s"
    }

    /// Guesses an entry's kind from its codes.
    static func classify(_ codes: [DictionaryEntry.DatedCode]) -> DictionaryEntry.Kind {
        if codes.allSatisfy({ $0.code.count == 3 }) { return .country }
        if codes.contains(where: { $0.code.hasPrefix("IGO") || $0.code.hasPrefix("NGO") }) { return .organization }
        if codes.contains(where: \.isDated) { return .person }
        return .group
    }
}
