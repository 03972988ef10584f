import EntenteCoding
import EntenteCore
import EntenteIngest
import Foundation

/// Reads dictionary folders from disk for the pure loader in EntenteCoding.
enum DictionaryLoading {
    /// The shipped dictionaries, or those in `folder`.
    static func load(folder: String?) throws -> ActorDictionary {
        guard let url = folder.map({ URL(fileURLWithPath: $0) }) ?? BundledDictionaries.folderURL else {
            throw EntenteError(.fileUnreadable, "the shipped dictionaries are missing")
        }
        let files = try FolderReader.textFiles(in: url) { name in
            switch ActorDictionary.format(of: .init(name: name, contents: "")) {
            case .entente, .petrarchActors, .petrarchAgents: return true
            case .petrarchOther, nil: return false
            }
        }
        guard !files.isEmpty else {
            throw EntenteError(.dictionaryInvalid, "no .actors, .agents or PETRARCH actor/agent files found", at: .init(file: url.path))
        }
        // Shipped files are named by file name alone; a user's folder by full path, so
        // messages point at the file to edit.
        return try ActorDictionary.load(files.map { .init(name: folder == nil ? $0.name : $0.path, contents: $0.contents) })
    }
}
