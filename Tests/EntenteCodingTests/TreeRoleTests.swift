import EntenteCoding
import EntenteCore
import EntenteText
import Testing

/// Roles read from the dependency tree, against the tag-based reading of the same sentences:
/// where the tags see no subject, the tree finds it.
@Suite struct TreeRoleTests {
    static let verbs = try! EventDictionary.load([Shipped.fixture("test.verbs"), Shipped.fixture("test.discards")])
    static let parsed = Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: verbs, parser: Shipped.parser))

    static func dyads(_ text: String, coder: Coder) -> [String] {
        coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.filter { !$0.isOneActor }.map { "\($0.source) \($0.target)" }
    }

    @Test func anOpeningParticipleClauseDoesNotHideTheSubject() {
        let text = "Speaking in Bamako on Monday, Mali's president accused Niger of harbouring rebels."
        #expect(Self.dyads(text, coder: FixtureCoder.coder).isEmpty, "the tags alone see no subject here")
        #expect(Self.dyads(text, coder: Self.parsed).contains("MLIGOV NER"))
    }

    @Test func explainSaysWhichArcGaveTheSource() {
        let sentence = Shipped.analyze("Addressing the parliament in Niamey, the Malian president attacked Niger.")[0]
        let notes = Self.parsed.events.explain(sentence).compactMap { $0.candidate?.note }.joined(separator: "\n")
        #expect(notes.contains("nsubj in the parse (Malian president)"), "\(notes)")
        let arcs = Self.parsed.events.tree(of: sentence) ?? []
        #expect(arcs.contains { $0.hasPrefix("8:president → 9:attacked (nsubj)") }, "\(arcs)")
        #expect(FixtureCoder.coder.events.tree(of: sentence) == nil)
    }

    @Test func aVerbWithItsOwnSubjectKeepsItWhenTheParseMissesIt() {
        // Conjoined clauses: "Belgrade" is the second verb's subject however the parse attaches it.
        let text = "Mali attacked Chad on Thursday, and Niger attacked Burkina Faso."
        #expect(Self.dyads(text, coder: Self.parsed) == ["MLI TCD", "NER BFA"])
    }

    @Test func aRelativePronounObjectStandsForItsNoun() {
        let text = "Mali, which Niger attacked on Friday, protested."
        #expect(!Self.dyads(text, coder: FixtureCoder.coder).contains("NER MLI"), "the tags alone see no object here")
        #expect(Self.dyads(text, coder: Self.parsed).contains("NER MLI"))
        let sentence = Shipped.analyze(text)[0]
        let notes = Self.parsed.events.explain(sentence).compactMap { $0.candidate?.note }.joined(separator: "\n")
        #expect(notes.contains("target: relative clause → obj in the parse (Mali)"), "\(notes)")
    }

    @Test func aTreeObjectIsNeverACompanionOrTheSource() {
        // "alongside" may be parsed as a modifier of the object; a companion is still no target.
        #expect(Self.dyads("Chad attacked alongside Niger.", coder: Self.parsed).isEmpty)
        #expect(Self.dyads("Mali attacked itself.", coder: Self.parsed).isEmpty)
    }

    @Test func withoutAParserTheTagsDecide() {
        let text = "Mali attacked Niger."
        #expect(Self.dyads(text, coder: FixtureCoder.coder) == Self.dyads(text, coder: Self.parsed))
    }
}
