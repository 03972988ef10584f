/// The lines of a dictionary file, whatever wrote it: Unix, Windows ("\r\n") or old Mac
/// ("\r") line ends, and a byte-order mark at the start is not part of the first line.
///
/// Swift reads "\r\n" as one character, so splitting on "\n" alone left a Windows file as a
/// single line: it loaded as nothing, without an error.
enum DictionaryLines {
    /// The lines of `contents`, line ends removed; line `k` (1-based) is element `k - 1`.
    static func of(_ contents: String) -> [Substring] {
        let text = contents.hasPrefix("\u{FEFF}") ? contents.dropFirst() : Substring(contents)
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
