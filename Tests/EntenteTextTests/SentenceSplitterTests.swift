import EntenteCore
@testable import EntenteText
import Testing

@Suite struct SentenceSplitterTests {
    func texts(_ text: String) -> [String] {
        SentenceSplitter.split(text).map(\.text)
    }

    @Test func keepsTitlesAndAbbreviationsInside() {
        let text = "Gen. Tiani met Capt. Ibrahim Traoré and Lt. Col. Assimi Goïta in Niamey. Mr. Bazoum was not there. The U.S. embassy in St. Louis closed on Jan. 4 and U.N. staff left."
        #expect(texts(text) == [
            "Gen. Tiani met Capt. Ibrahim Traoré and Lt. Col. Assimi Goïta in Niamey.",
            "Mr. Bazoum was not there.",
            "The U.S. embassy in St. Louis closed on Jan. 4 and U.N. staff left.",
        ])
    }

    @Test func endsAtAcronymWhenASentenceStarts() {
        #expect(texts("The troops returned to the U.S. The Pentagon said nothing.").count == 2)
        #expect(texts("He flew to the U.S. Congress on Monday.").count == 1)
    }

    @Test func keepsInitialsDecimalsAndMoney() {
        #expect(texts("J. R. Smith paid $61 billion, or 1.5 percent of output. Prices rose 2.5%.") == [
            "J. R. Smith paid $61 billion, or 1.5 percent of output.", "Prices rose 2.5%.",
        ])
    }

    @Test func handlesQuotesBracketsAndEllipses() {
        #expect(texts("“We will leave,” he said. “Now.” (The talks failed.) Then... nothing happened. Wait... Then it did.") == [
            "“We will leave,” he said.", "“Now.”", "(The talks failed.)", "Then... nothing happened.", "Wait...", "Then it did.",
        ])
        #expect(texts("Did Mali agree? No! It refused.").count == 3)
    }

    @Test func separatesDatelines() throws {
        let text = "BAMAKO, Aug 4 (Reuters) - Mali cut ties with Ukraine on Sunday."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 1)
        #expect(sentences[0].text == "Mali cut ties with Ukraine on Sunday.")
        let dateline = try #require(sentences[0].dateline)
        #expect(String(Array(text.unicodeScalars)[dateline.start..<dateline.end].map(Character.init)) == "BAMAKO, Aug 4 (Reuters) -")
    }

    @Test func joinsWrappedLinesAndSplitsParagraphs() {
        let text = "Niger expelled the troops after a long\nstandoff with Washington over the\nagreement.\n\nMali followed suit"
        #expect(texts(text) == ["Niger expelled the troops after a long\nstandoff with Washington over the\nagreement.", "Mali followed suit"])
        #expect(texts("Niger cuts ties with Ukraine\nNiamey accused Kyiv of backing rebels.") == ["Niger cuts ties with Ukraine", "Niamey accused Kyiv of backing rebels."])
    }

    @Test func offsetsAreUnicodeScalarOffsets() throws {
        let text = "Goïta spoke — briefly. Traoré “agreed”."
        let sentences = SentenceSplitter.split(text, firstIndex: 5, offset: 100)
        #expect(sentences.map(\.index) == [5, 6])
        #expect(sentences[1].span == TextSpan(start: 123, end: 139))
        #expect(SentenceSplitter.split("   \n\n  ").isEmpty)
        #expect(SentenceSplitter.split("...!?").count == 1)
    }
}
