import EntenteCore

/// The actor and agent dictionaries Entente codes with: entries plus phrase indexes for
/// named actors and for sector agents. Immutable once built; load it once and share it.
public struct ActorDictionary: Sendable {
    /// Every entry, in load order.
    public let entries: [DictionaryEntry]
    /// Named actors: countries, organisations, groups, people, seats.
    public let actors: PhraseIndex
    /// Sector nouns: government, troops, rebels …
    public let agents: PhraseIndex
    /// Lines that were understood but skipped while loading.
    public let warnings: [String]

    /// Builds indexes over `entries`; later entries win phrases shared with earlier ones.
    public init(entries: [DictionaryEntry], warnings: [String] = []) {
        var actors = PhraseIndex()
        var agents = PhraseIndex()
        for (index, entry) in entries.enumerated() {
            for phrase in entry.phrases {
                if entry.kind == .agent {
                    agents.insert(phrase.text, target: index, role: .agent)
                } else {
                    actors.insert(phrase.text, target: index, role: phrase.role == .agent ? .name : phrase.role)
                }
            }
        }
        self.entries = entries
        self.actors = actors
        self.agents = agents
        self.warnings = warnings
    }

    /// A dictionary file's name and contents, as the loader reads them from disk.
    public struct SourceFile: Sendable {
        /// The file's name or path, used in messages and provenance.
        public var name: String
        /// The file's text.
        public var contents: String

        /// Creates a source file.
        public init(name: String, contents: String) {
            self.name = name
            self.contents = contents
        }
    }

    /// How a file's format is recognised.
    public enum Format: Sendable {
        case entente(DictionaryEntry.Kind)
        case petrarchActors
        case petrarchAgents
        case petrarchOther
    }

    /// Which format a file is in, judged by its name and then its content: `.actors` and
    /// `.agents` are Entente files; PETRARCH files are `.txt` whose names mention actors or
    /// agents (verbs, discards and issues are for the event coder and are skipped here).
    public static func format(of file: SourceFile) -> Format? {
        let lower = file.name.lowercased()
        if lower.hasSuffix(".actors") { return .entente(.country) }
        if lower.hasSuffix(".agents") { return .entente(.agent) }
        guard lower.hasSuffix(".txt") else { return nil }
        let base = lower.split(separator: "/").last.map(String.init) ?? lower
        if base.contains("agent") { return .petrarchAgents }
        if base.contains("actor") { return .petrarchActors }
        return .petrarchOther
    }

    /// Parses a set of files, in lexicographic order of their names.
    public static func load(_ files: [SourceFile]) throws -> ActorDictionary {
        var entries: [DictionaryEntry] = []
        var warnings: [String] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let before = entries.count
            switch format(of: file) {
            case .entente(let kind):
                entries += try EntenteDictionaryParser.parse(file.contents, file: file.name, defaultKind: kind)
            case .petrarchActors:
                let result = try PetrarchDictionaryParser.parseActors(file.contents, file: file.name)
                entries += result.entries
                warnings += result.warnings
            case .petrarchAgents:
                let result = try PetrarchDictionaryParser.parseAgents(file.contents, file: file.name)
                entries += result.entries
                warnings += result.warnings
            case .petrarchOther, nil:
                continue
            }
            if entries.count == before { warnings.append("\(file.name): no entries in this file") }
        }
        warnings += DictionaryWarnings.conflictingPhrases(entries)
        return ActorDictionary(entries: entries, warnings: warnings)
    }
}
