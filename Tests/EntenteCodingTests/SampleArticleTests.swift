import EntenteCoding
import EntenteCore
import Foundation
import Testing

/// The first real document: every actor the foundation issue names must be coded.
@Suite struct SampleArticleTests {
    static let sentences: [AnalyzedSentence] = {
        let url = Bundle.module.url(forResource: "Fixtures/sahel-ties", withExtension: "txt")!
        let text = String(decoding: FileManager.default.contents(atPath: url.path)!, as: UTF8.self)
        return Shipped.analyzer.analyze(Document(id: "sahel-ties", date: Day(iso: "2024-08-07"), text: text))
    }()

    func codes(of text: String) -> Set<String> {
        Set(Self.sentences.flatMap(\.actors).filter { $0.text == text || $0.text.hasSuffix(" " + text) }.flatMap(\.codes))
    }

    @Test(arguments: [
        ("Niger", "NER"), ("Mali", "MLI"), ("Ukraine", "UKR"), ("Kyiv", "UKR"), ("U.S. troops", "USAMIL"),
        ("Pentagon", "USAMIL"), ("Congress", "USALEG"), ("Matt Gaetz", "USALEG"), ("Jimmy Panetta", "USALEG"),
        ("Russia", "RUS"), ("France", "FRA"), ("Burkina Faso", "BFA"), ("Captain Ibrahim Traoré", "BFAGOV"),
        ("Malian army", "MLIMIL"),
    ])
    func codesTheNamedActors(text: String, code: String) {
        #expect(codes(of: text).contains(code), "\(text) should be coded \(code), got \(codes(of: text))")
    }

    @Test func codesTheOrganisations() {
        #expect(codes(of: "UN Security Council").contains { $0.hasPrefix("IGOUNO") })
        #expect(codes(of: "Alliance of Sahel States").contains { $0.hasPrefix("IGO") })
        #expect(!Self.sentences.flatMap(\.actors).filter { $0.text.contains("Wagner") }.flatMap(\.codes).isEmpty)
    }

    @Test func linksItToUkraine() throws {
        let first = try #require(Self.sentences.first)
        #expect(first.actors.first { $0.text == "it" }?.codes == ["UKR"])
    }

    @Test func resolvesMarch16() {
        let dates = Self.sentences.flatMap(\.dates)
        #expect(dates.first { $0.text == "March 16" }?.iso == "2024-03-16")
        #expect(dates.first { $0.text == "late July" }?.iso == "2024-07")
    }

    @Test func offsetsQuoteTheOriginalText() throws {
        let url = Bundle.module.url(forResource: "Fixtures/sahel-ties", withExtension: "txt")!
        let scalars = Array(String(decoding: FileManager.default.contents(atPath: url.path)!, as: UTF8.self).unicodeScalars)
        for sentence in Self.sentences {
            for actor in sentence.actors {
                #expect(String(String.UnicodeScalarView(scalars[actor.span.start..<actor.span.end])) == actor.text)
            }
        }
    }
}
