import EntenteCoding
import EntenteCore
import EntenteIngest
import EntenteStore
import Foundation

/// Reads dictionary folders from disk for the pure loaders in EntenteCoding.
enum DictionaryLoading {
    /// Actor and event dictionaries from the shipped folder, or from `folder`.
    static func load(folder: String?) throws -> (actors: ActorDictionary, events: EventDictionary) {
        let loaded = try loadWithVersion(folder: folder)
        return (loaded.actors, loaded.events)
    }

    /// As ``load(folder:)``, with a version naming exactly these dictionary files: a hash of
    /// their names and contents, stored with every document coded with them.
    static func loadWithVersion(folder: String?) throws -> (actors: ActorDictionary, events: EventDictionary, version: String) {
        guard let url = folder.map({ URL(fileURLWithPath: $0) }) ?? BundledDictionaries.folderURL else {
            throw EntenteError(.fileUnreadable, "the shipped dictionaries are missing")
        }
        let files = try FolderReader.textFiles(in: url) { name in
            if name.lowercased().hasSuffix(".verbs") || EventDictionary.isPetrarchVerbs(name) || EventDictionary.isDiscards(name) { return true }
            switch ActorDictionary.format(of: .init(name: name, contents: "")) {
            case .entente, .petrarchActors, .petrarchAgents: return true
            case .petrarchOther, nil: return false
            }
        }
        guard !files.isEmpty else {
            throw EntenteError(.dictionaryInvalid, "no .actors, .agents, .verbs or PETRARCH actor/agent files found", at: .init(file: url.path))
        }
        // Shipped files are named by file name alone; a user's folder by full path, so
        // messages point at the file to edit.
        let sources = files.map { ActorDictionary.SourceFile(name: folder == nil ? $0.name : $0.path, contents: $0.contents) }
        let actors = try ActorDictionary.load(sources)
        let events = try EventDictionary.load(sources)
        // Files that parse to nothing (an empty file, a format not recognised) must not pass
        // for a dictionary: coding with it would find nothing, silently.
        guard !actors.entries.isEmpty || !events.patterns.isEmpty else {
            throw EntenteError(.dictionaryInvalid, "no actor entries or event patterns loaded from \(files.count) file(s)", at: .init(file: url.path))
        }
        let version = ContentHash.of(files.map { "\($0.name)\t\(ContentHash.of($0.contents))" }.joined(separator: "\n"))
        return (actors, events, version)
    }
}
