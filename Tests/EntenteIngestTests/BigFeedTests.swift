import EntenteIngest
import Foundation
import Testing

@Suite struct BigFeedTests {
    // The limit only catches a hang (a reader gone quadratic): the suite runs beside others on
    // two cores, where a minute was once not enough, and tests never fail on timing.
    @Test(.timeLimit(.minutes(20))) func twentyThousandItemsAreReadOneAtATime() throws {
        let count = 20_000
        let paragraph = "Officials from both governments met again on Tuesday to discuss the border, trade and the return of refugees, according to a joint statement released after the talks. "
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-big-feed-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let writer = try FileHandle(forWritingTo: url)
        writer.write(Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Big Wire</title><link>https://big.example/</link>\n".utf8))
        var batch = ""
        for index in 1...count {
            batch += "<item><title>Story \(index)</title><link>https://big.example/\(index)</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>"
            batch += "<description><![CDATA[<p>\(String(repeating: paragraph, count: 8))</p><p>Item \(index) ends here.</p>]]></description></item>\n"
            if index % 1000 == 0 {
                writer.write(Data(batch.utf8))
                batch = ""
            }
        }
        writer.write(Data("</channel></rss>\n".utf8))
        try writer.close()
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(size > 25_000_000)

        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let reader = FeedReader(handle: handle)
        var seen = 0
        var largestLead = 0
        while let entry = try reader.next() {
            guard case .item(let item) = entry else {
                Issue.record("unexpected \(entry)")
                continue
            }
            seen += 1
            #expect(item.title == "Story \(seen)")
            if seen == 1 || seen == count / 2 {
                #expect(item.body.hasSuffix("Item \(seen) ends here."))
                #expect(item.outlet == "Big Wire")
            }
            // Items come as the bytes arrive: the reader is never more than a chunk or two
            // ahead of the item it hands on.
            largestLead = max(largestLead, reader.bytesRead - seen * (size / count))
        }
        #expect(seen == count)
        #expect(largestLead < 4 * FeedReader.chunkSize)
        #expect(reader.bytesRead == size)
    }
}
