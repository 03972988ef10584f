import EntenteCoding
import EntenteCore
import Foundation

/// Reads dictionary folders from disk for the pure loader in EntenteCoding.
enum DictionaryLoading {
    /// The shipped dictionaries, or those in `folder`.
    static func load(folder: String?) throws -> ActorDictionary {
        let url: URL
        if let folder {
            url = URL(fileURLWithPath: folder)
        } else if let bundled = BundledDictionaries.folderURL {
            url = bundled
        } else {
            throw EntenteError(.fileUnreadable, "the shipped dictionaries are missing")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EntenteError(.fileUnreadable, "not a folder", at: .init(file: url.path))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var files: [ActorDictionary.SourceFile] = []
        for name in names where !name.hasPrefix(".") {
            let path = url.appendingPathComponent(name).path
            let candidate = ActorDictionary.SourceFile(name: name, contents: "")
            guard let format = ActorDictionary.format(of: candidate) else { continue }
            if case .petrarchOther = format { continue }
            files.append(.init(name: folder == nil ? name : path, contents: try FileReading.text(path)))
        }
        guard !files.isEmpty else {
            throw EntenteError(.dictionaryInvalid, "no .actors, .agents or PETRARCH actor/agent files found", at: .init(file: url.path))
        }
        return try ActorDictionary.load(files)
    }
}
