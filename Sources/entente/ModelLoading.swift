import EntenteCore
import EntenteText
import Foundation

/// Loads the shipped models (or user-supplied ones) once per process.
enum ModelLoading {
    /// The tagger at `path`, or the shipped one.
    static func tagger(path: String? = nil) throws -> TaggerModel {
        try load("tagger", path: path, shipped: BundledModels.taggerURL, TaggerModel.init(data:))
    }

    /// The parser at `path`, or the shipped one.
    static func parser(path: String? = nil) throws -> ParserModel {
        try load("parser", path: path, shipped: BundledModels.parserURL, ParserModel.init(data:))
    }

    /// Reads the model file at `path` (or the shipped `shipped`) and builds it with `make`; a
    /// model's own error names the file it came from.
    private static func load<Model>(_ kind: String, path: String?, shipped: URL?, _ make: ([UInt8]) throws -> Model) throws -> Model {
        guard let url = path.map({ URL(fileURLWithPath: $0) }) ?? shipped else {
            throw EntenteError(.modelInvalid, "the shipped \(kind) model is missing; run `entente train \(kind)`")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EntenteError(.fileUnreadable, "cannot read \(kind) model", at: .init(file: url.path))
        }
        do {
            return try make([UInt8](data))
        } catch var error as EntenteError {
            if error.location == nil { error.location = .init(file: url.path) }
            throw error
        }
    }
}
