import EntenteCore
import EntenteText
import Foundation

/// Loads the shipped models (or user-supplied ones) once per process.
enum ModelLoading {
    static func tagger(path: String? = nil) throws -> TaggerModel {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else if let bundled = BundledModels.taggerURL {
            url = bundled
        } else {
            throw EntenteError(.modelInvalid, "the shipped tagger model is missing; run `entente train tagger`")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EntenteError(.fileUnreadable, "cannot read tagger model", at: .init(file: url.path))
        }
        return try TaggerModel(data: [UInt8](data))
    }
}

extension ModelLoading {
    /// The parser at `path`, or the shipped one.
    static func parser(path: String? = nil) throws -> ParserModel {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else if let bundled = BundledModels.parserURL {
            url = bundled
        } else {
            throw EntenteError(.modelInvalid, "the shipped parser model is missing; run `entente train parser`")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EntenteError(.fileUnreadable, "cannot read parser model", at: .init(file: url.path))
        }
        do {
            return try ParserModel(data: [UInt8](data))
        } catch var error as EntenteError {
            if error.location == nil { error.location = .init(file: url.path) }
            throw error
        }
    }
}
