import EntenteCoding
import EntenteCore
import EntenteIngest
import EntenteText
import Foundation

/// The coder with the shipped tagger, parser and dictionaries, as the CLI builds it by default.
public enum BundledCoder {
    /// Loads the shipped models and dictionaries.
    public static func load() throws -> Coder {
        guard let folder = BundledDictionaries.folderURL, let taggerURL = BundledModels.taggerURL,
              let model = FileManager.default.contents(atPath: taggerURL.path),
              let parserURL = BundledModels.parserURL, let parser = FileManager.default.contents(atPath: parserURL.path) else {
            throw EntenteError(.fileUnreadable, "the shipped dictionaries, tagger or parser model are missing")
        }
        let files = try FolderReader.textFiles(in: folder) { name in
            [".actors", ".agents", ".verbs", ".discards"].contains { name.hasSuffix($0) }
        }
        let sources = files.map { ActorDictionary.SourceFile(name: $0.name, contents: $0.contents) }
        let analyzer = Analyzer(tagger: try TaggerModel(data: [UInt8](model)), dictionary: try ActorDictionary.load(sources))
        return Coder(analyzer: analyzer, events: EventCoder(dictionary: try EventDictionary.load(sources), parser: try ParserModel(data: [UInt8](parser))))
    }
}
