import EntenteCoding
import EntenteCore
import Testing

@Suite struct CoreferenceTests {
    func mentions(_ text: String) -> [ActorMention] {
        Shipped.analyze(text).flatMap(\.actors)
    }

    @Test func linksItToTheOnlySingularCandidate() throws {
        let all = mentions("Niger and Mali cut diplomatic ties with Ukraine, accusing it of supporting terrorist groups.")
        let it = try #require(all.first { $0.text == "it" })
        #expect(it.codes == ["UKR"])
        #expect(it.source == .coreference)
        #expect(it.antecedent == MentionReference(sentence: 0, mention: 2))
    }

    @Test func aPossessiveInTheSubjectsClauseIsTheSubjects() {
        let own = mentions("Nicaragua broke off relations with Taiwan and switched its recognition to Beijing.")
        #expect(own.first { $0.text == "its" }?.codes == ["NIC"])
        // Another clause with its own subject stands between: no link.
        let other = mentions("Greece will restore ties with Albania years after Turkish crowds burned down its embassy.")
        #expect(other.first { $0.text == "its" } == nil)
    }

    @Test func aPersonsObjectPronounIsTheOfficialNamedBefore() {
        // No person but the subject: "him" is the ambassador, not Morales.
        let all = mentions("Bolivian President Evo Morales expelled the U.S. ambassador on Wednesday, accusing him of spying.")
        #expect(all.first { $0.text == "him" }?.codes == ["USAGOV"])
        // A body of people is never "him".
        let police = mentions("Ecuador defied warnings that British police could enter its embassy to arrest him.")
        #expect(police.first { $0.text == "him" }?.codes.contains("GBRCOP") != true)
        // A possessive "her" before a noun is no object.
        let possessive = mentions("Chilean President Michelle Bachelet met the Argentine ambassador with her advisers.")
        #expect(possessive.first { $0.text == "her" }?.codes.contains("ARGGOV") != true)
    }

    @Test func sentenceInitialAnaphorsContinueTheSubject() {
        let all = mentions("Niger accused Ukraine after France warned Russia. It denied everything.")
        #expect(all.first { $0.text == "It" }?.codes == ["NER"])
    }

    @Test func linksDescriptionsAcrossSentences() {
        let all = mentions("Niger took a surprising turn. The country cut ties with Ukraine. The junta then expelled diplomats.")
        #expect(all.first { $0.text == "The country" }?.codes == ["NER"])
        #expect(all.first { $0.text == "junta" || $0.text == "The junta" }?.codes == ["NERGOV"])
    }

    @Test func linksGroupsToPluralAnaphors() {
        let all = mentions("Mali and Niger met in Bamako. Both nations then recalled their ambassadors.")
        #expect(all.first { $0.text == "Both nations" }?.codes == ["MLI", "NER"])
        #expect(all.first { $0.text == "their" }?.codes == ["MLI", "NER"])
    }

    @Test func appositionIsNotAGroup() {
        let text = "Mali, Niger and Burkina Faso, led by Burkina Faso's young leader, Captain Ibrahim Traoré, formed the Alliance of Sahel States. They promise to work together."
        #expect(mentions(text).first { $0.text == "They" }?.codes == ["MLI", "NER", "BFA"])
    }

    @Test func regionAdjectivesStayInsideDescriptions() {
        let all = mentions("Niger and Mali cut ties with Ukraine. Both African nations are led by juntas.")
        #expect(all.first { $0.text == "Both African nations" }?.codes == ["NER", "MLI"])
        #expect(!all.contains { $0.text == "African" })
    }

    @Test func leavesUnclearAnaphorsUnlinked() {
        let all = mentions("France warned Russia that it would respond.")
        #expect(all.first { $0.text == "it" } == nil)
        let later = mentions("Niger accused Ukraine after France warned Russia. Officials said it denied everything.")
        #expect(later.first { $0.text == "it" } == nil)
        #expect(mentions("It was a quiet day.").isEmpty)
    }

    @Test func linksPossessedForcesThroughCapitals() {
        let all = mentions("Kyiv's forces withdrew from the town.")
        #expect(all.first?.codes == ["UKRMIL"])
    }
}
