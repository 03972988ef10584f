import Foundation
import Testing

/// The README quotes real output; these tests keep its dictionary references true when the
/// shipped dictionaries are edited.
@Suite struct ReadmeTests {
    @Test func quotedPatternLinesPointAtThosePatterns() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let dictionaries = CLI.packageRoot.appendingPathComponent("Sources/EntenteCoding/Resources/Dictionaries")
        // "50-cameo.verbs:1318: 161 * &diplomat": a file, a line and the pattern as printed.
        let quote = /([0-9]{2}-[a-z-]+\.verbs):([0-9]+): ([0-9]{3,4}|none) ([^"\n;]+)/
        var checked = 0
        for match in readme.matches(of: quote) {
            let lines = try String(contentsOf: dictionaries.appendingPathComponent(String(match.1)), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let number = Int(match.2)!
            try #require(number >= 1 && number <= lines.count, "\(match.1):\(number) is past the end of the file")
            let line = lines[number - 1].split(separator: "#").first.map(String.init) ?? ""
            let words = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let quoted = "\(match.3) \(match.4)".split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words == quoted, "README quotes \(match.1):\(number) as '\(quoted)', the file has '\(words)'")
            checked += 1
        }
        #expect(checked >= 2)
    }
}
