import EntenteCoding
import EntenteCore
import EntenteText
import Testing

/// The event coder on the shipped actors and a small fixture event dictionary, so these
/// tests pin the mechanism, not the shipped patterns.
enum FixtureCoder {
    static let coder: Coder = {
        let verbs = try! EventDictionary.load([Shipped.fixture("test.verbs"), Shipped.fixture("test.discards")])
        return Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: verbs))
    }()

    /// `SOURCE CODE TARGET mode` for every event between two actors, all modes (what `code`
    /// prints without `--one-actor`).
    static func events(_ text: String, date: String = "2024-08-07") -> [String] {
        coder.code(Document(id: "t", date: Day(iso: date), text: text)).events.filter { !$0.isOneActor }.map(line)
    }

    /// `SOURCE CODE mode` for every one-actor event, all modes.
    static func oneActorEvents(_ text: String, date: String = "2024-08-07") -> [String] {
        coder.code(Document(id: "t", date: Day(iso: date), text: text)).events.filter(\.isOneActor).map(line)
    }

    static func line(_ event: Event) -> String {
        event.isOneActor ? "\(event.source) \(event.cameo) \(event.mode.rawValue)" : "\(event.source) \(event.cameo) \(event.target) \(event.mode.rawValue)"
    }
}

@Suite struct EventCoderTests {
    @Test func picksTheMostSpecificPattern() {
        #expect(FixtureCoder.events("Niger cut diplomatic ties with Ukraine.") == ["NER 161 UKR asserted"])
        #expect(FixtureCoder.events("Niger cut funding to Ukraine.") == ["NER 16 UKR asserted"])
    }

    @Test func splitsCompoundActors() {
        #expect(FixtureCoder.events("Niger and Mali cut ties with Ukraine.") == ["NER 161 UKR asserted", "MLI 161 UKR asserted"])
    }

    @Test func readsReducedPassivesSetOffByCommas() {
        #expect(Set(FixtureCoder.events("Malian troops, backed by Niger, attacked Chad.")) == ["NER 051 MLIMIL asserted", "MLIMIL 190 TCD asserted"])
        // After a number, and with no agent but a preposition after the participle: the
        // sentence's subject did not do it.
        #expect(!FixtureCoder.events("Mali freed the tanker Grace 1, arrested by Niger.").contains { $0.hasPrefix("MLI 173") })
        #expect(FixtureCoder.events("Mali freed the activist Amadou Kone, arrested in Niger at Chad's request.").allSatisfy { !$0.hasPrefix("MLI 173") })
    }

    @Test func readsPassives() {
        #expect(FixtureCoder.events("The U.S. troops were expelled by Niger.") == ["NER 166 USAMIL asserted"])
        // A reduced passive after a noun: "the troops expelled by Niger".
        #expect(FixtureCoder.events("Mali welcomed the U.S. troops expelled by Niger.") == ["NER 166 USAMIL asserted"])
    }

    @Test func possessedNounsAreNotVerbs() {
        #expect(FixtureCoder.events("Mali and Niger praised their attack on the rebels.").isEmpty)
    }

    @Test func participleClausesInheritTheSubject() {
        let events = FixtureCoder.events("Niger cut ties with Ukraine, accusing it of supporting terrorists.")
        #expect(events.contains("NER 112 UKR asserted"))
    }

    @Test func particlesMayFollowTheObject() {
        #expect(FixtureCoder.events("Niger kicked the U.S. troops out.") == ["NER 166 USAMIL asserted"])
        #expect(FixtureCoder.events("Niger's junta kicked out the U.S. troops.") == ["NERGOV 166 USAMIL asserted"])
    }

    @Test func readsModes() {
        #expect(FixtureCoder.events("Mali did not attack Niger.") == ["MLI 190 NER negated"])
        // The threaten verb's own 138 gives way to the threat of the act threatened (1384).
        #expect(FixtureCoder.events("Russia threatened to attack Ukraine.") == ["RUS 190 UKR threatened", "RUS 1384 UKR asserted"])
        #expect(FixtureCoder.events("Niger plans to expel the French troops.") == ["NER 166 FRAMIL intended"])
        #expect(FixtureCoder.events("Is Mali attacking Niger?") == ["MLI 190 NER hypothetical"])
        #expect(FixtureCoder.events("If Mali attacks Niger, France will respond.") == ["MLI 190 NER hypothetical"])
        #expect(FixtureCoder.events("Mali may attack Niger.") == ["MLI 190 NER hypothetical"])
        #expect(FixtureCoder.events("Russia denied that it attacked Ukraine.").contains("RUS 190 UKR denied"))
    }

    @Test func onlyReciprocalPatternsPairAGroup() {
        // "attack" has no % pattern: a group with no target attacks no one.
        #expect(FixtureCoder.events("Mali and Niger attacked in the north.").isEmpty)
    }

    @Test func requestedActsBelongToTheOneAsked() {
        #expect(FixtureCoder.events("China urged the United States to attack Russia.") == ["USA 190 RUS requested"])
        #expect(FixtureCoder.events("France called on Mali to meet with Niger.") == ["MLI 043 NER requested"])
        #expect(Set(FixtureCoder.events("France called on Mali and Niger to attack Chad.")) == ["MLI 190 TCD requested", "NER 190 TCD requested"])
    }

    @Test func readsAllegationsConditionsAndDemands() {
        #expect(FixtureCoder.events("Mali accused Niger of attacking Burkina Faso.") == ["MLI 112 NER asserted", "NER 190 BFA alleged"])
        #expect(FixtureCoder.events("Had Mali attacked Niger, France would have responded.") == ["MLI 190 NER hypothetical"])
        #expect(FixtureCoder.events("Mali stopped short of attacking Niger.") == ["MLI 190 NER negated"])
        #expect(FixtureCoder.events("France demanded that Mali meet with Niger.") == ["MLI 043 NER requested"])
        #expect(FixtureCoder.events("Mali's plan to attack Niger worried France.") == ["MLI 190 NER intended"])
        #expect(FixtureCoder.events("Mali accused Niger of secretly attacking Burkina Faso.") == ["MLI 112 NER asserted", "NER 190 BFA alleged"])
        #expect(FixtureCoder.events("France doubted the chances of an attack between Mali and Niger.").allSatisfy { $0.hasSuffix("hypothetical") })
    }

    @Test func intentionsToCooperateAreAlsoCodedAs03() {
        #expect(FixtureCoder.events("Mali plans to meet with Niger.") == ["MLI 043 NER intended", "MLI 036 NER asserted"])
        #expect(FixtureCoder.events("Mali is ready to meet with Niger.") == ["MLI 043 NER intended", "MLI 036 NER asserted"])
    }

    @Test func groupsMeetingSomewhereMeetEachOther() {
        #expect(Set(FixtureCoder.events("Mali and Niger met on the sidelines of the ECOWAS summit.")) == ["MLI 040 NER asserted", "NER 040 MLI asserted"])
    }

    @Test func eventsBetweenAGroupGoBothWays() {
        #expect(Set(FixtureCoder.events("An attack between Mali and Niger was reported.")) == ["MLI 190 NER asserted", "NER 190 MLI asserted"])
        // With a source of its own, "between" names the targets.
        #expect(Set(FixtureCoder.events("Chad attacked between Mali and Niger.")) == ["TCD 190 MLI asserted", "TCD 190 NER asserted"])
    }

    @Test func codesReciprocalVerbsBothWays() {
        #expect(Set(FixtureCoder.events("Mali and Niger met in Bamako.")) == ["MLI 040 NER asserted", "NER 040 MLI asserted"])
        #expect(FixtureCoder.events("Mali met with Niger.") == ["MLI 043 NER asserted"])
    }

    @Test func judgedEventsTargetTheCountryTheyHappenedIn() {
        #expect(FixtureCoder.events("France accused the coup in Niger.") == ["FRA 112 NER asserted"])
        // What is attacked lies in a country: that country is the target.
        #expect(FixtureCoder.events("France attacked a convoy in Mali.") == ["FRA 190 MLI asserted"])
        // Not where the place only situates the act, or for acts that neither judge nor attack.
        #expect(FixtureCoder.events("France attacked in Mali.").isEmpty)
        #expect(FixtureCoder.events("France met a delegation in Mali.").isEmpty)
    }

    @Test func thatClausesGiveTheTargetPastTheSourceItself() {
        #expect(FixtureCoder.events("Mali denied that its troops had attacked Niger.") == ["MLI 016 NER asserted", "MLI 190 NER denied"])
    }

    @Test func eventNounsTakeThePassiveAgent() {
        #expect(FixtureCoder.events("Sanctions against Belarus were extended by Lithuania.") == ["LTU 163 BLR asserted"])
    }

    @Test func patternsSkipQuantities() {
        #expect(FixtureCoder.events("Niger expelled thousands of troops of Mali.") == ["NER 166 MLIMIL asserted"])
    }

    @Test func purposesAreNotEvents() {
        #expect(FixtureCoder.events("France cut ties with Mali in a bid to attack Niger.").filter { $0.contains("190") } == ["FRA 190 NER hypothetical"])
    }

    @Test func sayingOneDidNotActIsADenial() {
        #expect(FixtureCoder.events("Mali did not attack Niger, the Malian government said, rejecting the accusations.") == ["MLI 190 NER negated", "MLI 016 NER asserted"])
        // Said by someone else, it is only a negation.
        #expect(FixtureCoder.events("Mali did not attack Niger, the French government said, rejecting the accusations.") == ["MLI 190 NER negated"])
        // With no accusation to answer, a statement of policy.
        #expect(FixtureCoder.events("Mali did not attack Niger, the Malian government said.") == ["MLI 190 NER negated"])
    }

    @Test func adjectivesStateAttitudes() {
        #expect(FixtureCoder.events("Mali said it was optimistic about the talks with Niger.") == ["MLI 013 NER asserted"])
        // Not optimistic is pessimistic.
        #expect(FixtureCoder.events("Mali said it was not optimistic about the talks with Niger.") == ["MLI 013 NER negated", "MLI 012 NER asserted"])
    }

    @Test func relativeClausesDoNotCaptureLaterVerbPhrases() {
        // The relative clause is "that came to power"; "and have attacked" goes with Mali.
        #expect(FixtureCoder.events("Mali is under a junta that came to power in a coup and has attacked Niger.") == ["MLI 190 NER asserted"])
        #expect(FixtureCoder.events("Mali backs a federation that attacked Niger.").isEmpty)
    }

    @Test func possessorsOfDecisionsAct() {
        #expect(FixtureCoder.events("Ukraine regrets Mali's decision to break ties with Kyiv.").contains("MLI 161 UKR asserted"))
    }

    @Test func namesTheReporterAndDatesTheEvent() throws {
        let events = FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Niger expelled the U.S. troops on March 16, the Pentagon said.")).events
        let event = try #require(events.first)
        #expect(event.reporter == "USAMIL")
        #expect(event.date == "2024-03-16")
        #expect(event.datePrecision == .day)
        #expect(event.goldstein == CAMEO.type("166")!.goldstein)
        #expect(event.quadClass == 4)
        #expect(event.plover == CAMEO.type("166")!.plover?.event)
        #expect(event.pattern.hasPrefix("test.verbs:14:"))
        let undated = FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Mali attacked Niger.")).events.first
        #expect(undated?.date == "2024-08-07")
        #expect(undated?.datePrecision == .document)
    }

    @Test func codesNothingWithoutTwoActors() {
        #expect(FixtureCoder.events("The troops attacked.").isEmpty)
        #expect(FixtureCoder.events("Rebels attacked soldiers.").isEmpty)
        #expect(FixtureCoder.events("Mali played well.").isEmpty)
        #expect(FixtureCoder.events("").isEmpty)
        #expect(FixtureCoder.events("!!! ... ???").isEmpty)
        #expect(FixtureCoder.events("Москва и Київ 和平 attacked.").isEmpty)
        let long = (0..<1250).map { _ in "Mali attacked Niger and" }.joined(separator: " ") + " Niger attacked Mali."
        // A "sentence" of 5,000 tokens codes without trouble.
        #expect(Tokenizer.tokenize(long).count >= 5000)
        #expect(!FixtureCoder.events(long).isEmpty)
    }

    @Test func anActDoneToNobodyNamedIsAOneActorEvent() throws {
        #expect(FixtureCoder.oneActorEvents("Mali attacked on Friday, the Chadian army said.") == ["MLI 190 reported"])
        #expect(FixtureCoder.oneActorEvents("Mali and Niger attacked in the north.") == ["MLI 190 asserted", "NER 190 asserted"])
        #expect(FixtureCoder.oneActorEvents("Mali did not attack.") == ["MLI 190 negated"])
        // Its target is empty: no code, no text, an empty span where the trigger starts.
        let text = "Mali attacked on Friday."
        let event = try #require(FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.first)
        #expect(event.isOneActor && event.targetText.isEmpty)
        #expect(event.targetSpan == TextSpan(start: event.triggerSpan.start, end: event.triggerSpan.start))
        // No source, no event; and no one-actor event besides a dyad of the same source and root.
        #expect(FixtureCoder.oneActorEvents("The troops attacked on Friday.").isEmpty)
        #expect(FixtureCoder.oneActorEvents("Mali attacked Niger in an attack on Friday.").isEmpty)
        #expect(FixtureCoder.events("Mali attacked Niger in an attack on Friday.") == ["MLI 190 NER asserted"])
        // A reciprocal act of a group of two is still between its members.
        #expect(FixtureCoder.oneActorEvents("Mali and Niger met on Friday.").isEmpty)
    }

    @Test func aClauseUnderAnotherSidesSpeechActIsReported() throws {
        #expect(FixtureCoder.events("Chad claimed that Niger had attacked Mali.") == ["NER 190 MLI reported"])
        #expect(FixtureCoder.events("Niger attacked Mali on Friday, the Chadian army said.") == ["NER 190 MLI reported"])
        let told = try #require(FixtureCoder.coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Chad claimed that Niger had attacked Mali.")).events.first)
        #expect(told.reporter == "TCD")
        // A side telling of its own act asserts it.
        #expect(FixtureCoder.events("Niger said that it had attacked Mali.") == ["NER 190 MLI asserted"])
        #expect(FixtureCoder.events("Niger attacked Mali.") == ["NER 190 MLI asserted"])
    }

    @Test func aKillingOfHundredsIsAMassKilling() {
        #expect(FixtureCoder.events("Malian troops killed hundreds of Nigerien villagers.") == ["MLIMIL 202 NERCVL asserted"])
        #expect(FixtureCoder.events("Malian troops killed more than 1,000 Nigerien villagers.") == ["MLIMIL 202 NERCVL asserted"])
        #expect(FixtureCoder.events("Malian troops killed 12 Nigerien villagers.") == ["MLIMIL 190 NERCVL asserted"])
        #expect(FixtureCoder.events("Malian troops attacked hundreds of Nigerien villagers.") == ["MLIMIL 190 NERCVL asserted"], "not a killing verb")
    }

    @Test func discardsSportsSentencesAndDocuments() {
        #expect(FixtureCoder.events("Mali attacked Niger in the World Cup final.").isEmpty)
        #expect(FixtureCoder.events("Mali attacked Niger. Manchester United won.").isEmpty)
        #expect(FixtureCoder.events("Mali attacked Niger.") == ["MLI 190 NER asserted"])
    }

    @Test func rejectsUnknownCodesWithFileAndLine() {
        do {
            _ = try EventDictionary.load([Shipped.fixture("bad-code.verbs")])
            Issue.record("expected an error")
        } catch let error as EntenteError {
            #expect(error.description == "bad-code.verbs:2: unknown CAMEO code '999'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aBareNounAfterInIsTheSubjectsManner() {
        // "in protest at …" says how the subject acts: the subject protests.
        #expect(FixtureCoder.events("Mali recalled its envoy in protest at Niger.").contains("MLI 141 NER asserted"))
        // Not when the subject suffers the clause's act, nor with a determiner ("in the protest").
        #expect(!FixtureCoder.events("Malian diplomats were detained in protest at Niger.").contains { $0.hasPrefix("MLI") })
        #expect(!FixtureCoder.events("Mali recalled its envoy in the protest at Niger.").contains { $0.hasPrefix("MLI 141") })
    }

    @Test func aListOfActorsAfterCommaAndOpensAClause() {
        // The subject of the second verb is the whole list, not the first clause's subject.
        let events = FixtureCoder.events("Mali attacked Chad, and the United States, Niger and Benin accused Mali.")
        #expect(events.contains("USA 112 MLI asserted") && events.contains("NER 112 MLI asserted") && events.contains("BEN 112 MLI asserted"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("MLI 112") })
    }

    @Test func aJudgementOfAnActIsAimedAtItsDoer() {
        // "the attack" names Mali's act: the rejection is aimed at Mali.
        #expect(FixtureCoder.events("Mali attacked Chad, and Niger rejected the attack.").contains("NER 120 MLI asserted"))
        #expect(FixtureCoder.events("Mali attacked Chad, and Niger rejected the move.").contains("NER 120 MLI asserted"))
        // A noun naming no act told before names no doer.
        #expect(!FixtureCoder.events("Mali attacked Chad, and Niger rejected the report.").contains { $0.hasPrefix("NER") })
    }

    @Test func aJudgementOfAnActIsAimedAtItsAgentAfterBy() {
        // Chad is whom the blockade is done to; Mali did it.
        #expect(FixtureCoder.events("Niger rejected the blockade of Chad by Mali.") == ["NER 120 MLI asserted"])
        #expect(FixtureCoder.events("Niger rejected the blockade of Chad.") == ["NER 120 TCD asserted"])
        // A "by" past a verb belongs to that verb, not to the object.
        #expect(FixtureCoder.events("Niger rejected the blockade of Chad that was ordered by Mali.") == ["NER 120 TCD asserted"])
    }

    @Test func aHyphenatedModifierDoesNotHideTheCircumstance() {
        // "during a two-day visit to Chad": the clause's subject makes the visit.
        #expect(FixtureCoder.events("Mali attacked Niger during a two-day visit to Chad.").contains("MLI 042 TCD asserted"))
        #expect(FixtureCoder.events("Mali attacked Niger during a visit to Chad.").contains("MLI 042 TCD asserted"))
    }

    @Test func aVisitTheSubjectCameForIsItsOwn() {
        // "flew to Chad on Tuesday for a visit": what the subject went there to do.
        #expect(FixtureCoder.events("Mali's president flew to Niamey on Tuesday for a two-day visit to Chad.").contains { $0.hasPrefix("MLIGOV 042 TCD") })
        // "called for a visit": a verb's "for" names what it seeks, not what its subject does.
        #expect(!FixtureCoder.events("Niger called for a visit to Chad.").contains { $0.hasPrefix("NER 042") })
    }

    @Test func aHyphenatedMediatorIsNoTarget() {
        // "U.S.-brokered talks with Niger": the United States mediates; Niger is the target.
        let events = FixtureCoder.events("Mali suspended U.S.-brokered talks with Niger.")
        #expect(events.contains("MLI 160 NER asserted") && !events.contains { $0.contains(" USA ") }, "\(events)")
    }

    @Test func aCommaAndASubordinatorReadAsAPrepositionOpenAClause() {
        // "…, after Niger accused Benin": the tagger reads "after" as a preposition, yet a
        // finite verb follows, so Niger is the accuser, not Mali.
        let events = FixtureCoder.events("Mali warned Chad on Tuesday, after Niger accused Benin.")
        #expect(events.contains("NER 112 BEN asserted") && !events.contains("MLI 112 BEN asserted"), "\(events)")
        // Without a verb after it, "after" stays a preposition: "…, after talks with Benin".
        #expect(FixtureCoder.events("Mali warned Chad on Tuesday, after talks with Benin.").contains("MLI 130 TCD asserted"))
    }
}
