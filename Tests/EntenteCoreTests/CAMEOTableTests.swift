import EntenteCore
import Testing

/// Checks the generated CAMEO table (`CAMEO+Data.swift`, from `Scripts/generate_code_tables.py`)
/// against values read straight from the reference files in `../shared/reference`.
@Suite struct CAMEOTableTests {
    @Test func hasTheUnionOfGDELTAndICEWSCodes() {
        // GDELT lists 311 codes; ICEWS lists the same 311 plus 1213.
        #expect(CAMEO.entries.count == 312)
        #expect(CAMEO.byCode.count == CAMEO.entries.count)
        #expect(CAMEO.entries.map(\.code) == CAMEO.entries.map(\.code).sorted())
        // 1214 appears only in CAMEO2PLOVER, not in either codebook, so it is left out.
        #expect(!CAMEO.isValid("1214"))
        #expect(!CAMEO.isValid("21"))
        #expect(!CAMEO.isValid(""))
    }

    @Test func everyRootIsPresentWithItsTwoDigitCode() throws {
        for number in 1...20 {
            let code = number < 10 ? "0\(number)" : "\(number)"
            let root = try #require(CAMEO.type(code), "root \(code) missing")
            #expect(root.code == code)
            #expect(root.code.count == 2)
            #expect(root.root == code)
        }
        #expect(CAMEO.entries.filter { $0.code.count == 2 }.count == 20)
        #expect(CAMEO.entries.allSatisfy { (2...4).contains($0.code.count) && $0.code.allSatisfy { digit in digit.isNumber } })
    }

    @Test func breakingRelationsHasItsGDELTNameAndGoldstein() throws {
        let entry = try #require(CAMEO.type("161"))
        #expect(entry.name == "Reduce or break diplomatic relations")
        #expect(entry.name.contains("diplomatic relations"))
        #expect(entry.goldstein == -4.0)
        #expect(entry.root == "16")
    }

    @Test func goldsteinDisagreementsResolveToGDELT() {
        // GDELT vs ICEWS: 016 -2.0 vs -5, 022 3.2 vs 3.4, 164 -7.0 vs -6.5, 165 -6.5 vs -7.
        #expect(CAMEO.type("016")?.goldstein == -2.0)
        #expect(CAMEO.type("022")?.goldstein == 3.2)
        #expect(CAMEO.type("164")?.goldstein == -7.0)
        #expect(CAMEO.type("165")?.goldstein == -6.5)
    }

    @Test func includesICEWSOnlyCode1213() throws {
        let entry = try #require(CAMEO.type("1213"))
        #expect(entry.name == "Reject judicial cooperation")
        #expect(entry.goldstein == -4.0)
        #expect(entry.quadClass == .verbalConflict)
        #expect(entry.plover == PLOVERMapping(event: "REJECT", mode: "assist", context: "legal"))
    }

    @Test func brokenGDELTNamesAreRepaired() {
        #expect(CAMEO.type("044")?.name == "Meet at a 'third' location")
        // GDELT mislabels 101-103 and 105-108; ICEWS's names are used.
        #expect(CAMEO.type("101")?.name == "Demand material cooperation")
        #expect(CAMEO.type("105")?.name == "Demand that target yields")
        #expect(CAMEO.type("108")?.name == "Demand mediation")
        #expect(CAMEO.type("033")?.name == "Express intent to provide material aid, not specified below")
        #expect(CAMEO.type("2041")?.name == "Use chemical, biological, or radiological weapons")
        #expect(CAMEO.type("010")?.name == "Make statement, not specified below")
        for entry in CAMEO.entries {
            #expect(!entry.name.isEmpty, "\(entry.code) has no name")
            #expect(entry.name.allSatisfy { $0.isASCII }, "\(entry.code): \(entry.name)")
            #expect(entry.name == entry.name.trimmingSpaces, "\(entry.code): \(entry.name)")
            #expect(!entry.name.contains("  ") && !entry.name.contains("\""), "\(entry.code): \(entry.name)")
        }
    }

    @Test func quadClassesFollowTheRoots() {
        #expect(CAMEO.type("043")?.quadClass == .verbalCooperation)
        #expect(CAMEO.type("057")?.quadClass == .verbalCooperation)
        #expect(CAMEO.type("0871")?.quadClass == .materialCooperation)
        #expect(CAMEO.type("073")?.quadClass == .materialCooperation)
        #expect(CAMEO.type("112")?.quadClass == .verbalConflict)
        #expect(CAMEO.type("138")?.quadClass == .verbalConflict)
        #expect(CAMEO.type("145")?.quadClass == .materialConflict)
        #expect(CAMEO.type("190")?.quadClass == .materialConflict)
    }

    @Test func ploverMappingsMatchCAMEO2PLOVER() {
        // Each expectation is the line of CAMEO2PLOVER-2021.txt quoted beside it.
        // 161: SANCTION, withdraw,   diplomatic      # Reduce or break diplomatic relations
        #expect(CAMEO.type("161")?.plover == PLOVERMapping(event: "SANCTION", mode: "withdraw", context: "diplomatic"))
        // 163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
        #expect(CAMEO.type("163")?.plover == PLOVERMapping(event: "COERCE", mode: "restrict", context: "diplomatic"))
        // 193: ASSAULT, firearms, military # Fight with small arms and light weapons
        #expect(CAMEO.type("193")?.plover == PLOVERMapping(event: "ASSAULT", mode: "firearms", context: "military"))
        // 196: ASSAULT, , legal; military # Violate ceasefire
        #expect(CAMEO.type("196")?.plover == PLOVERMapping(event: "ASSAULT", mode: nil, context: "legal; military"))
        // 0871: RETREAT, ceasefire, military # Declare truce, ceasefire
        #expect(CAMEO.type("0871")?.plover == PLOVERMapping(event: "RETREAT", mode: "ceasefire", context: "military"))
        // 0861: RETREAT, access , peacekeeping # Receive deployment of peacekeepers
        #expect(CAMEO.type("0861")?.plover == PLOVERMapping(event: "RETREAT", mode: "access", context: "peacekeeping"))
        // 044: CONSULT, third-party,   # Meet at a 'third' location
        #expect(CAMEO.type("044")?.plover == PLOVERMapping(event: "CONSULT", mode: "third-party", context: nil))
        // 040: CONSULT, ,  # Consult
        #expect(CAMEO.type("040")?.plover == PLOVERMapping(event: "CONSULT", mode: nil, context: nil))
        // 183: ASSAULT,  suicide-attack,  # Conduct suicide, car, or other non-military bombing
        #expect(CAMEO.type("183")?.plover == PLOVERMapping(event: "ASSAULT", mode: "suicide-attack", context: nil))
        // 1712: ASSAULT, seize, human_security  # Destroy property   (listed under root 17)
        #expect(CAMEO.type("1712")?.plover == PLOVERMapping(event: "ASSAULT", mode: "seize", context: "human_security"))
        // 175: ASSAULT, pro_autocracy , military  (listed twice, identically, under root 18)
        #expect(CAMEO.type("175")?.plover == PLOVERMapping(event: "ASSAULT", mode: "pro_autocracy", context: "military"))
        // 091: ACCUSE, investigate, crime; corruption # Investigate crime, corruption
        #expect(CAMEO.type("091")?.plover == PLOVERMapping(event: "ACCUSE", mode: "investigate", context: "crime; corruption"))
        // Section headings give the roots: "16: SANCTION", "19: ASSAULT"; "08" is headed twice
        // (CONCEDE, then RETREAT) and keeps the first.
        #expect(CAMEO.type("16")?.plover == PLOVERMapping(event: "SANCTION"))
        #expect(CAMEO.type("19")?.plover == PLOVERMapping(event: "ASSAULT"))
        #expect(CAMEO.type("08")?.plover == PLOVERMapping(event: "CONCEDE"))
    }

    @Test func rootsOneAndTwoHaveNoPLOVERMapping() {
        #expect(CAMEO.type("01") != nil && CAMEO.type("01")?.plover == nil)
        #expect(CAMEO.type("02") != nil && CAMEO.type("02")?.plover == nil)
        let unmapped = CAMEO.entries.filter { $0.plover == nil }.map(\.code)
        // Exactly the 01x and 02x codes (11 + 28) are unmapped; every other code has a mapping.
        #expect(unmapped.count == 39)
        #expect(unmapped.allSatisfy { $0.hasPrefix("01") || $0.hasPrefix("02") })
        let events: Set<String> = [
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
        ]
        for entry in CAMEO.entries {
            guard let plover = entry.plover else { continue }
            #expect(events.contains(plover.event), "\(entry.code): \(plover.event)")
            #expect(plover.mode.map { !$0.isEmpty && $0 == $0.trimmingSpaces } ?? true, "\(entry.code)")
            #expect(plover.context.map { !$0.isEmpty && $0 == $0.trimmingSpaces } ?? true, "\(entry.code)")
        }
    }

    @Test func goldsteinValuesLieInRange() {
        for entry in CAMEO.entries {
            #expect((-10.0...10.0).contains(entry.goldstein), "\(entry.code): \(entry.goldstein)")
        }
        #expect(CAMEO.type("010")?.goldstein == 0.0)
        #expect(CAMEO.type("20")?.goldstein == -10.0)
    }
}

private extension String {
    /// The string without leading or trailing spaces (no Foundation needed).
    var trimmingSpaces: String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }
}
