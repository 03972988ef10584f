import EntenteCore

/// CAMEO codes the end of a restriction as an easing in root 08: "lifted its boycott" is 085,
/// "lifted the curfew" 0813, "ended the blockade" 0872. A restriction that its own imposer
/// lifts is therefore coded as the matching 08x event, not as the restriction negated.
enum EasingCodes {
    /// Longest code prefix first: sanctions, embargoes and boycotts; administrative
    /// sanctions (curfews, bans, emergency rule); blockades and occupations; and protests,
    /// strikes and boycotts called off (political dissent eased).
    static let table: [(prefix: String, easing: String)] = [
        ("1721", "0811"), ("1722", "0812"), ("1723", "0813"), ("1724", "0814"),
        ("163", "085"), ("172", "081"), ("191", "0872"), ("192", "0874"), ("14", "082"),
    ]

    /// Verbs that end a restriction when their object is one.
    static let liftingVerbs: WordSet = [
        "lift", "ease", "end", "remove", "relax", "scrap", "revoke", "rescind", "repeal", "drop", "loosen", "waive", "suspend", "halt", "cancel",
    ]

    /// The 08x code for lifting `code`, if it is a restriction CAMEO eases.
    static func easing(of code: String) -> String? {
        table.first { code.hasPrefix($0.prefix) }?.easing
    }
}
