import EntenteCore

/// Whom a show of force is aimed at when it names no one but tells what prompted it: "Taiwan
/// put its forces on alert *as China* began firing missiles", "South Korea raised its alert
/// level *after North Korea* fired shells".
extension Roles {
    /// Words that introduce what prompted an act.
    static let promptWords: WordSet = ["after", "as", "amid", "following"]

    /// How far after the prompting word its actor is looked for, in tokens.
    static let promptReach = 8

    /// The first actor, place or not, within ``promptReach`` tokens after the first "after",
    /// "as", "amid" or "following" past the trigger that may be the target (another party,
    /// not the source's own land).
    static func promptTarget(after trigger: Int, source: Int?, view: SentenceView) -> Int? {
        guard let word = Range.between(trigger + 1, view.tokens.count).first(where: { promptWords.contains(key: view.keys[$0]) }) else { return nil }
        return view.mentions.indices.first { m in
            let start = view.mentions[m].tokens.lowerBound
            return start > word && start <= word + promptReach
                && isOtherParty(m, source: source, trigger: trigger, view: view) && !isSourcesOwn(m, source: source, view: view)
        }
    }
}
