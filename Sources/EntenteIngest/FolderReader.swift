import EntenteCore
import Foundation

/// Reads the text files of a folder (not its subfolders), sorted by name, for loaders that
/// parse them, such as the dictionary loader.
public enum FolderReader {
    /// A file's name and decoded contents.
    public struct TextFile: Sendable {
        /// The file name within the folder.
        public var name: String
        /// The full path.
        public var path: String
        /// The contents, invalid UTF-8 replaced.
        public var contents: String
    }

    /// The files of `folder` whose names `include` accepts, in name order.
    public static func textFiles(in folder: URL, include: (String) -> Bool) throws -> [TextFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EntenteError(.fileUnreadable, "not a folder", at: .init(file: folder.path))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.filter { !$0.hasPrefix(".") && include($0) }.map { name in
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw EntenteError(.fileUnreadable, "cannot read file", at: .init(file: path))
            }
            return TextFile(name: name, path: path, contents: DecodedText(data).text)
        }
    }
}
