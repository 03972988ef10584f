import EntenteCoding
import EntenteCore
import EntenteText
import Testing

// A recipient between a verb of giving and what it gives is the target of a pattern that
// names what is given (PatternMatcher+IndirectObject.swift). The rule asks the parse.

@Suite struct IndirectObjectTests {
    static let verbs = try! EventDictionary.load([Shipped.fixture("test.verbs"), Shipped.fixture("test.discards")])
    static let parsed = Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: verbs, parser: Shipped.parser))

    static func events(_ text: String) -> [String] {
        parsed.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.filter { !$0.isOneActor }.map(FixtureCoder.line)
    }

    @Test func anAmountOfMoneyIsWhatIsGiven() {
        // The currency sign is a filler, so the amount looked like no thing given at all. (The
        // intention to give is also its 03x intent, said now.)
        #expect(Self.events("Japan will give Ukraine $5.5 billion.") == ["JPN 070 UKR intended", "JPN 033 UKR asserted"])
    }

    @Test func theRecipientBetweenVerbAndObjectIsTheTarget() {
        // `062 * access` stopped at "the United States" before.
        #expect(Self.events("Mali granted the United States access to its military bases.") == ["MLI 062 USA asserted"])
    }

    @Test func aPrepositionAfterTheActorIsNoGiving() {
        // `012 * of` was written for "alerted of"; "Niger of" is no indirect object.
        #expect(!Self.events("Mali alerted Niger of a response.").contains { $0.hasPrefix("MLI 012") })
    }

    @Test func aPossessorIsTheTargetOfWhatItOwns() {
        // `161 * commissioner` stopped at "Niger" before; a possessor needs no parse.
        #expect(Self.events("Mali expelled Niger's high commissioner.") == ["MLI 161 NER asserted"])
        #expect(FixtureCoder.events("Mali expelled Niger's high commissioner.") == ["MLI 161 NER asserted"])
    }

    @Test func withoutAParseAnIndirectObjectIsNotTaken() {
        #expect(!FixtureCoder.events("Mali granted the United States access to its military bases.").contains("MLI 062 USA asserted"))
    }
}
