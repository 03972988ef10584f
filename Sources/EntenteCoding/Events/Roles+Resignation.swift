import EntenteCore

/// "Sheikh Hasina resigned as Bangladesh's prime minister on Monday": the office named after
/// "as" says whose power was given up (0831), when the one who resigns is a name no dictionary
/// knows (or one with no country).
extension Roles {
    /// Codes of giving up power, whose "as" phrase names the office given up.
    static let resignationCodes: WordSet = ["0831"]

    /// Whether the pattern is a bare resignation: its code gives up power and it matched
    /// nothing after its trigger.
    static func isResignation(_ match: PatternMatch) -> Bool {
        guard let code = match.pattern.code, match.score == 0 else { return false }
        return resignationCodes.contains(code)
    }

    /// For "resigned as Sri Lanka's president", the mention right after "as" when it names an
    /// office of a country (not a place); nil otherwise.
    static func officeAfterAs(_ trigger: Int, view: SentenceView) -> Int? {
        guard trigger + 2 < view.tokens.count, view.lowered[trigger + 1] == "as",
              let office = view.mentionStarting[trigger + 2] else { return nil }
        let mention = view.mentions[office]
        return !mention.isPlace && mention.codes.contains(where: ActorCode.hasCountry) ? office : nil
    }
}
