import EntenteIngest
import Testing

@Suite struct InputSnifferTests {
    func kind(_ name: String?, _ text: String) -> InputSniffer.Kind {
        InputSniffer.kind(name: name, prefix: Array(text.utf8))
    }

    @Test func extensionsDecide() {
        #expect(kind("a/page.HTML", "plain") == .html)
        #expect(kind("page.htm", "") == .html)
        #expect(kind("page.xhtml", "") == .html)
        #expect(kind("news.rss", "") == .feed)
        #expect(kind("news.atom", "") == .feed)
        #expect(kind("news.xml", "") == .feed)
        #expect(kind("docs.ndjson", "") == .jsonl)
        #expect(kind("docs.jsonl", "<html>") == .jsonl)
        #expect(kind("story.txt", "<html><body>") == .text)
    }

    @Test func contentDecidesOtherwise() {
        #expect(kind(nil, "\n  <!DOCTYPE html>\n<html>") == .html)
        #expect(kind("download", "<html lang=\"en\">") == .html)
        #expect(kind(nil, "<!-- saved page --><HTML><HEAD>") == .html)
        #expect(kind(nil, "<rss version=\"2.0\">") == .feed)
        #expect(kind(nil, "<feed xmlns=\"http://www.w3.org/2005/Atom\">") == .feed)
        #expect(kind(nil, "<rdf:RDF xmlns:rdf=\"…\">") == .feed)
        #expect(kind(nil, "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- generator -->\n<?xml-stylesheet href=\"a.xsl\"?>\n<rss>") == .feed)
        #expect(kind(nil, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss>") == .feed)
        #expect(kind(nil, "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">") == .html)
        #expect(kind(nil, "{\"text\": \"Mali\"}") == .jsonl)
        #expect(kind(nil, "Niger expelled French troops.") == .text)
        #expect(kind(nil, "<rsvp> is not a feed") == .text)
        #expect(kind(nil, "") == .text)
    }
}
