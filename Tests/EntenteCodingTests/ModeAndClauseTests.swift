import EntenteCore
import EntenteCoding
import EntenteText
import Testing

// Modes read from governing words, clause subjects and reciprocity.

@Suite struct NounModeTests {
    @Test func anEventNounTakesTheModeOfItsLightVerb() {
        #expect(FixtureCoder.events("Mali threatened to launch an attack on Niger.").contains("MLI 190 NER threatened"))
        #expect(!FixtureCoder.events("Mali threatened to launch an attack on Niger.").contains("MLI 190 NER asserted"))
    }

    @Test func eventNounsThatAreToStopOrWouldHappenAreNotAsserted() {
        #expect(!FixtureCoder.events("Chad demanded an end to the attack by Mali on Niger.").contains("MLI 190 NER asserted"))
        #expect(FixtureCoder.events("An attack by Mali on Niger would be a disaster.").allSatisfy { $0.hasSuffix("hypothetical") })
        // A definite one happened.
        #expect(FixtureCoder.events("The attack by Mali on Niger would be remembered.") == ["MLI 190 NER asserted"])
    }

    @Test func anEventNounStoppedByAPassiveVerbIsNegated() {
        #expect(FixtureCoder.events("The attack by Mali on Niger was halted by Chad.").allSatisfy { !$0.hasSuffix("asserted") || !$0.contains("190") })
        #expect(FixtureCoder.events("The attack by Mali on Niger was halted by Chad.").contains("MLI 190 NER negated"))
    }

    @Test func aGerundAfterAVerbTriggerTakesItsSourceAndMode() {
        #expect(FixtureCoder.events("Chad urged Mali to stop attacking Niger.") == ["MLI 190 NER requested"])
        #expect(FixtureCoder.events("Mali stopped attacking Niger.") == ["MLI 190 NER negated"])
        #expect(FixtureCoder.events("Mali resumed attacking Niger.") == ["MLI 190 NER asserted"])
    }

    @Test func aSubordinatorsVerbMustNotLieBeyondAThatClause() {
        // "as … that it had attacked": without the rule "as" opens a clause and the pattern
        // cannot reach "charges".
        #expect(FixtureCoder.events("China rejected as groundless American charges that it had attacked Taiwan.").contains("CHN 016 USA asserted"))
    }

    @Test func aNounAfterANationalityAdjectiveIsANoun() {
        // "charges" after "American" is not the verb "charge".
        #expect(!FixtureCoder.events("American charges against China angered Beijing.").contains { $0.hasPrefix("USA 173") })
    }

    @Test func anIngFormAfterACommaIsAParticipleWhateverItsTag() {
        // The tagger reads "warning" as a noun; without the rule the noun has no source.
        #expect(FixtureCoder.events("Mali cut ties with Niger on Sunday, warning that Chad would pay.").contains("MLI 130 TCD asserted"))
    }

    @Test func aNameAfterANounsOfIsNoSubject() {
        // The tagger reads "swept" as a noun; without the rule Bangladesh would be the subject
        // and the killer.
        #expect(FixtureCoder.events("A cyclone with strong winds swept across the coast of Bangladesh overnight, killing hundreds of people.").isEmpty)
        #expect(FixtureCoder.events("A group of Malian soldiers attacked Niger.") == ["MLIMIL 190 NER asserted"])
    }

    @Test func andBeforeAnUninflectedVerbWithAnObjectOpensAClause() {
        // Without the rule the Nigerien army, in the second verb phrase, would be the target.
        #expect(FixtureCoder.events("Mali declared a state of emergency and put the Nigerien army in charge.") == ["MLI 1724 MLICVL asserted"])
    }

    @Test func anApologyOfferedIsMade() {
        #expect(FixtureCoder.events("Japan offered an apology to South Korea.") == ["JPN 055 KOR asserted"])
    }

    @Test func anAmountIsSkippedAsOneFiller() {
        // "about $1 billion in" is five fillers, of which "$" and "in" are not counted.
        #expect(FixtureCoder.events("Turkey will extend about $1 billion in credits to Uzbekistan.") == ["TUR 071 UZB intended", "TUR 0331 UZB asserted"])
    }

    @Test func coordinatedAdjectivesAreSkippedAsOneFiller() {
        // "all its economic and political" is five fillers, of which "and political" joins
        // "economic" as one modifier: three counted, as many as may be skipped.
        #expect(FixtureCoder.events("Mali imposed all its economic and political sanctions on Niger.") == ["MLI 163 NER asserted"])
        #expect(FixtureCoder.events("Niger cut all its old, close and cordial ties with Ukraine.") == ["NER 161 UKR asserted"])
        // Four modifiers that are not one coordination are too many: only the bare verb's code.
        #expect(FixtureCoder.events("Niger cut all its old close cordial ties with Ukraine.") == ["NER 16 UKR asserted"])
    }

    @Test func aDemandsThatClauseMayFollowADate() {
        #expect(FixtureCoder.events("Chad demanded on Thursday that the Nigerien government expel Malian diplomats.") == ["NERGOV 174 MLIGOV requested"])
    }

    @Test func aSecondThatClauseOfADemandIsRequestedToo() {
        let events = FixtureCoder.events("Chad demanded that Mali leave and that Niger expel Malian diplomats.")
        #expect(events == ["NER 174 MLIGOV requested"])
    }

    @Test func theOneAskedToActMayStandBeforeADate() {
        #expect(FixtureCoder.events("Mali urged Niger on Thursday to attack Chad.") == ["NER 190 TCD requested"])
        #expect(FixtureCoder.events("Mali appealed to Niger to attack Chad.") == ["NER 190 TCD requested"])
    }

    @Test func theObjectOfAnActiveStoppingVerbIsNegated() {
        #expect(FixtureCoder.events("Mali cancelled its visit to Niger.") == ["MLI 042 NER negated"])
        // Lifting a restriction eases it (ThreatAndEasingTests).
        #expect(FixtureCoder.events("Mali lifted its sanctions on Niger.") == ["MLI 085 NER asserted"])
        // Not across a preposition: what one stops for is not stopped.
        #expect(FixtureCoder.events("Mali halted in Dakar for Mali's visit to Niger.") == ["MLI 042 NER asserted"])
    }

    @Test func aNounTheVerbPatternMatchedIsPartOfTheVerbsEvent() {
        // Without the rule "aid" would add an aid event (070) beside the reduction (162).
        #expect(FixtureCoder.events("Britain suspended its aid to Rwanda.") == ["GBR 162 RWA asserted"])
        #expect(FixtureCoder.events("Britain sent its aid to Rwanda.") == ["GBR 070 RWA asserted"])
    }

    @Test func aPossessivePronounIsTheSourceOfAnEventNoun() {
        #expect(Set(FixtureCoder.events("Mali and Niger held their first meeting in Bamako.")) == ["MLI 040 NER asserted", "NER 040 MLI asserted"])
        // The tagger reads this "'s" as a conjunction; it must not open a clause.
        #expect(FixtureCoder.events("Mali's president and Jordan's King Abdullah held their first meeting.").count == 2)
    }

    @Test func anEventNounThatDidNotTakePlaceIsNegated() {
        #expect(FixtureCoder.events("The attack by Mali on Niger that had been planned for Thursday did not take place.").allSatisfy { $0.hasSuffix("negated") })
        #expect(!FixtureCoder.events("The attack by Mali on Niger that had been planned for Thursday did not take place.").isEmpty)
    }

    @Test func aDateBeforeTheInfinitiveKeepsItsGovernor() {
        #expect(FixtureCoder.events("Mali threatened on Monday to attack Niger.").contains("MLI 190 NER threatened"))
        #expect(!FixtureCoder.events("Mali threatened on Monday to attack Niger.").contains("MLI 190 NER asserted"))
    }

    @Test func aParticipleAfterANounActsForTheNoun() {
        #expect(FixtureCoder.events("Mali backed a resolution attacking Niger.") == ["MLI 051 NER asserted"])
    }

    @Test func thePurposeOfAnIntendedActIsNoIntention() {
        #expect(FixtureCoder.events("Mali plans to expel the troops to attack Niger.").contains { $0.hasPrefix("MLI 190 NER") && $0.hasSuffix("hypothetical") })
    }

    @Test func anActItsOwnSideSaysItMayTakeIsConsidered() {
        #expect(FixtureCoder.events("Mali may attack Niger, the Malian government said.").contains("MLI 014 NER asserted"))
        // Said by others, or conditional, it is only hypothetical.
        #expect(!FixtureCoder.events("Mali may attack Niger, the Nigerien government said.").contains("MLI 014 NER asserted"))
        #expect(!FixtureCoder.events("Mali may attack Niger if Chad attacks, the Malian government said.").contains("MLI 014 NER asserted"))
    }

    @Test func aVerbAfterAModalIsAVerbWhateverItsTag() {
        // The tagger reads "back" after "would" as an adverb.
        #expect(FixtureCoder.events("Mali said it would back Niger.").contains("MLI 051 NER intended"))
    }

    @Test func wouldInReportedSpeechIsAnIntention() {
        #expect(FixtureCoder.events("Mali said it would attack Niger.").contains("MLI 190 NER intended"))
        #expect(FixtureCoder.events("Mali said it would attack Niger if Chad attacked.").contains("MLI 190 NER hypothetical"))
        #expect(FixtureCoder.events("Mali would attack Niger.").contains("MLI 190 NER hypothetical"))
    }

    @Test func aPurposeTakesTheModeOfItsAct() {
        let events = FixtureCoder.events("Mali urged Niger to sign a deal to expel the U.S. troops.")
        #expect(events.contains { $0.hasSuffix("166 USAMIL requested") })
        #expect(!events.contains { $0.hasSuffix("asserted") })
    }
}

@Suite struct ClauseSubjectTests {
    func subjects(_ text: String) -> [String?] {
        let sentence = Shipped.analyzer.analyze(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).first!
        return FixtureCoder.coder.events.clauses(of: sentence).map(\.subject)
    }

    @Test func aSubordinatorIsNotAPreposition() {
        #expect(subjects("Algeria recalled its ambassador after France backed Morocco.") == ["Algeria", "France"])
    }

    @Test func aParticipleClauseAfterAThatClauseGoesWithTheMainClause() {
        #expect(subjects("Iraq demanded that Turkey withdraw its troops, calling it a violation.") == ["Iraq", "Turkey", "Iraq"])
    }

    @Test func aCommaAndANewSubjectOpenAClause() {
        #expect(subjects("Mali met Niger on Friday, and Chad attacked Niger.") == ["Mali", "Chad"])
    }

    @Test func asWithAFiniteVerbOpensAClause() {
        #expect(subjects("Mali cut ties with Chad as Niger attacked Chad.") == ["Mali", "Niger"])
    }

    @Test func aParticipleOpeningTheSentenceDescribesItsSubject() {
        #expect(subjects("Jailed Malian officials attacked Niger.") == ["Malian officials"])
        // …and reports no arrest.
        #expect(FixtureCoder.events("Jailed Malian officials attacked Niger.") == ["MLIGOV 190 NER asserted"])
    }

    @Test func aClauseWithAnUncodedSubjectInheritsNone() {
        #expect(subjects("U.S. officials alleged that the North admitted it.") == ["U.S. officials", nil])
        #expect(subjects("Mali cut ties with Ukraine, accusing it of lies.") == ["Mali", "Mali"])
    }
}

@Suite struct ReciprocityTests {
    @Test func aGroupActingOnEachOther() {
        #expect(Set(FixtureCoder.events("Armenian and Azerbaijani forces attacked each other.")) == ["ARMMIL 190 AZEMIL asserted", "AZEMIL 190 ARMMIL asserted"])
    }
}

// Threats and easings: each one table (ThreatCodes, EasingCodes), not a branch a phrasing.

@Suite struct ThreatAndEasingTests {
    @Test func aThreatenedActIsAlsoItsThreatMadeNow() {
        let attack = FixtureCoder.events("Mali threatened to attack Niger.")
        #expect(attack.contains("MLI 190 NER threatened") && attack.contains("MLI 1384 NER asserted"), "\(attack)")
        let sanctions = FixtureCoder.events("Mali threatened to impose a curfew on Niger.")
        #expect(sanctions.contains("MLI 1323 NER asserted"), "\(sanctions)")
        // An act merely intended or asked for is no threat.
        #expect(!FixtureCoder.events("Mali said it would attack Niger.").contains { $0.contains(" 13") })
    }

    @Test func aHostileActStatedOnAConditionOrAsAWarningIsAThreat() {
        let conditional = FixtureCoder.events("Mali will attack Niger if Niger attacks Mali.")
        #expect(conditional.contains("MLI 1384 NER asserted"), "\(conditional)")
        // The act set as the condition threatens nothing.
        #expect(!conditional.contains("NER 1384 MLI asserted"), "\(conditional)")
        let warned = FixtureCoder.events("Mali warned that it would attack Niger.")
        #expect(warned.contains("MLI 1384 NER asserted"), "\(warned)")
        // Stated with neither, it stays an intention; warned of by another side, it is that
        // side's warning, no threat by the actor.
        #expect(!FixtureCoder.events("Mali will attack Niger.").contains { $0.contains(" 13") })
        let othersWarning = FixtureCoder.events("Chad warned that Mali would attack Niger.")
        #expect(!othersWarning.contains("MLI 1384 NER asserted"), "\(othersWarning)")
    }

    @Test func aRestrictionLiftedIsAnEasingInTheLiftingVerbsMode() {
        #expect(FixtureCoder.events("Mali lifted its sanctions on Niger.") == ["MLI 085 NER asserted"])
        #expect(FixtureCoder.events("Mali eased sanctions on Niger.") == ["MLI 085 NER asserted"])
        #expect(FixtureCoder.events("Mali did not lift its sanctions on Niger.") == ["MLI 085 NER negated"])
        // Imposed, it is the restriction itself.
        #expect(FixtureCoder.events("Mali imposed sanctions on Niger.").contains("MLI 163 NER asserted"))
    }
}

@Suite struct DeniedIntentionTests {
    @Test func anIntentionNounIsAnIntention() {
        #expect(FixtureCoder.events("Niger has plans to expel the French troops.").contains("NER 166 FRAMIL intended"))
    }

    @Test func noPlansIsNoIntention() {
        // "has no plans to": the intention is denied, so neither the act nor its 03x intent is coded.
        #expect(FixtureCoder.events("Niger has no plans to expel the French troops.") == ["NER 166 FRAMIL negated"])
        #expect(FixtureCoder.events("Niger has no immediate intention to expel the French troops.") == ["NER 166 FRAMIL negated"])
    }
}

@Suite struct ModalInsideNameTests {
    @Test func aNameIsNoModal() {
        // "May" in "Theresa May", and the month, are no "may": the act is asserted.
        #expect(FixtureCoder.events("Theresa May attacked Niger.", date: "2018-05-01") == ["GBRGOV 190 NER asserted"])
        #expect(FixtureCoder.events("Mali attacked Niger in May.") == ["MLI 190 NER asserted"])
        #expect(FixtureCoder.events("Mali may attack Niger.") == ["MLI 190 NER hypothetical"])
    }
}

@Suite struct HyphenatedModifierTests {
    @Test func theLastWordOfAHyphenatedModifierIsAFiller() {
        // "standing" is read as a verb; without the rule it stops the lifting verb's object.
        #expect(FixtureCoder.events("Mali lifted its long-standing sanctions on Niger.") == ["MLI 085 NER asserted"])
    }
}
