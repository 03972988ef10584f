import EntenteCore
import EntenteCoding
import EntenteText
import Testing

// Which mention is the target: what is excluded, what is implied, what a participle clause continues.

@Suite struct TargetChoiceTests {
    @Test func theReporterIsNeverTheTarget() {
        // Without the rule, "the Chadian army" would be taken as what Mali attacked.
        #expect(FixtureCoder.events("Mali attacked on Friday, the Chadian army said.").isEmpty)
    }

    @Test func reportersJoinedByAndAreNotTargets() {
        #expect(FixtureCoder.events("Mali attacked in the north, Human Rights Watch and Amnesty International said.").isEmpty)
    }

    @Test func aFindingAtTheEndOfTheSentenceIsReported() {
        // Without the rule, the UN panel would be what Mali attacked.
        #expect(FixtureCoder.events("Mali attacked on Friday, a UN panel found.").isEmpty)
    }

    @Test func thePlaceAnArrivalOrADeploymentReachesIsItsTarget() {
        #expect(FixtureCoder.events("Mali's president arrived in Niger on Friday.") == ["MLIGOV 042 NER asserted"])
        #expect(FixtureCoder.events("Malian troops arrived in Niger on Friday.") == ["MLIMIL 072 NER asserted"])
        #expect(FixtureCoder.events("Mali deployed troops to Niger.") == ["MLI 154 NER asserted"])
        // Named before any actor, the place wins: "…to lead a UN-backed mission".
        #expect(FixtureCoder.events("Malian troops arrived in Niger to meet the UN envoy.").first == "MLIMIL 072 NER asserted")
        // Not the source's own land: "moved units to its border with Niger".
        #expect(FixtureCoder.events("Mali deployed troops to its border with Niger.") == ["MLI 154 NER asserted"])
    }

    @Test func aSimplePastIsNeverAPassive() {
        // "spoke" is no participle: "by phone" is how, not who.
        #expect(FixtureCoder.events("Mali's president spoke by phone with Niger's president.") == ["MLIGOV 041 NERGOV asserted"])
    }

    @Test func aCompanionIsNotTheTarget() {
        // "alongside", "beside", "together with", "along with": acting with, not on.
        #expect(FixtureCoder.events("Chad attacked alongside Niger.").isEmpty)
        #expect(FixtureCoder.events("Chad attacked Mali together with Niger.") == ["TCD 190 MLI asserted"])
        #expect(FixtureCoder.events("Chad attacked Mali along with Niger.") == ["TCD 190 MLI asserted"])
        #expect(FixtureCoder.events("Chad attacked with Niger.") == ["TCD 190 NER asserted"])
    }

    @Test func aWithFarFromTheTriggerDoesNotNameTheOtherSide() {
        #expect(Set(FixtureCoder.events("Mali and Niger met in Bamako, close to the disputed border with Chad.")) == ["MLI 040 NER asserted", "NER 040 MLI asserted"])
    }

    @Test func aThirdPartyNamedByByIsNotTheTarget() {
        #expect(FixtureCoder.events("Mali and Niger met in talks hosted by Algeria.") == ["MLI 040 NER asserted", "NER 040 MLI asserted"])
    }

    @Test func anObjectReferringBackToTheSourceIsNotTheTarget() {
        #expect(FixtureCoder.events("Armenia put its forces on alert against Azerbaijan.") == ["ARM 152 AZE asserted"])
    }

    @Test func aPrepositionReadAsAConjunctionOpensNoClause() {
        // The tagger reads "on" before "neighbouring" as a subordinating conjunction; without
        // the rule the clause ends at "embargo" and Macedonia is lost.
        #expect(FixtureCoder.events("Greece imposed an embargo on neighbouring Macedonia on Wednesday.") == ["GRC 163 MKD asserted"])
    }

    @Test func forceOnAPlaceOfOnesOwnCountryFallsOnItsPeople() {
        #expect(FixtureCoder.events("Indian authorities imposed a curfew on Srinagar on Sunday.") == ["INDGOV 1723 INDCVL asserted"])
        // Not for another country's place.
        #expect(FixtureCoder.events("Indian troops imposed a curfew on Lahore.") == ["INDMIL 1723 PAK asserted"])
    }

    @Test func anUnknownPersonArrestedByDomesticOrgansIsOneOfTheirPeople() {
        #expect(FixtureCoder.events("Nigerian police arrested Adewale Okonkwo on Thursday.") == ["NGACOP 173 NGACVL asserted"])
        // A known actor stays what it is; an unknown common noun gives no target.
        #expect(FixtureCoder.events("Nigerian police arrested Ghanaian traders.") == ["NGACOP 173 GHABUS asserted"])
        #expect(FixtureCoder.events("Nigerian police arrested the men.").isEmpty)
    }

    @Test func aPlaceAimedAtBeforeAnotherActorIsTheTarget() {
        // Without the rule the UN, the first actor after the trigger, would be the target.
        #expect(FixtureCoder.events("U.S. planes flew food into Sarajevo as part of a United Nations airlift.") == ["USA 073 BIH asserted"])
        #expect(FixtureCoder.events("U.S. planes flew food to the United Nations in Sarajevo.") == ["USA 073 IGOUNO asserted"])
        // "at" also situates: the actor named after it stays the target.
        #expect(FixtureCoder.events("Mali attacked at Gao the Nigerien troops.") == ["MLI 190 NERMIL asserted"])
    }

    @Test func aThatClauseAfterADateNamesTheTarget() {
        #expect(FixtureCoder.events("Mali threatened on Friday that Niger would pay.") == ["MLI 130 NER asserted"])
    }

    @Test func aClaimIsAimedWhereTheViolenceItClaimsWas() {
        let events = FixtureCoder.events("Boko Haram claimed responsibility for an attack that killed Nigerien soldiers.")
        #expect(events.contains("NGAREB 015 NERMIL asserted"))
    }

    @Test func aThreatMayBeAimedAtAPlaceInItsThatClause() {
        #expect(FixtureCoder.events("Mali threatened that no place in Niger would be safe.") == ["MLI 130 NER asserted"])
    }

    @Test func aWhereClauseTakesPlaceAtItsAntecedent() {
        // Without the rule the rally would be against Mali's government, the speaker's own.
        #expect(FixtureCoder.events("Mali closed the border with Niger, where Malians have been rallying.") == ["MLICVL 141 NERGOV asserted"])
    }

    @Test func aDeploymentOfOnesOwnForcesIsAimedWhereTheyAre() {
        // Without the rule the target would be the next actor, "Russian".
        #expect(FixtureCoder.events("Israel deployed its forces in Lebanon after Russian rockets were found.") == ["ISR 154 LBN asserted"])
    }

    @Test func theOneJudgedForAnActDidIt() {
        // Without the rule the attack would be the United States'.
        #expect(FixtureCoder.events("The United States condemned Cuba on Saturday for attacking Haiti.").contains("CUB 190 HTI asserted"))
        #expect(!FixtureCoder.events("The United States condemned Cuba on Saturday for attacking Haiti.").contains { $0.hasPrefix("USA 190") })
    }

    @Test func aVisitIsToThePlaceItReaches() {
        // Without the rule, "in Niger" only situates the visit and nothing is coded.
        #expect(FixtureCoder.events("Mali's president held a visit in Niger.") == ["MLIGOV 042 NER asserted"])
    }

    @Test func aPossessiveBeforeAnotherActorIsNotTheTarget() {
        #expect(FixtureCoder.events("Mali accused his Nigerien counterpart.") == ["MLI 112 NERGOV asserted"])
    }

    @Test func aCountryAdjectiveBeforeAPersonJoinsThePerson() {
        let mentions = Shipped.analyzer.analyze(Document(id: "t", date: Day(iso: "2024-08-07"), text: "Chinese President Xi Jinping spoke.")).first!.actors
        #expect(mentions.map(\.text) == ["Chinese President Xi Jinping"])
        #expect(mentions.first?.codes == ["CHNGOV"])
    }
}

@Suite struct ImpliedActorTests {
    @Test func aProtestWithNoTargetIsAgainstTheGovernmentWhereItTakesPlace() {
        #expect(FixtureCoder.events("Thousands of Georgians rallied in Tbilisi.") == ["GEOCVL 141 GEOGOV asserted"])
        // Its own country's government when no place is named; a named target stands.
        #expect(FixtureCoder.events("Malians rallied.") == ["MLICVL 141 MLIGOV asserted"])
        #expect(FixtureCoder.events("Malians rallied against France.") == ["MLICVL 141 FRA asserted"])
    }

    @Test func restrictionsWithNoTargetFallOnThePopulation() {
        #expect(FixtureCoder.events("Sri Lanka's president declared a state of emergency.") == ["LKAGOV 1724 LKACVL asserted"])
        #expect(FixtureCoder.events("Niger's junta declared a state of emergency in Bamako.") == ["NERGOV 1724 MLICVL asserted"])
    }

    @Test func unattributedViolenceIsDoneByWhomItIsBlamedOn() {
        #expect(FixtureCoder.events("A bomb exploded near the army base in Mogadishu, in an attack blamed on al-Shabaab.") == ["SOMREB 183 SOM asserted"])
        #expect(FixtureCoder.events("A car bomb exploded in Mogadishu.").isEmpty)
    }

    @Test func aParticipleBeforeAnActorIsNotItsEvent() {
        // "visiting" describes Biden; Mali is not the visitor.
        #expect(FixtureCoder.events("Mali thanked visiting President Biden.").isEmpty)
    }
}

@Suite struct ContinuedActTests {
    @Test func aReciprocalNounAfterAPrepositionTakesTheSubjectAsTheOtherSide() {
        #expect(FixtureCoder.events("Twenty Malian soldiers were killed in a clash with Nigerien troops.").contains("MLIMIL 190 NERMIL asserted"))
        // Not as the object of a verb: "halted the clash with …" says nothing of who clashed.
        #expect(!FixtureCoder.events("Mali halted the clash with Nigerien troops.").contains("MLI 190 NERMIL asserted"))
    }

    @Test func aGerundAfterAPrepositionIsTheSubjects() {
        let events = FixtureCoder.events("Mali cut ties with Niger after warning Chad.")
        #expect(events.contains("MLI 130 TCD asserted"), "\(events)")
    }

    @Test func aClaimedAttackAimsAtTheCountryItHappenedIn() {
        #expect(FixtureCoder.events("Hamas claimed responsibility for the bombing of a mosque in Peshawar.").contains("PSEREBHMS 015 PAK asserted"))
    }

    @Test func theOneMadeToActActs() {
        #expect(FixtureCoder.events("Chad attacked Mali, prompting Niger to attack Chad.").contains("NER 190 TCD asserted"))
    }

    @Test func aReducedPassiveAfterANameTakesItsAgent() {
        #expect(FixtureCoder.events("Mali backed the Nigeriens attacked by Chad.").contains("TCD 190 NERCVL asserted"))
    }

    @Test func patternsSkipHyphenatedModifiers() {
        #expect(FixtureCoder.events("Mali cut 20-year-old ties with Niger.") == ["MLI 161 NER asserted"])
        // …and the "of"s of a quantity.
        #expect(FixtureCoder.events("Mali expelled tens of thousands of troops from Niger.") == ["MLI 166 NERMIL asserted"])
    }

    @Test func aVisitTheClauseHappensDuringIsTheSubjects() {
        #expect(Set(FixtureCoder.events("Mali attacked Niger during a visit to Chad.")) == ["MLI 190 NER asserted", "MLI 042 TCD asserted"])
    }

    @Test func aNationalityBeforeAnEventNounIsItsSource() {
        #expect(FixtureCoder.events("Pakistani airstrikes hit Afghanistan.").contains("PAK 195 AFG asserted"))
    }

    @Test func aParticipleClauseContinuesTheActBeforeIt() {
        #expect(FixtureCoder.events("Mali cut ties with Niger on Friday, threatening war.") == ["MLI 161 NER asserted", "MLI 130 NER asserted"])
        // The deaths of a violent act are that act: one event.
        #expect(FixtureCoder.events("Pakistani airstrikes hit Afghanistan, killing dozens.") == ["PAK 195 AFG asserted"])
        // Statements and appeals name their own addressee and inherit nothing.
        #expect(FixtureCoder.events("Mali attacked Niger on Friday, accusing the rebels.") == ["MLI 190 NER asserted"])
    }
}

@Suite struct DomesticPostureTests {
    @Test func aStateShowingItsOwnForcesShowsThemToThePopulation() {
        #expect(FixtureCoder.events("Colombia's government deployed thousands of police officers in Bogota.") == ["COLGOV 153 COLCVL asserted"])
    }

    @Test func aDirectObjectWithNoCountryIsTheStatesOwn() {
        #expect(FixtureCoder.events("Iranian police released hundreds of students.") == ["IRNCOP 0841 IRNEDU asserted"])
    }
}

@Suite struct DomesticTargetTests {
    @Test func statePoliceActOnTheirOwnPeople() {
        #expect(FixtureCoder.events("Iranian police arrested hundreds of protesters.") == ["IRNCOP 173 IRNOPP asserted"])
        // A place in another country says whose people they are.
        #expect(FixtureCoder.events("Iranian police arrested hundreds of protesters in Iraq.") == ["IRNCOP 173 IRQOPP asserted"])
        // Armies act abroad too: only their arrests and repression are taken as domestic.
        #expect(FixtureCoder.events("Iranian troops attacked the protesters.").isEmpty)
    }
}

@Suite struct SameStateTests {
    @Test func oneStateOrganArrestingAnotherIsAnEvent() {
        #expect(FixtureCoder.events("Turkish police arrested the Turkish mayor.") == ["TURCOP 173 TURGOV asserted"])
        // Meeting is not.
        #expect(FixtureCoder.events("Turkish police met the Turkish mayor.").isEmpty)
    }
}
