import EntenteCore

/// Whom a warning or a refusal is aimed at when it names no one but sets a condition:
/// "North Korea warned that it would use nuclear weapons *if the United States* attacked it",
/// "Hamas refused to release the hostages *unless Israel* agreed to a ceasefire".
extension Roles {
    /// Roots of acts that a condition aims at whoever must meet it: refusals (12) and threats
    /// and warnings (13).
    static let conditionedRoots: WordSet = ["12", "13"]

    /// The actor named first in the first "if" or "unless" clause after the trigger, when it
    /// may be the target (``isOtherParty(_:source:trigger:view:)``): the one the condition
    /// is set for.
    static func conditionTarget(after trigger: Int, source: Int?, view: SentenceView) -> Int? {
        guard let condition = view.conditions.first(where: { $0 > trigger }), condition + 1 < view.tokens.count else { return nil }
        let clause = view.clauses.ranges[view.clauses.clauseOf[condition + 1]]
        return view.mentions.indices.first { m in
            let start = view.mentions[m].tokens.lowerBound
            return start > condition && clause.contains(start) && !view.mentions[m].isPlace
                && isOtherParty(m, source: source, trigger: trigger, view: view)
        }
    }
}

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
