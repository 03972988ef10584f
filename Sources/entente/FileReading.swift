import EntenteCore
import Foundation

/// Small file helpers for the CLI.
enum FileReading {
    /// The whole file as text, invalid UTF-8 replaced.
    static func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EntenteError(.fileUnreadable, "cannot read file", at: .init(file: path))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
