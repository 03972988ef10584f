import Foundation

/// Where the dictionaries shipped with Entente are; reading them is the caller's job.
public enum BundledDictionaries {
    /// The folder of `.actors` and `.agents` files.
    public static var folderURL: URL? {
        Bundle.module.url(forResource: "Dictionaries", withExtension: nil)
    }
}
