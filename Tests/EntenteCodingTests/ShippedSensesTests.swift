import EntenteCoding
import EntenteCore
import Testing

// Word senses appended to the shipped 50-cameo.verbs below its README-quoted line, coded with
// the shipped dictionaries (the fixture tests pin mechanisms, these the entries).

@Suite struct ShippedSensesTests {
    /// The coder with every shipped dictionary, loaded once.
    static let coder: Coder = {
        let events = try! EventDictionary.load(Shipped.files(in: BundledDictionaries.folderURL!))
        return Coder(analyzer: Shipped.analyzer, events: EventCoder(dictionary: events))
    }()

    /// `SOURCE CODE TARGET mode` for every event between two actors, all modes.
    static func events(_ text: String) -> [String] {
        coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.filter { !$0.isOneActor }.map(FixtureCoder.line)
    }

    /// `SOURCE CODE mode` for every one-actor event, all modes.
    static func oneActorEvents(_ text: String) -> [String] {
        coder.code(Document(id: "t", date: Day(iso: "2024-08-07"), text: text)).events.filter(\.isOneActor).map(FixtureCoder.line)
    }

    @Test func moneyInAnyCurrencyIsAid() {
        #expect(Self.events("Ireland provided €3.5 million in humanitarian funding to Lebanon.").contains("IRL 073 LBN asserted"))
    }

    @Test func takingAGroupOffATerrorListEasesASanction() {
        #expect(Self.events("Ethiopia voted to remove the Tigray People's Liberation Front from its list of terrorist organisations.")
            .contains("ETH 081 ETHREB asserted"))
    }

    @Test func armsArrivingAreMilitaryAidFromTheirOwner() {
        #expect(Self.events("Britain's Challenger 2 tanks have arrived in Ukraine.").contains("GBR 072 UKR asserted"))
    }

    @Test func refusingRefugeesIsARefusal() {
        #expect(Self.events("Tajikistan said it will not accept refugees from Afghanistan.").contains("TJK 122 AFGREF asserted"))
    }

    @Test func holdingCiviliansAsHumanShields() {
        #expect(Self.events("Islamic State militants held 20,000 Syrian civilians as human shields.").contains { $0.contains(" 184 SYRCVL") })
    }

    @Test func curbsLiftedAndTariffsCutEaseARestriction() {
        #expect(Self.events("Japan lifted travel curbs on North Korea.").contains("JPN 081 PRK asserted"))
        #expect(Self.events("The United States cut tariffs on Chinese goods.").contains("USA 085 CHN asserted"))
    }
}
