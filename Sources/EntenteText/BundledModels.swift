import Foundation

/// Where the models shipped with Entente are. Reading them is the caller's job, so this
/// target stays free of I/O.
public enum BundledModels {
    /// The UPOS tagger trained on UD English EWT (CC BY-SA 4.0).
    public static var taggerURL: URL? {
        Bundle.module.url(forResource: "en-ewt", withExtension: "tagger", subdirectory: "Models")
    }

    /// The dependency parser trained on UD English EWT (CC BY-SA 4.0).
    public static var parserURL: URL? {
        Bundle.module.url(forResource: "en-ewt", withExtension: "parser", subdirectory: "Models")
    }
}
