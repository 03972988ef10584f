/// The lines of a dictionary file, whatever wrote it: Unix, Windows ("\r\n") or old Mac
/// ("\r") line ends, and a byte-order mark at the start is not part of the first line.
///
/// Swift reads "\r\n" as one character, so splitting on "\n" alone left a Windows file as a
/// single line: it loaded as nothing, without an error.
enum DictionaryLines {
    /// The lines of `contents`, line ends removed; line `k` (1-based) is element `k - 1`.
    static func of(_ contents: String) -> [Substring] {
        let text = contents.hasPrefix("\u{FEFF}") ? contents.dropFirst() : Substring(contents)
        // Scanned as bytes: a line end is ASCII, and the grapheme rules never join a line
        // end to what stands before it, so every cut is a character boundary.
        let bytes = text.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = bytes.index(after: index)
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}
