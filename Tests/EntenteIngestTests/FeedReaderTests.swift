import EntenteCore
import EntenteIngest
import Foundation
import Testing

/// Every entry of a feed, items and skips alike.
func entries(_ reader: FeedReader) throws -> [FeedEntry] {
    var all: [FeedEntry] = []
    while let entry = try reader.next() { all.append(entry) }
    return all
}

func items(_ entries: [FeedEntry]) -> [FeedItem] {
    entries.compactMap { if case .item(let item) = $0 { item } else { nil } }
}

@Suite struct FeedReaderTests {
    @Test func rss2ItemsWithContentEncoded() throws {
        let reader = FeedReader(bytes: try fixture("rss2-content-encoded.xml"))
        let read = items(try entries(reader))
        #expect(reader.title == "Gulf of Guinea Dispatch")
        #expect(reader.warnings.isEmpty)
        #expect(read.count == 3)
        #expect(read.allSatisfy { $0.outlet == "Gulf of Guinea Dispatch" })
        let first = read[0]
        #expect(first.title == "Ghana and Togo agree joint border patrols")
        #expect(first.link == "https://dispatch.example/2024/04/12/ghana-togo-patrols")
        #expect(first.id == "dispatch-88231")
        #expect(first.published == Day(iso: "2024-04-12"))
        // content:encoded wins over the description; its widgets and scripts are dropped.
        #expect(first.body.components(separatedBy: "\n\n") == [
            "Ghana and Togo signed an agreement on Friday to run joint patrols along their northern border, after a series of attacks on police posts.",
            "The defence ministers of both countries met in Lomé and pledged to share intelligence & equipment.",
            "What comes next", "Joint command post in Dapaong", "Radio links between border units",
        ])
        let second = read[1]
        #expect(second.title == "Côte d’Ivoire recalls ambassador from Burkina Faso")
        // A relative link is resolved against the channel's link.
        #expect(second.link == "https://dispatch.example/2024/04/11/ivory-coast-recalls-ambassador")
        #expect(second.id == "https://dispatch.example/?p=88190")
        #expect(second.published == Day(iso: "2024-04-11"))
        #expect(second.body == "Abidjan recalled its ambassador from Ouagadougou on Thursday, citing threats against embassy staff.")
        let third = read[2]
        // No <link>: a permalink guid is the item's address.
        #expect(third.link == "https://dispatch.example/2024/04/10/benin-release")
        #expect(third.published == Day(iso: "2024-04-10"))
        #expect(third.body.hasPrefix("A court in Cotonou ordered"))
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() throws {
        let reader = FeedReader(bytes: try fixture("atom-html-content.xml"))
        let read = items(try entries(reader))
        #expect(reader.title == "Horn of Africa Monitor")
        #expect(read.count == 3)
        let first = read[0]
        #expect(first.title == "Ethiopia & Somalia hold talks in Ankara")
        #expect(first.link == "https://hornmonitor.example/2024/02/ethiopia-somalia-ankara")
        #expect(first.id == "tag:hornmonitor.example,2024:301")
        // `published` wins over `updated`, and the day is the one written (UTC+3).
        #expect(first.published == Day(iso: "2024-02-01"))
        #expect(first.body == "Ethiopian and Somali delegations met in Ankara on Thursday for a second round of talks over the disputed port agreement.\n\nTurkey’s foreign minister said both sides had agreed to meet again next month.")
        #expect(first.outlet == "Horn of Africa Monitor")
        let second = read[1]
        #expect(second.link == "https://hornmonitor.example/2024/01/eritrea-consulate")
        #expect(second.published == Day(iso: "2024-01-30"))
        #expect(second.body == "Eritrea closed its consulate in Khartoum, citing the fighting in the city.\n\nStaff were moved to Port Sudan & Kassala.")
        let third = read[2]
        #expect(third.link == nil)
        #expect(third.body == "Leaders of IGAD met in Djibouti to discuss the crisis in Sudan.")
    }

    @Test func rss1RDFInLatin1() throws {
        let reader = FeedReader(bytes: try fixture("rss1-rdf.xml"))
        let read = items(try entries(reader))
        #expect(reader.title == "Andes Bulletin")
        #expect(read == [FeedItem(
            title: "Perú y Bolivia firman acuerdo fronterizo", link: "https://andes.example/n/77", id: "https://andes.example/n/77",
            published: Day(iso: "2022-09-14"),
            body: "Los cancilleres de Perú y Bolivia firmaron en La Paz un acuerdo sobre la gestión del lago Titicaca.",
            outlet: "Andes Bulletin")])
    }

    @Test func anAtomFeedWithoutItsNamespaceIsStillRead() throws {
        let feed = "<feed><title>Bare Atom</title><entry><title>Entry</title><link href=\"https://bare.example/1\"/><summary>Text.</summary></entry></feed>"
        let read = items(try entries(FeedReader(bytes: Array(feed.utf8))))
        #expect(read == [FeedItem(title: "Entry", link: "https://bare.example/1", body: "Text.", outlet: "Bare Atom")])
    }

    @Test func anHTMLPageIsNotAFeed() throws {
        let reader = FeedReader(bytes: try fixture("news-page.html"))
        let error = try #require(throws: EntenteError.self) { try reader.next() }
        #expect(error.code == .invalidFeed)
        #expect(error.message.contains("root element is <html>"))
        let empty = try #require(throws: EntenteError.self) { try FeedReader(bytes: []).next() }
        #expect(empty.code == .invalidFeed)
    }

    @Test func brokenXMLIsReadAsFarAsItGoesWithAWarning() throws {
        let feed = """
            <rss><channel><title>Wire</title>
            <item><title>Talks &amp; more</title><description>Bare & ampersand and &nbsp; entity.</description></item>
            <item><title>Second</title><description>Still read.</description></item>
            </channel></rss>
            """
        let reader = FeedReader(bytes: Array(feed.utf8))
        let read = items(try entries(reader))
        #expect(read.map(\.title) == ["Talks & more", "Second"])
        #expect(read.last?.body == "Still read.")
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings.first?.hasPrefix("not well-formed XML (line 2:") == true)
    }

    @Test func anItemOverTheSizeLimitIsSkippedAndReported() throws {
        let big = String(repeating: "Long body text. ", count: 1000)
        let feed = "<rss><channel><item><title>Small</title></item><item><title>Big</title><description>\(big)</description></item><item><title>After</title></item></channel></rss>"
        let read = try entries(FeedReader(bytes: Array(feed.utf8), maximumItemSize: 4096))
        #expect(read.count == 3)
        #expect(read[1] == .skipped(position: 2, reason: "item 2 is larger than the limit of 4096 bytes"))
        #expect(items(read).map(\.title) == ["Small", "After"])
    }

    @Test func aFeedCutOffInsideAnItemReportsThatItem() throws {
        let feed = "<rss><channel><title>Wire</title><item><title>Whole</title></item><item><title>Half"
        let read = try entries(FeedReader(bytes: Array(feed.utf8)))
        #expect(read == [.item(FeedItem(title: "Whole", body: "", outlet: "Wire")), .skipped(position: 2, reason: "the feed ends inside item 2")])
    }
}
