import EntenteCore

/// The event dictionaries: trigger words with their patterns and CAMEO codes. Immutable once
/// built; load it once and share it.
public struct EventDictionary: Sendable {
    /// Every pattern, in load order.
    public let patterns: [EventPattern]
    /// Verb triggers by head lemma (looked up per token, so keyed by `WordKey`).
    public let verbs: WordTable<[EventTrigger]>
    /// Noun triggers by lemma.
    public let nouns: WordTable<[EventTrigger]>
    /// Adjective triggers by lemma.
    public let adjectives: WordTable<[EventTrigger]>
    /// Phrases whose sentence or document codes no event.
    public let discards: Discards
    /// Lines that load but look like mistakes, each with its file and line.
    public let warnings: [String]
    /// Regular inflections of the verb triggers ("shelled", "revokes", "staging") → lemma, for
    /// words the lemmatizer gets wrong.
    let inflections: WordTable<String>

    /// Builds a dictionary.
    public init(patterns: [EventPattern], triggers: [EventTrigger], discards: Discards = Discards(), warnings: [String] = []) {
        self.patterns = patterns
        self.discards = discards
        self.warnings = warnings
        var verbs: [String: [EventTrigger]] = [:]
        var nouns: [String: [EventTrigger]] = [:]
        var adjectives: [String: [EventTrigger]] = [:]
        for trigger in triggers {
            switch trigger.kind {
            case .verb: verbs[trigger.lemma, default: []].append(trigger)
            case .noun: nouns[trigger.lemma, default: []].append(trigger)
            case .adjective: adjectives[trigger.lemma, default: []].append(trigger)
            }
        }
        self.verbs = WordTable(words: verbs.map { ($0.key, $0.value) })
        self.nouns = WordTable(words: nouns.map { ($0.key, $0.value) })
        self.adjectives = WordTable(words: adjectives.map { ($0.key, $0.value) })
        var inflections: [String: String] = [:]
        for lemma in verbs.keys {
            for form in EventDictionary.regularForms(of: lemma) where verbs[form] == nil && inflections[form] == nil {
                inflections[form] = lemma
            }
        }
        self.inflections = WordTable(words: inflections.map { ($0.key, $0.value) })
    }

    /// "shell" → shells, shelled, shelling; "stage" → stages, staged, staging; "stop" → stopped.
    static func regularForms(of lemma: String) -> [String] {
        guard lemma.count >= 2, lemma.allSatisfy(\.isLetter) else { return [] }
        var forms = [lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"]
        if lemma.hasSuffix("e") {
            forms += [lemma + "d", String(lemma.dropLast()) + "ing"]
        }
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
            forms += [String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied"]
        }
        if let last = lemma.last, !"aeiouwxy".contains(last), let before = lemma.dropLast().last, "aeiou".contains(before) {
            forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
        }
        return forms
    }

    /// Parses a set of files in lexicographic order of their names: Entente `.verbs` files
    /// and PETRARCH verb dictionaries (`.txt` files whose names mention verbs or CAMEO).
    public static func load(_ files: [ActorDictionary.SourceFile]) throws -> EventDictionary {
        var patterns: [EventPattern] = []
        var triggers: [EventTrigger] = []
        var discards = Discards()
        var warnings: [String] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let before = patterns.count
            if isDiscards(file.name) {
                discards.parse(file.contents)
                continue
            } else if file.name.lowercased().hasSuffix(".verbs") {
                try EventDictionaryParser.parse(file.contents, file: file.name, into: &patterns, triggers: &triggers)
            } else if isPetrarchVerbs(file.name) {
                try PetrarchVerbParser.parse(file.contents, file: file.name, into: &patterns, triggers: &triggers)
            } else {
                continue
            }
            if patterns.count == before { warnings.append("\(file.name): no event patterns in this file") }
        }
        warnings += DictionaryWarnings.unbalancedBrackets(patterns)
        warnings += DictionaryWarnings.conflictingPatterns(patterns, triggers: triggers)
        return EventDictionary(patterns: patterns, triggers: triggers, discards: discards, warnings: warnings)
    }

    /// Entente `.discards` files and PETRARCH discard files (`*discards*.txt`).
    public static func isDiscards(_ name: String) -> Bool {
        let base = (name.split(separator: "/").last.map(String.init) ?? name).lowercased()
        return base.hasSuffix(".discards") || (base.hasSuffix(".txt") && base.contains("discard"))
    }

    /// PETRARCH verb dictionaries: `PETR_Validate_verbs_2_02.txt`, `CAMEO.2.0.txt`.
    public static func isPetrarchVerbs(_ name: String) -> Bool {
        let base = (name.split(separator: "/").last.map(String.init) ?? name).lowercased()
        return base.hasSuffix(".txt") && (base.contains("verb") || base.hasPrefix("cameo."))
    }

    /// The number of trigger words.
    public var triggerCount: Int { [verbs, nouns, adjectives].reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } } }
}

/// Reads Entente `.verbs` files (see the "Event dictionary format" article).
public enum EventDictionaryParser {
    /// Parses one file, appending its patterns and triggers.
    public static func parse(_ contents: String, file: String, into patterns: inout [EventPattern], triggers: inout [EventTrigger]) throws {
        var sets: [String: Set<String>] = [:]
        var block: (kind: EventTrigger.Kind, words: [[String]], patterns: [Int])?
        var lineNumber = 0

        func finish() {
            guard let current = block else { return }
            for words in current.words {
                triggers.append(EventTrigger(kind: current.kind, lemma: words[0], particles: Array(words.dropFirst()), patterns: current.patterns))
            }
            block = nil
        }

        for rawLine in DictionaryLines.of(contents) {
            lineNumber += 1
            let location = EntenteError.Location(file: file, line: lineNumber)
            let line = EntenteDictionaryParser.stripCommentAndSpace(rawLine)
            if line.isEmpty { continue }
            let keywordEnd = line.firstIndex { $0 == " " || $0 == "\t" } ?? line.endIndex
            let keyword = String(line[..<keywordEnd])
            let rest = EntenteDictionaryParser.trimmed(line[keywordEnd...])
            switch keyword {
            case "set":
                guard let equals = rest.firstIndex(of: "=") else {
                    throw EntenteError(.dictionarySyntax, "'set' needs '&name = word; word'", at: location)
                }
                let name = EntenteDictionaryParser.trimmed(rest[..<equals])
                guard name.hasPrefix("&"), name.count > 1 else {
                    throw EntenteError(.dictionarySyntax, "set names start with '&'", at: location)
                }
                let words = rest[rest.index(after: equals)...].split(separator: ";").map { EntenteDictionaryParser.trimmed($0).lowercased() }.filter { !$0.isEmpty }
                guard !words.isEmpty else { throw EntenteError(.dictionarySyntax, "empty set '\(name)'", at: location) }
                sets[name] = Set(words)
            case "verb", "noun", "adjective":
                finish()
                let words = rest.split(separator: ";").map { $0.split(separator: " ").map { $0.lowercased() } }.filter { !$0.isEmpty }
                guard !words.isEmpty else { throw EntenteError(.dictionarySyntax, "'\(keyword)' needs at least one word", at: location) }
                block = (keyword == "verb" ? .verb : keyword == "noun" ? .noun : .adjective, words, [])
            default:
                guard block != nil else {
                    throw EntenteError(.dictionarySyntax, "pattern line before the first 'verb' or 'noun' block", at: location)
                }
                var code: String?
                var reverse: String?
                if keyword != "none" {
                    let parts = keyword.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                    guard parts.count <= 2 else { throw EntenteError(.dictionarySyntax, "a code is CODE or CODE:CODE", at: location) }
                    for part in parts where !CAMEO.isValid(part) {
                        throw EntenteError(.dictionaryInvalid, "unknown CAMEO code '\(part)'", at: location)
                    }
                    code = parts[0]
                    reverse = parts.count == 2 ? parts[1] : nil
                }
                var pattern = try compile(rest, code: code, sets: sets, at: location, order: patterns.count)
                pattern.reverseCode = reverse
                block!.patterns.append(patterns.count)
                patterns.append(pattern)
            }
        }
        finish()
    }

    /// Compiles the elements of a pattern line.
    static func compile(_ text: String, code: String?, sets: [String: Set<String>], at location: EntenteError.Location, order: Int) throws -> EventPattern {
        var before: [EventPattern.Slot] = []
        var after: [EventPattern.Slot] = []
        var seenTrigger = false
        var reciprocal = false
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var item = String(raw)
            if item == "*" {
                guard !seenTrigger else { throw EntenteError(.dictionarySyntax, "more than one '*' in pattern", at: location) }
                seenTrigger = true
                continue
            }
            if item == "%" {
                reciprocal = true
                continue
            }
            var optional = false
            if item.hasSuffix("?") {
                optional = true
                item.removeLast()
            }
            let element: EventPattern.Element
            switch item {
            case "TARGET": element = .target
            case "SOURCE": element = .source
            // Any one noun phrase, skipped, as PETRARCH's `^`: "gave Saddam Hussein and *his
            // sons* 48 hours to leave".
            case "^": element = .phrase
            default:
                // Alternatives: words and sets, "troops|&police".
                var words = Set<String>()
                for alternative in item.split(separator: "|", omittingEmptySubsequences: false) {
                    guard !alternative.isEmpty else { throw EntenteError(.dictionarySyntax, "empty word in pattern element '\(raw)'", at: location) }
                    if alternative.hasPrefix("&") {
                        guard let set = sets[String(alternative)] else { throw EntenteError(.dictionarySyntax, "unknown set '\(alternative)'", at: location) }
                        words.formUnion(set)
                    } else {
                        words.insert(alternative.lowercased())
                    }
                }
                element = .words(WordSet(words))
            }
            let slot = EventPattern.Slot(element: element, optional: optional)
            if seenTrigger { after.append(slot) } else { before.append(slot) }
        }
        guard seenTrigger else { throw EntenteError(.dictionarySyntax, "pattern has no '*' for the trigger", at: location) }
        var pattern = EventPattern(code: code, reverseCode: nil, before: before, after: after, text: text, origin: location, order: order)
        pattern.reciprocal = reciprocal
        return pattern
    }
}
