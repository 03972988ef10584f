@testable import EntenteFetch
import Testing

@Suite struct MediaTypeTests {
    func parts(_ header: String) -> [String?]? {
        MediaType(header: header).map { [$0.essence, $0.charset] }
    }

    @Test func readsTheTypeAndCharsetHoweverTheyAreWritten() {
        #expect(parts("text/html; charset=windows-1252") == ["text/html", "windows-1252"])
        #expect(parts("Text/HTML;Charset=\"ISO-8859-1\"") == ["text/html", "iso-8859-1"])
        #expect(parts("application/rss+xml ; q=1 ;  charset = UTF-8 ") == ["application/rss+xml", "utf-8"])
        #expect(parts("text/plain") == ["text/plain", nil])
        #expect(parts("text/plain; charset=") == ["text/plain", nil])
        #expect(parts("text/plain;;") == ["text/plain", nil])
        #expect(parts("") == nil)
        #expect(parts(" ; charset=utf-8") == nil)
    }
}
