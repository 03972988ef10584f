/// Helpers for CAMEO-style actor codes such as `NERGOV`, `USAMIL`, `IGOUNO`, `---MIL`.
///
/// A code is a string of three-letter parts: a country (ISO 3166-1 alpha-3 as CAMEO uses it),
/// an international or non-state prefix (`IGO`, `NGO`, `IMG`, …), then sector codes.
public enum ActorCode {
    /// The placeholder country for a sector with no known country: `---MIL`.
    public static let unknownCountry = "---"

    /// CAMEO's sector (agent) codes. A code that starts with one of these has no country:
    /// Phoenix codes some outlets and groups as bare sectors ("MED" for a newspaper). CAMEO's
    /// Sunni code `SUN` is left out: it is also the Soviet Union's country code, and the
    /// dictionaries code Sunnis `MUS`.
    public static let sectorCodes: Set<String> = [
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
        "HLH", "LAB", "LEG", "REF", "AGR", "ELI", "ENV", "HRI", "MOD", "RAD", "REL", "SET", "UAF",
        "UIS", "INS", "PPL", "DEV", "JEW", "MUS", "CHR", "BUD", "HIN", "SHI",
    ]

    /// Whether the code names a country (or an international body): not `---MIL`, not `MED`.
    public static func hasCountry(_ code: String) -> Bool {
        // A one-actor event's empty target has none.
        guard !code.isEmpty else { return false }
        // The rules ask this of every mention they weigh: three ASCII letters are compared as
        // one number, not as a new string hashed.
        if let packed = packedPrefix(code) { return packed != packedUnknownCountry && !packedSectorCodes.contains(packed) }
        let prefix = String(code.prefix(3))
        return prefix != unknownCountry && !sectorCodes.contains(prefix)
    }

    /// The first three bytes of `code` as one number, when they are ASCII (so the first three
    /// characters).
    static func packedPrefix(_ code: String) -> UInt32? {
        var bytes = code.utf8.makeIterator()
        guard let a = bytes.next(), let b = bytes.next(), let c = bytes.next(), a < 0x80, b < 0x80, c < 0x80 else { return nil }
        // A fourth byte that combines with the third would make the third character longer.
        if let d = bytes.next(), d >= 0x80 { return nil }
        return UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
    }

    private static let packedUnknownCountry = packedPrefix(unknownCountry)!
    private static let packedSectorCodes = Set(sectorCodes.compactMap(packedPrefix))

    /// The first three letters: the country or organisation class.
    public static func country(of code: String) -> String {
        String(code.prefix(3))
    }

    /// The code with `sector` appended, unless the code already ends in a sector part
    /// (then the more specific code already given is kept).
    public static func compose(_ code: String, sector: String) -> String {
        // PETRARCH's prefix agents ("NGO~"): the agent goes before the country, "NGOARN".
        if sector.hasSuffix("~") { return sector.dropLast() + code }
        return code.count > 3 ? code : code + sector
    }

    /// Whether `sector` is a PETRARCH prefix agent code ("NGO~").
    public static func isPrefixAgent(_ sector: String) -> Bool { sector.hasSuffix("~") }

    /// Whether `text` has the shape of an actor code: three or more capital letters, digits or
    /// dashes. (Dictionaries in the wild use codes that are not whole three-letter parts.)
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.count >= 3 else { return false }
        return text.unicodeScalars.allSatisfy { ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
