import EntenteCore
import EntenteText
import Testing

@Suite struct SentenceCapTests {
    func words(_ text: String) -> [Token] { Tokenizer.tokenize(text) }

    @Test func shortSentencesAreOnePiece() {
        let tokens = words("Niger cut ties with Ukraine.")
        #expect(SentenceSplitter.pieces(of: tokens) == [0..<tokens.count])
        #expect(SentenceSplitter.pieces(of: []) == [0..<0])
    }

    @Test func longSentencesAreCutAfterTheStrongestPunctuationNearTheLimit() {
        // 10 words, a comma, 10 words, a semicolon, 10 words: the limit 16 cuts after the
        // comma (the semicolon is past the limit).
        let text = Array(repeating: "word", count: 10).joined(separator: " ") + ", " + Array(repeating: "word", count: 10).joined(separator: " ")
            + "; " + Array(repeating: "word", count: 10).joined(separator: " ")
        let tokens = words(text)
        let pieces = SentenceSplitter.pieces(of: tokens, limit: 16)
        #expect(pieces.first == 0..<11)
        #expect(tokens[pieces[0].upperBound - 1].text == ",")
        #expect(pieces.allSatisfy { $0.count <= 16 })
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == tokens.count)
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func withNoPunctuationAPieceEndsAtTheLimit() {
        let tokens = words(Array(repeating: "word", count: 1000).joined(separator: " "))
        let pieces = SentenceSplitter.pieces(of: tokens)
        #expect(pieces.count == 3)
        #expect(pieces.map(\.count) == [400, 400, 200])
    }

    @Test func aRunOfPeriodsWithoutSpacesSplitsInLinearTime() {
        // Each period looked back over the whole run: 200,000 scalars cost minutes.
        let text = String(repeating: "a.", count: 100_000) + " Next sentence."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count >= 1)
        #expect(sentences.last?.span.end == text.unicodeScalars.count)
    }
}

@Suite struct TextSegmentsTests {
    @Test func shortTextsAreOneSegment() {
        let text = "Niger cut ties with Ukraine."
        let segments = TextSegments.segments(of: text)
        #expect(segments.count == 1)
        #expect(segments.first?.offset == 0)
        #expect(segments.isEmpty == false && text[segments[0].range] == text[...])
        #expect(TextSegments.segments(of: "").isEmpty)
        #expect(TextSegments.text(of: segments[0], in: text) == text)
        // More bytes than the limit but fewer scalars: still one piece.
        let accented = String(repeating: "é", count: 60)
        #expect(TextSegments.segments(of: accented, maximumLength: 100).count == 1)
        #expect(TextSegments.segments(of: accented, maximumLength: 50).count == 2)
    }

    @Test func cutsAfterBlankLinesThenLinesThenSpaces() {
        let paragraphs = String(repeating: "Mali and Niger met.\n\n", count: 50)
        let segments = TextSegments.segments(of: paragraphs, maximumLength: 100)
        #expect(segments.allSatisfy { paragraphs[$0.range].hasSuffix("\n\n") })
        let spaces = String(repeating: "word ", count: 100)
        let bySpace = TextSegments.segments(of: spaces, maximumLength: 64)
        #expect(bySpace.dropLast().allSatisfy { spaces[$0.range].hasSuffix(" ") })
        let solid = String(repeating: "x", count: 250)
        #expect(TextSegments.segments(of: solid, maximumLength: 100).map { solid[$0.range].count } == [100, 100, 50])
    }

    @Test func segmentsCoverTheTextWithTheirScalarOffsets() {
        let text = String(repeating: "Goïta met Traoré in Niamey. ", count: 40) + "\n\n" + String(repeating: "é", count: 300)
        let segments = TextSegments.segments(of: text, maximumLength: 97)
        var rebuilt = ""
        var offset = 0
        for segment in segments {
            #expect(segment.offset == offset)
            #expect(text.unicodeScalars[segment.range].count <= 97)
            rebuilt += String(text.unicodeScalars[segment.range])
            offset += text.unicodeScalars[segment.range].count
        }
        #expect(rebuilt == text)
    }
}

@Suite struct TextNormalizerTests {
    @Test func plainTextIsUntouched() {
        let normalized = TextNormalizer.normalize(Array("Niger cut ties.".unicodeScalars))
        #expect(normalized.originalIndex == nil)
        #expect(normalized.original(3..<7) == 3..<7)
    }

    @Test func removesInvisibleCharactersAndMapsBack() {
        let text = "\u{FEFF}Ni\u{200B}ger and \u{202B}Mali\u{202C}"
        let normalized = TextNormalizer.normalize(Array(text.unicodeScalars))
        #expect(String(String.UnicodeScalarView(normalized.scalars)) == "Niger and Mali")
        // "Niger" is 0..<5 normalized and 1..<7 in the text (the BOM and the space inside).
        #expect(normalized.original(0..<5) == 1..<7)
        #expect(normalized.original(10..<14) == 13..<17)
        #expect(normalized.original(14..<14) == 18..<18)
    }
}
