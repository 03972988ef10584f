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
