import EntenteCore

/// Checks a loaded dictionary for what loads but is almost surely a mistake: a phrase given
/// two different codes in one file (the later silently wins), a pattern whose brackets do
/// not balance (the stray bracket is read as a word), and a file that defines nothing.
/// Each warning names the file and line.
enum DictionaryWarnings {
    /// Phrases of one file that two entries give different codes.
    static func conflictingPhrases(_ entries: [DictionaryEntry]) -> [String] {
        struct Key: Hashable {
            var isAgent: Bool
            var phrase: String
        }
        // Entries come file by file, so one table per file is enough.
        var seen: [Key: Int] = [:]
        var file = ""
        var warnings: [String] = []
        for (index, entry) in entries.enumerated() {
            if entry.origin.file != file {
                file = entry.origin.file
                seen.removeAll(keepingCapacity: true)
            }
            for phrase in entry.phrases {
                let key = Key(isAgent: entry.kind == .agent, phrase: phrase.text.lowercased())
                if let earlier = seen.updateValue(index, forKey: key).map({ entries[$0] }),
                   earlier.codes.map(\.code) != entry.codes.map(\.code), codes(earlier) != codes(entry) {
                    warnings.append("\(entry.origin): '\(phrase.text)' is coded \(codes(entry)) here and \(codes(earlier)) at line \(earlier.origin.line ?? 0); the later entry is used")
                }
            }
        }
        return warnings
    }

    /// Patterns with unbalanced `()`, `[]` or `{}`.
    static func unbalancedBrackets(_ patterns: [EventPattern]) -> [String] {
        patterns.compactMap { pattern in
            bracketProblem(in: pattern.text).map { "\(pattern.origin): \($0) in pattern '\(pattern.text)'" }
        }
    }

    /// Patterns of one trigger with the same text and different codes.
    static func conflictingPatterns(_ patterns: [EventPattern], triggers: [EventTrigger]) -> [String] {
        var warnings: [String] = []
        var reported = Set<Int>()
        for trigger in triggers {
            var byText: [String: Int] = [:]
            for index in trigger.patterns {
                let pattern = patterns[index]
                let key = "\(pattern.origin.file)\u{0}\(pattern.text)"
                if let earlier = byText[key], patterns[earlier].code != pattern.code, reported.insert(index).inserted {
                    warnings.append("\(pattern.origin): pattern '\(pattern.text)' of '\(trigger.lemma)' is coded \(pattern.code ?? "none") here and \(patterns[earlier].code ?? "none") at line \(patterns[earlier].origin.line ?? 0)")
                }
                byText[key] = index
            }
        }
        return warnings
    }

    /// What is wrong with the brackets of `text`, if anything.
    static func bracketProblem(in text: String) -> String? {
        var open: [Character] = []
        let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
        for character in text {
            if "([{".contains(character) {
                open.append(character)
            } else if let opener = pairs[character] {
                guard open.last == opener else { return "unbalanced '\(character)'" }
                open.removeLast()
            }
        }
        return open.last.map { "unbalanced '\($0)'" }
    }

    static func codes(_ entry: DictionaryEntry) -> String {
        Array(Set(entry.codes.map(\.code))).sorted().joined(separator: "/")
    }
}
