import EntenteCore
@testable import EntenteText
import Testing

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.text) }

    @Test func splitsLikeTheTreebank() {
        #expect(words("Niger’s junta didn't expel U.S.-trained officers, it said.") ==
            ["Niger", "’s", "junta", "did", "n't", "expel", "U.S.", "-", "trained", "officers", ",", "it", "said", "."])
        #expect(words("They can't, we cannot; I'm sure they'll go.") ==
            ["They", "ca", "n't", ",", "we", "can", "not", ";", "I", "'m", "sure", "they", "'ll", "go", "."])
        #expect(words("the countries' leaders") == ["the", "countries", "'", "leaders"])
    }

    @Test func keepsNumbersMoneyAndAbbreviations() {
        #expect(words("around 1,000 troops cost $61 billion (1.5%) said Gen. Tiani") ==
            ["around", "1,000", "troops", "cost", "$", "61", "billion", "(", "1.5", "%", ")", "said", "Gen.", "Tiani"])
        #expect(words("see https://example.org/a.html, or mail a@b.org.") == ["see", "https://example.org/a.html", ",", "or", "mail", "a@b.org", "."])
        #expect(words("Go to WWW.Example.com now") == ["Go", "to", "WWW.Example.com", "now"])
    }

    @Test func splitsQuotesAndDashes() {
        #expect(words("nations—Mali, Niger—and “terrorist groups.”") ==
            ["nations", "—", "Mali", ",", "Niger", "—", "and", "“", "terrorist", "groups", ".", "”"])
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "Goïta and Traoré — “allies”."
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokenize(text) {
            let slice = String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end]))
            #expect(slice == token.text)
        }
        let decomposed = "Goi\u{0308}ta left"
        let tokens = Tokenizer.tokenize(decomposed)
        #expect(tokens.first?.span == TextSpan(start: 0, end: 6))
    }

    @Test func survivesOddInput() {
        #expect(words("").isEmpty)
        #expect(words("?!...").count >= 1)
        #expect(words("Москва и Київ").count == 3)
        let long = String(repeating: "word ", count: 5000)
        #expect(Tokenizer.tokenize(long).count == 5000)
    }
}
