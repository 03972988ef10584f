import EntenteCore

/// Reads PETRARCH-2 verb dictionaries (CAMEO.2.0 format, as in the validation suite's
/// `PETR_Validate_verbs_2_02.txt`) into Entente's patterns, so the suite runs on its own
/// dictionaries.
///
/// `&SET` lines followed by `+WORD` lines define synonym sets; `--- NAME [code] ---` starts a
/// block; verb lines (`BREAK {BROKE BROKEN}`) list the block's verbs and their forms; pattern
/// lines (`- * {DIPLOMATIC TIES} [080]`) give codes. In patterns, `*` is the verb, `+` the
/// target, `$` the source, `(…)` a prepositional phrase and `{…}` a noun phrase (both read as
/// their words in order); `^` skips one noun phrase (``EventPattern/Element/phrase``) and `%`
/// (compound actor) is left to Entente's reciprocal handling. `[a:b]` codes source→target `a` and target→source
/// `b`; `[---]` and other non-codes code nothing. Codes outside CAMEO are kept as written.
public enum PetrarchVerbParser {
    /// Parses one file, appending its patterns and triggers.
    public static func parse(_ contents: String, file: String, into patterns: inout [EventPattern], triggers: inout [EventTrigger]) throws {
        var sets: [String: Set<String>] = [:]
        var currentSet: String?
        var blockVerbs: [[String]] = []
        var blockPatterns: [Int] = []
        var inBlock = false
        var lineNumber = 0

        func finishBlock() {
            for words in blockVerbs where !words.isEmpty {
                triggers.append(EventTrigger(kind: .verb, lemma: words[0], particles: Array(words.dropFirst()), patterns: blockPatterns))
            }
            blockVerbs = []
            blockPatterns = []
        }

        for raw in DictionaryLines.of(contents) {
            lineNumber += 1
            let location = EntenteError.Location(file: file, line: lineNumber)
            var line = Substring(raw)
            if let hash = commentStart(line) { line = line[..<hash] }
            let text = line.trimmingCharacters(in: " \t\r")
            if text.isEmpty { currentSet = nil; continue }
            if text.hasPrefix("&") {
                currentSet = String(text.split(separator: " ")[0]).trimmingCharacters(in: "_").uppercased()
                sets[currentSet!] = sets[currentSet!] ?? []
                continue
            }
            if text.hasPrefix("+"), let name = currentSet {
                let words = phraseWords(String(text.dropFirst()))
                if let first = words.first, words.count == 1 { sets[name]!.insert(first) } else if let last = words.last { sets[name]!.insert(last) }
                continue
            }
            currentSet = nil
            if text.hasPrefix("---") {
                finishBlock()
                inBlock = true
                guard let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close else {
                    throw EntenteError(.dictionarySyntax, "block header without [code]", at: location)
                }
                let (code, reverse) = codes(String(text[text.index(after: open)..<close]))
                blockPatterns.append(patterns.count)
                patterns.append(EventPattern(code: code, reverseCode: reverse, before: [], after: [], text: "*", origin: location, order: patterns.count))
                continue
            }
            guard inBlock else { continue }
            if text.hasPrefix("-") {
                guard let open = text.lastIndex(of: "["), let close = text.lastIndex(of: "]"), open < close else {
                    throw EntenteError(.dictionarySyntax, "pattern without [code]", at: location)
                }
                let (code, reverse) = codes(String(text[text.index(after: open)..<close]))
                let body = String(text[text.index(after: text.startIndex)..<open])
                var pattern = try compile(body, sets: sets, at: location, order: patterns.count)
                pattern.code = code
                pattern.reverseCode = reverse
                blockPatterns.append(patterns.count)
                patterns.append(pattern)
                continue
            }
            // A verb line: the verb, then optional {FORMS} and [code] (the block's code is used).
            var verbPart = text
            if let bracket = verbPart.firstIndex(of: "[") { verbPart = String(verbPart[..<bracket]) }
            var forms: [String] = []
            if let open = text.firstIndex(of: "{") {
                guard let close = text[open...].firstIndex(of: "}") else { throw EntenteError(.dictionarySyntax, "'{' without '}'", at: location) }
                verbPart = String(verbPart.prefix(upTo: verbPart.firstIndex(of: "{") ?? verbPart.endIndex))
                forms = text[text.index(after: open)..<close].split(separator: " ").map { phraseWords(String($0)).first ?? "" }.filter { !$0.isEmpty }
            }
            let words = phraseWords(verbPart).filter { $0.contains(where: \.isLetter) }
            guard !words.isEmpty else { continue }
            blockVerbs.append(words)
            for form in forms where form != words[0] { blockVerbs.append([form] + words.dropFirst()) }
        }
        finishBlock()
    }

    /// The first `#` outside brackets: `[###]` is a (null) code, not a comment.
    static func commentStart(_ line: Substring) -> Substring.Index? {
        var depth = 0
        for index in line.indices {
            switch line[index] {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case "#" where depth == 0: return index
            default: break
            }
        }
        return nil
    }

    /// `123`, `042:043`; non-codes (`---`, `+++`) code nothing.
    static func codes(_ text: String) -> (String?, String?) {
        let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: " ") }
        func code(_ part: String?) -> String? {
            guard let part, !part.isEmpty, part.first!.isNumber else { return nil }
            return part
        }
        return (code(parts.first), code(parts.count > 1 ? parts[1] : nil))
    }

    /// `DIPLOMATIC_TIES` → `["diplomatic", "ties"]`.
    static func phraseWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" })
            .map { $0.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "." } }
            .filter { !$0.isEmpty }
    }

    static func compile(_ body: String, sets: [String: Set<String>], at location: EntenteError.Location, order: Int) throws -> EventPattern {
        var before: [EventPattern.Slot] = []
        var after: [EventPattern.Slot] = []
        var seenVerb = false
        var reciprocal = false
        for raw in body.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let item = raw.filter { $0 != "(" && $0 != ")" && $0 != "{" && $0 != "}" }
            guard !item.isEmpty else { continue }
            let element: EventPattern.Element?
            switch item {
            case "*": seenVerb = true; continue
            case "+": element = .target
            case "$": element = .source
            case "%": reciprocal = true; element = nil
            case "^": element = .phrase
            case "=", "|": element = nil
            default:
                if item.hasPrefix("&") {
                    let name = String(item).trimmingCharacters(in: "_").uppercased()
                    // The published dictionaries use a few sets they never define; PETRARCH
                    // then matches nothing special, so the set's own name is the best reading.
                    element = .words(WordSet(sets[name] ?? [String(name.dropFirst()).lowercased()]))
                } else {
                    let words = phraseWords(String(item))
                    element = words.isEmpty ? nil : .words(WordSet(words))
                }
            }
            guard let element else { continue }
            let slot = EventPattern.Slot(element: element, optional: false)
            if seenVerb { after.append(slot) } else { before.append(slot) }
        }
        var pattern = EventPattern(code: nil, reverseCode: nil, before: before, after: after, text: body.trimmingCharacters(in: " \t"), origin: location, order: order)
        pattern.reciprocal = reciprocal
        return pattern
    }
}
