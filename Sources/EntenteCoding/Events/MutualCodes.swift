/// CAMEO acts that two sides can only do together: negotiating (046), meeting at a third
/// place (044), consulting (040, 041), agreeing to meet or talk (036), signing an agreement
/// (057), a truce (0871) and cooperating (06). "Colombia's government and FARC rebels opened
/// peace talks" names no target, yet tells that each side negotiated with the other; so a
/// coordinated source of such an act with no target acts on its own members, as a `%`
/// pattern does (``EventPattern/reciprocal``), whatever the pattern says.
enum MutualCodes {
    /// Code prefixes of the acts.
    static let prefixes = ["036", "040", "041", "044", "046", "057", "0871", "06"]

    /// Whether `code` is an act two sides do together.
    static func isMutual(_ code: String?) -> Bool {
        guard let code else { return false }
        return prefixes.contains(where: code.hasPrefix)
    }
}
