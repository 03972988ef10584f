import EntenteCore
import EntenteIngest
import Foundation
import Testing

/// Feeds are XML from strangers: entity tricks are refused quickly and nothing outside the
/// feed is ever read.
@Suite struct FeedSafetyTests {
    // An expansion that ran would not end: the limit catches that, generously, since tests
    // never fail on timing (the suite shares two cores with others).
    @Test(.timeLimit(.minutes(20))) func billionLaughsIsRefusedBeforeExpanding() throws {
        let reader = FeedReader(bytes: try fixture("billion-laughs.xml"))
        let error = try #require(throws: EntenteError.self) { try entries(reader) }
        #expect(error.code == .unsafeFeed)
        #expect(error.message.contains("billion laughs"))
        #expect(error.message.contains("&lol1;"))
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let reader = FeedReader(bytes: try fixture("external-entity.xml"))
        var seen: [FeedEntry] = []
        let error = try #require(throws: EntenteError.self) {
            while let entry = try reader.next() { seen.append(entry) }
        }
        #expect(error.code == .unsafeFeed)
        #expect(error.message.contains("external entity &xxe; (file:///etc/passwd)"))
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
        let firstLine = String(passwd.prefix { $0 != "\n" })
        for case .item(let item) in seen {
            #expect(!item.body.contains(firstLine) && !item.body.contains("root:"))
        }
        #expect(!error.description.contains("root:"))
    }

    @Test func anExternalDTDIsNotFetched() throws {
        // Old RSS 0.91 feeds name Netscape's DTD; it must not be fetched, and the feed reads.
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old Wire</title>
            <item><title>Caf&eacute; owners protest</title><link>http://old.example/1</link></item></channel></rss>
            """
        let reader = FeedReader(bytes: Array(feed.utf8))
        let read = items(try entries(reader))
        #expect(read.count == 1)
        #expect(read.first?.link == "http://old.example/1")
    }

    @Test func aFewPlainEntitiesAreExpanded() throws {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY agency "Sahel News Agency"> <!ENTITY eacute "&#233;"> ]>
            <rss><channel><title>&agency;</title>
            <item><title>From the &agency;</title><description>Reported by the &agency; and the &agency; in Niamey, caf&eacute; owners say.</description></item>
            </channel></rss>
            """
        let read = items(try entries(FeedReader(bytes: Array(feed.utf8))))
        #expect(read == [FeedItem(title: "From the Sahel News Agency", body: "Reported by the Sahel News Agency and the Sahel News Agency in Niamey, café owners say.", outlet: "Sahel News Agency")])
    }

    @Test func tooManyEntitiesOrParameterEntitiesAreRefused() throws {
        let many = (1...9).map { "<!ENTITY e\($0) \"x\">" }.joined()
        let crowded = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(many)]><rss><channel/></rss>"
        let error = try #require(throws: EntenteError.self) { try entries(FeedReader(bytes: Array(crowded.utf8))) }
        #expect(error.code == .unsafeFeed)
        #expect(error.message.contains("more than 8 entities"))
        let parameter = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p \"x\">]><rss><channel/></rss>"
        let refused = try #require(throws: EntenteError.self) { try entries(FeedReader(bytes: Array(parameter.utf8))) }
        #expect(refused.message.contains("parameter entity %p;"))
    }

    @Test func quadraticBlowupIsBounded() throws {
        // One allowed kilobyte entity referenced thousands of times: past a megabyte of
        // expansion the feed is refused rather than grown.
        let kilobyte = String(repeating: "a", count: 1000)
        let references = String(repeating: "&k;", count: 3000)
        let feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY k \"\(kilobyte)\">]><rss><channel><item><description>\(references)</description></item></channel></rss>"
        let error = try #require(throws: EntenteError.self) { try entries(FeedReader(bytes: Array(feed.utf8))) }
        #expect(error.code == .unsafeFeed)
    }
}
