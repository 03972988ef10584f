import EntenteCoding
import EntenteCore
import EntenteText
import Foundation
import Testing

/// Ordinary news that used to stop the coder, and invisible characters that hid actors.
@Suite struct HostileInputTests {
    static let coder: Coder = {
        let files = Shipped.files(in: BundledDictionaries.folderURL!)
        return Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: try! EventDictionary.load(files)))
    }()

    static let sample: String = {
        let url = Bundle.module.url(forResource: "Fixtures/sahel-ties", withExtension: "txt")!
        return String(decoding: FileManager.default.contents(atPath: url.path)!, as: UTF8.self)
    }()

    func events(_ text: String, date: String? = "2024-08-07") -> [Event] {
        Self.coder.code(Document(id: "t", date: date.flatMap(Day.init(iso:)), text: text)).events
    }

    func summary(_ events: [Event]) -> [String] { events.map { "\($0.source) \($0.cameo) \($0.target)" } }

    @Test(arguments: [
        "Niger expelled French troops two days after",
        "Niger expelled French troops a week before",
        "9223372036854775807 days after 1 January 2024 Niger expelled French troops.",
        "Niger expelled French troops 1317624576693539402 weeks ago.",
        "Niger sent troops to killing monitor the truce.",
    ])
    func sentencesThatUsedToTrapAreCoded(_ text: String) {
        let coded = events(text)
        for event in coded { #expect(event.date.map { $0.count >= 4 && !$0.hasPrefix("-") } ?? true) }
        if text.contains("expelled") { #expect(summary(coded).contains("NER 166 FRAMIL")) }
    }

    @Test func extremeDocumentDatesGiveOnlyRealDates() {
        for date in ["0001-01-01", "9999-12-31"] {
            for event in events("On Saturday Niger expelled French troops; next year Mali will attack Niger.", date: date) {
                let year = Int(event.date?.prefix(4) ?? "1") ?? -1
                #expect((1...9999).contains(year), "\(event.date ?? "")")
            }
        }
    }

    @Test func aByteOrderMarkHidesNothing() {
        let plain = events(Self.sample)
        let marked = events("\u{FEFF}" + Self.sample)
        #expect(summary(marked) == summary(plain))
        #expect(plain.count >= 11)
        // Spans count the mark: they point into the text as given.
        #expect(zip(marked, plain).allSatisfy { $0.sourceSpan.start == $1.sourceSpan.start + 1 })
    }

    @Test func invisibleCharactersInsideNamesHideNothing() {
        for hidden in ["\u{200B}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{200F}", "\u{202E}", "\u{2066}"] {
            let text = "Ni\(hidden)ger expelled French troops."
            let coded = events(text)
            #expect(summary(coded) == ["NER 166 FRAMIL"], "U+\(String(hidden.unicodeScalars.first!.value, radix: 16))")
            let scalars = Array(text.unicodeScalars)
            if let event = coded.first {
                #expect(String(String.UnicodeScalarView(scalars[event.sourceSpan.start..<event.sourceSpan.end])) == "Ni\(hidden)ger")
            }
        }
    }

    @Test func anInvisibleCharacterBetweenTokensLeavesNoGapInMentionTexts() {
        let sentences = Self.coder.analyzer.analyze(Document(date: Day(iso: "2024-08-07"), text: "Niger\u{200B}'s army expelled French troops."))
        let actors = sentences.flatMap(\.actors)
        #expect(actors.first?.text == "Niger's army")
        #expect(actors.first?.span == TextSpan(start: 0, end: 13))
    }

    @Test func aTwoMegabyteLineWithoutAFullStopIsCodedInBoundedSentences() {
        let clause = "Niger expelled French troops; "
        let filler = Array(repeating: "the talks went on", count: 60).joined(separator: " ") + "; "
        var text = ""
        while text.utf8.count < 2 << 20 { text += clause + filler }
        let (sentences, coded) = Self.coder.code(Document(id: "long", date: Day(iso: "2024-08-07"), text: text))
        #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        #expect(sentences.count > (2 << 20) / 3000)
        #expect(Set(summary(coded)) == ["NER 166 FRAMIL"])
        // Each piece codes its own clauses; only a clause the 1 MiB segment cut falls in
        // (at a space: there is no line break) may be lost.
        let clauses = text.components(separatedBy: clause).count - 1
        #expect(coded.count >= clauses - (2 << 20) / TextSegments.defaultLength)
        let scalarCount = text.unicodeScalars.count
        #expect(sentences.allSatisfy { $0.sentence.span.end <= scalarCount })
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.sentence.index + 1 == $1.sentence.index })
    }
}
