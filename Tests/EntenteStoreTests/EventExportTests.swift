import EntenteCore
import EntenteStore
import Foundation
import Testing

@Suite struct EventExportTests {
    func row(_ source: String = "NERGOV", _ cameo: String = "166", _ target: String = "USAMIL", mode: String = "asserted", date: String? = "2024-03-16") -> ExportEvent {
        let type = CAMEO.type(cameo)!
        return ExportEvent(
            event: MergedEvent(id: 7, source: source, target: target, cameo: cameo, mode: mode, date: date, datePrecision: "day", mentions: 3, documents: 2),
            sourceText: "Niger’s junta", targetText: "U.S. troops", sentence: "Niger’s junta kicked out\tU.S. troops.", sentenceNumber: 0,
            documentID: "doc-1", url: "https://example.org/a", outlet: "Example News", place: "Niamey", ingestedAt: "2024-08-07T10:15:30Z",
            goldstein: type.goldstein, quadClass: type.quadClass.rawValue, plover: type.plover?.event, ploverMode: type.plover?.mode,
            ploverContext: type.plover?.context
        )
    }

    @Test func gdeltRowsHaveTheSixtyOneColumnsOfItsEventTable() throws {
        let line = try #require(EventExport.lines([row()], format: .gdelt).first)
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == 61)
        #expect(Array(fields[0..<5]) == ["7", "20240316", "202403", "2024", "2024.2055"])
        #expect(Array(fields[5..<15]) == ["NERGOV", "NIGER’S JUNTA", "NER", "", "", "", "", "GOV", "", ""])
        #expect(Array(fields[15..<18]) == ["USAMIL", "U.S. TROOPS", "USA"])
        #expect(Array(fields[25..<34]) == ["1", "166", "166", "16", "4", "-7.0", "3", "2", "2"])
        #expect(fields[52] == "Niamey")
        #expect(fields[59] == "20240807101530")
        #expect(fields[60] == "https://example.org/a")
        let organisation = try #require(EventExport.lines([row("IGOUNO", "042", "MLIGOV")], format: .gdelt).first)
        let org = organisation.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(org[5..<9]) == ["IGOUNO", "NIGER’S JUNTA", "", "UNO"])
    }

    @Test func aOneActorEventLeavesTheTargetEmpty() throws {
        var oneActor = row("NERMIL", "154", "")
        oneActor.targetText = ""
        let gdelt = try #require(EventExport.lines([oneActor], format: .gdelt).first).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(gdelt.count == 61 && gdelt[5] == "NERMIL")
        #expect(Array(gdelt[15..<25]) == Array(repeating: "", count: 10), "GDELT's Actor2 fields are blank")
        #expect(gdelt[26] == "154")
        let icews = EventExport.lines([oneActor], format: .icews, countryName: { ["NER": "Niger"][$0] })[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(icews[8..<11]) == ["", "", ""] && icews[4] == "Niger")
        let plover = try #require(EventExport.lines([oneActor], format: .plover).first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plover.utf8)) as? [String: Any])
        #expect(object["recipient"] is NSNull && (object["actor"] as? [String: String])?["code"] == "NERMIL")
    }

    @Test func icewsRowsNameCountriesAndSectors() {
        let lines = EventExport.lines([row()], format: .icews, countryName: { ["NER": "Niger", "USA": "United States"][$0] })
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Event ID\tEvent Date\tSource Name"))
        let fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == 20)
        #expect(Array(fields[0..<13]) == ["7", "2024-03-16", "Niger’s junta", "GOV", "Niger", "Expel or withdraw, not specified below", "166",
                                          "-7.0", "U.S. troops", "MIL", "United States", "doc-1", "1"])
        #expect(fields[13] == "Example News" && fields[14] == "Niamey")
    }

    @Test func ploverLinesAreJSONWithTheMapping() throws {
        let line = try #require(EventExport.lines([row()], format: .plover).first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["event_type"] as? String == CAMEO.type("166")?.plover?.event)
        #expect(object["event_date"] as? String == "2024-03-16")
        #expect((object["actor"] as? [String: String])?["code"] == "NERGOV")
        #expect(object["mentions"] as? Int == 3)
        #expect(object["source_text"] as? String == "Niger’s junta kicked out\tU.S. troops.")
    }

    @Test func onlyFactualEventsAreExportedAndCoarseDatesBecomeDays() throws {
        #expect(EventExport.lines([row(mode: "threatened")], format: .gdelt).isEmpty)
        #expect(EventExport.lines([row(mode: "reported")], format: .gdelt).count == 1)
        let month = try #require(EventExport.lines([row(date: "2024-07")], format: .gdelt).first)
        #expect(month.split(separator: "\t", omittingEmptySubsequences: false)[1] == "20240701")
        let tabs = try #require(EventExport.lines([row()], format: .icews).last)
        #expect(tabs.split(separator: "\t", omittingEmptySubsequences: false).count == 20, "a tab inside a field is not a column")
    }
}
