/// The CAMEO event codebook: every code with its name, Goldstein value, quad class and PLOVER
/// mapping. The data is generated once by `Scripts/generate_code_tables.py` into
/// `CAMEO+Data.swift`; see that file's header for sources and the choices made where they
/// disagree.
public enum CAMEO {
    /// Every code, by code string.
    public static let byCode: [String: EventType] = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

    /// The entry for `code`, e.g. `"161"`.
    public static func type(_ code: String) -> EventType? { byCode[code] }

    /// Whether `code` is a CAMEO event code.
    public static func isValid(_ code: String) -> Bool { byCode[code] != nil }
}
