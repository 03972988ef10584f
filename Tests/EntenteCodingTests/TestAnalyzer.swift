import EntenteCoding
import EntenteCore
import EntenteText
import Foundation

/// The shipped models and dictionaries, loaded once for every test that needs them.
enum Shipped {
    static let tagger: TaggerModel = {
        try! TaggerModel(data: [UInt8](FileManager.default.contents(atPath: BundledModels.taggerURL!.path)!))
    }()

    static let dictionary: ActorDictionary = {
        try! ActorDictionary.load(files(in: BundledDictionaries.folderURL!))
    }()

    static let analyzer = Analyzer(tagger: tagger, dictionary: dictionary)

    static let parser: ParserModel = {
        try! ParserModel(data: [UInt8](FileManager.default.contents(atPath: BundledModels.parserURL!.path)!))
    }()

    static func files(in folder: URL) -> [ActorDictionary.SourceFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return .init(name: name, contents: String(decoding: data, as: UTF8.self))
        }
    }

    static func fixture(_ name: String) -> ActorDictionary.SourceFile {
        let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
        return .init(name: name, contents: String(decoding: FileManager.default.contents(atPath: url.path)!, as: UTF8.self))
    }

    /// Analyses one text as a document published on `date`.
    static func analyze(_ text: String, date: String? = "2024-08-07") -> [AnalyzedSentence] {
        analyzer.analyze(Document(date: date.flatMap(Day.init(iso:)), text: text))
    }

    /// `text → codes` for the actor mentions of a one-sentence text.
    static func actors(_ text: String, date: String? = "2024-08-07") -> [String: [String]] {
        var result: [String: [String]] = [:]
        for sentence in analyze(text, date: date) {
            for actor in sentence.actors { result[actor.text] = actor.codes }
        }
        return result
    }
}
