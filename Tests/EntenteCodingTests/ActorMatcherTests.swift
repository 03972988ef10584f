import EntenteCoding
import EntenteCore
import Testing

@Suite struct ActorMatcherTests {
    @Test func codesCountriesByNameAdjectiveAndCapital() {
        let found = Shipped.actors("Nigerien officials said Kyiv and the Kremlin had talked with Burkina Faso and Ouagadougou.")
        #expect(found["Kyiv"] == ["UKR"])
        #expect(found["Kremlin"] == ["RUSGOV"])
        #expect(found["Burkina Faso"] == ["BFA"])
        #expect(found["Ouagadougou"] == ["BFA"])
        #expect(found["Nigerien officials"] == ["NERGOV"])
    }

    @Test func aSectorOfSeveralCountriesGoesToEach() {
        let found = Shipped.actors("The foreign ministers of France, Germany and Italy met.")
        #expect(found["foreign ministers of France"] == ["FRAGOV"])
        #expect(found["Germany"] == ["DEUGOV"])
        #expect(found["Italy"] == ["ITAGOV"])
    }

    @Test func adjectivesJoinedByAndAfterAPossessive() {
        #expect(Shipped.actors("Mali's new and powerful junta met.")["Mali's new and powerful junta"] == ["MLIGOV"])
    }

    @Test func aCountrysPersonIsOnePerson() {
        #expect(Shipped.actors("Gambia's Yahya Jammeh left.", date: "2016-12-01")["Gambia's Yahya Jammeh"] == ["GMBGOV"])
    }

    @Test func codesNewsOrganisationsWithTheirCountry() {
        let found = Shipped.actors("Russia arrested a Wall Street Journal reporter and expelled the BBC.")
        #expect(found["Wall Street Journal reporter"] == ["USAMED"])
        #expect(found["BBC"] == ["GBRMED"])
    }

    @Test func aCounterpartIsAnotherGovernment() {
        #expect(Shipped.actors("Putin met his Chinese counterpart.")["Chinese counterpart"] == ["CHNGOV"])
    }

    @Test func knowsShortDemonyms() {
        let found = Shipped.actors("Serbs and Croats marched.")
        #expect(found["Serbs"] == ["SRBCVL"])
        #expect(found["Croats"] == ["HRVCVL"])
    }

    @Test func prefersTheLongestMatch() {
        let found = Shipped.actors("The UN Security Council met after the Alliance of Sahel States was formed.")
        #expect(found["UN Security Council"]?.first?.hasPrefix("IGO") == true)
        #expect(found["Alliance of Sahel States"]?.first?.hasPrefix("IGO") == true)
        #expect(found["UN"] == nil)
    }

    @Test func doesNotReadPronounsAsCountries() {
        let found = Shipped.actors("Let us hope the talks go well, said the minister.")
        #expect(found.values.allSatisfy { !$0.contains("USA") })
    }

    @Test func composesCountriesWithSectors() {
        let found = Shipped.actors("Malian troops and U.S. lawmakers watched as Niger's ruling military government met the Ukrainian army and soldiers from Russia.")
        #expect(found["Malian troops"] == ["MLIMIL"])
        #expect(found["U.S. lawmakers"] == ["USALEG"])
        #expect(found["Niger's ruling military government"].map { $0.count == 1 && ($0[0].hasPrefix("NERGOV") || $0[0].hasPrefix("NERMIL")) } == true)
        #expect(found["Ukrainian army"] == ["UKRMIL"])
        #expect(found["soldiers from Russia"] == ["RUSMIL"])
    }

    @Test func codesPeopleByTheirRoleOnTheDate() {
        let during = Shipped.actors("President Bazoum met the envoy.", date: "2023-07-01")
        let after = Shipped.actors("President Bazoum met the envoy.", date: "2025-03-01")
        #expect(during["President Bazoum"] == ["NERGOV"])
        #expect(after["President Bazoum"] != ["NERGOV"])
        #expect(Shipped.actors("Captain Ibrahim Traoré spoke.", date: "2024-08-07")["Captain Ibrahim Traoré"] == ["BFAGOV"])
        #expect(Shipped.actors("Captain Ibrahim Traoré spoke.", date: "2021-01-01")["Captain Ibrahim Traoré"] != ["BFAGOV"])
    }

    @Test func namesAfterACodedTitleInheritIt() {
        let found = Shipped.actors("The probe was led by U.S. lawmakers Matt Gaetz and Jimmy Panetta.")
        #expect(found["Matt Gaetz"] == ["USALEG"])
        #expect(found["Jimmy Panetta"] == ["USALEG"])
    }

    @Test func marksPlaces() throws {
        let sentence = try #require(Shipped.analyze("Fighting broke out in Bamako as Mali accused Ukraine.").first)
        let bamako = try #require(sentence.actors.first { $0.text == "Bamako" })
        #expect(bamako.isPlace)
        #expect(sentence.actors.first { $0.text == "Mali" }?.isPlace == false)
    }

    @Test func survivesSentencesWithoutActorsOrWords() {
        #expect(Shipped.analyze("The weather was fine and the markets rose.").flatMap(\.actors).isEmpty)
        #expect(Shipped.analyze("!!! ... ??? ---").flatMap(\.actors).isEmpty)
        #expect(Shipped.analyze("").isEmpty)
        let long = String(repeating: "Mali and Niger talked, ", count: 1700) + "and Ukraine."
        #expect(Shipped.analyze(long).flatMap(\.actors).count >= 3400)
    }
}

@Suite struct LocalizedSectorTests {
    @Test func sectorsWithoutACountryTakeTheOnePlaceNamed() {
        let found = Shipped.actors("Rebels killed at least 41 people at a school in western Uganda.")
        #expect(found["Rebels"] == ["UGAREB"])
        #expect(found["people"] == ["UGACVL"])
        // Places in two countries: nothing is guessed.
        let mixed = Shipped.actors("Rebels were seen in Uganda and in Rwanda.")
        #expect(mixed["Rebels"]?.first?.hasPrefix("---") == true)
    }
}

@Suite struct SectorAdjectiveTests {
    @Test func sectorWordsBeforeANounAreNotActors() {
        let found = Shipped.actors("Niger revoked the military accord with the United States.")
        #expect(found["military"] == nil)
        #expect(Shipped.actors("The military seized power in Niamey.")["military"] != nil)
        // Adjectives may stand between: "official" describes the visit.
        #expect(Shipped.actors("He arrived on his first official foreign visit.")["official"] == nil)
        #expect(Shipped.actors("Malian officials arrived.")["Malian officials"] == ["MLIGOV"])
    }
}

/// Places, groups of places, possessive sectors, demonyms as people, and dated people.
@Suite struct PlaceAndPersonTests {
    @Test func namesCoordinatedWithAPlaceArePlaces() {
        let sentence = Shipped.analyze("Thousands of Palestinians demonstrated in the West Bank and Gaza against Israel.").first!
        let places = sentence.actors.filter(\.isPlace).map(\.text)
        #expect(places == ["West Bank", "Gaza"])
        // A name before the noun of a locative phrase is a place too.
        let facility = Shipped.analyze("They met at a State Department facility.").first!
        #expect(facility.actors.first { $0.text == "State Department" }?.isPlace == true)
    }

    @Test func aDirectionFromAPlaceMakesItAPlace() {
        let sentence = Shipped.analyze("Gunmen kidnapped 17 missionaries east of Port-au-Prince on Saturday.").first!
        #expect(sentence.actors.first { $0.text == "Port-au-Prince" }?.isPlace == true)
        #expect(sentence.actors.first { $0.text == "Gunmen" }?.codes.first?.hasPrefix("HTI") == true)
    }

    @Test func aDemonymAfterAQuantityIsThePeople() {
        #expect(Shipped.actors("Tens of thousands of Sudanese marched in Khartoum.")["Sudanese"] == ["SDNCVL"])
        #expect(Shipped.actors("The Sudanese army marched.")["Sudanese army"] == ["SDNMIL"])
    }

    @Test func leadersCarryTheirEarlierOffices() {
        #expect(Shipped.actors("Netanyahu met Arafat.", date: "1998-01-01")["Netanyahu"] == ["ISRGOV"])
        #expect(Shipped.actors("Netanyahu met Arafat.", date: "2007-01-01")["Netanyahu"] == [])
        #expect(Shipped.actors("Kagame spoke.", date: "1993-01-01")["Kagame"] == ["RWAREB"])
        #expect(Shipped.actors("Merkel spoke.", date: "2003-01-01")["Merkel"] == ["DEUOPP"])
    }

    @Test func aSurnameAfterAnUnknownFirstNameIsSomeoneElse() {
        #expect(Shipped.actors("Panetta met Karzai.", date: "2012-01-01")["Panetta"] == ["USAGOV"])
        #expect(Shipped.actors("Mr Panetta met Karzai.", date: "2012-01-01")["Panetta"] == ["USAGOV"])
        // His son, a congressman the dictionaries do not list, is not the defense secretary.
        #expect(Shipped.actors("Jimmy Panetta met Karzai.", date: "2012-01-01")["Panetta"] == nil)
    }

    @Test func aPossessiveSectorIsItsOwnersWhereverItIs() {
        let found = Shipped.actors("Germany recalled its ambassador from Tehran after a ruling in Berlin.")
        #expect(found["ambassador"] == ["DEUGOV"])
        #expect(found["Tehran"] == ["IRN"])
        #expect(found["ambassador from Tehran"] == nil)
        // Without a possessive, "from" composes as before.
        #expect(Shipped.actors("The ambassador from Tehran left.")["ambassador from Tehran"] == ["IRNGOV"])
    }

    @Test func sectorsAreLocalizedInEachCountryOfOneGroupOfPlaces() {
        let found = Shipped.actors("Rebels attacked on Friday in Bamako and Niamey.")
        #expect(found["Rebels"] == ["MLIREB", "NERREB"])
        // Places named apart, in different countries, localize nothing.
        let apart = Shipped.actors("Rebels attacked on Friday in Bamako after a rally in Niamey.")
        #expect(apart["Rebels"] == ["---REB"])
    }
}
