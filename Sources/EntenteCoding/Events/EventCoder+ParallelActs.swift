import EntenteCore

extension EventCoder {
    /// "Bolivia severed diplomatic ties with Israel, and Colombia and Chile recalled their
    /// ambassadors": a clause joined by "and" that has a subject of its own, and an act of the
    /// same CAMEO root naming no target, acts toward the target of the clause before it. Two
    /// actors doing alike in one sentence do it to the same one.
    func shareParallelTargets(_ candidates: inout [Candidate], view: SentenceView, explaining: Bool) {
        for k in candidates.indices {
            let trigger = candidates[k].trigger
            let clauseIndex = view.clauses.clauseOf[trigger]
            let clause = view.clauses.ranges[clauseIndex]
            guard candidates[k].target == nil, candidates[k].impliedTargetCode == nil, candidates[k].mode.isFactual,
                  let source = candidates[k].source, let code = candidates[k].pattern.code,
                  clause.lowerBound > 0, view.lowered[clause.lowerBound - 1] == "and",
                  view.clauses.subjects[clauseIndex] == source, clause.contains(view.mentions[source].tokens.lowerBound),
                  let main = candidates[..<k].last(where: { other in
                      other.pattern.code.map { $0.prefix(2) == code.prefix(2) } ?? false && other.mode.isFactual
                          && other.target != nil && view.clauses.clauseOf[other.trigger] < clauseIndex
                  }),
                  let target = main.target, main.source != source,
                  !view.mentions[target].codes.contains(where: { targetCode in
                      view.mentions[source].codes.contains { ActorCode.country(of: $0) == ActorCode.country(of: targetCode) }
                  }) else { continue }
            candidates[k].target = target
            if explaining { candidates[k].note += "; target: that of the like act in the clause before (\(view.tokens[main.trigger].text))" }
        }
    }
}
