import EntenteCore

/// CAMEO codes an intention to cooperate in its own root 03: "plans to hold talks with
/// Algeria" is 036, "ready to send peacekeepers" 0334. An intended event of roots 04–08 is
/// therefore also coded as the matching 03x event, said now.
enum IntentCodes {
    /// Longest code prefix first.
    static let table: [(prefix: String, intent: String)] = [
        ("061", "0311"), ("062", "0312"), ("063", "0313"), ("064", "0314"),
        ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334"),
        ("081", "0351"), ("082", "0352"), ("083", "034"), ("084", "0353"), ("085", "0354"), ("086", "0355"), ("087", "0356"),
        ("057", "030"),
        ("04", "036"), ("05", "032"), ("06", "031"), ("07", "033"), ("08", "035"),
    ]

    /// The 03x code for intending `code`, if CAMEO has one.
    static func intent(of code: String) -> String? {
        table.first { code.hasPrefix($0.prefix) }?.intent
    }
}
