import EntenteCore
import EntenteIngest
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        (" 2024-03-05T07:42:00Z ", "2024-03-05"),
        ("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05"),
        ("5 Mar 2024 09:30 +0100", "2024-03-05"),
        ("Sat, 7 Sep 02 08:00:00 EST", "2002-09-07"),
        ("March 5, 2024", "2024-03-05"),
        ("Tuesday, 5 March 2024", "2024-03-05"),
        ("20240305", "2024-03-05"),
    ])
    func parses(text: String, iso: String) {
        #expect(PublicationDate.day(from: text) == Day(iso: iso))
    }

    @Test(arguments: ["", "yesterday", "2024-13-01", "31 Feb 2024", "Mon, 99 Mar 2024", "12:30"])
    func rejects(text: String) {
        #expect(PublicationDate.day(from: text) == nil)
    }
}
