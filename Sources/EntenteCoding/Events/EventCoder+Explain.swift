import EntenteCore

/// What `entente explain` shows: every trigger, the patterns tried and why events were kept or
/// dropped.
extension EventCoder {
    /// What the coder did with one trigger, for `entente explain`.
    public struct TriggerExplanation: Sendable {
        /// The trigger as written.
        public var trigger: String
        /// Verb or noun, and the lemma looked up.
        public var lookup: String
        /// Each pattern tried, with its score when it matched.
        public var tried: [(pattern: String, score: Int?)]
        /// The candidate built from the best pattern, if any matched.
        public var candidate: Candidate?
        /// Events produced, as `SOURCE CODE TARGET (mode)`.
        public var kept: [String]
        /// Dyads or candidates dropped, with the reason.
        public var dropped: [String]
    }

    /// The clauses of a sentence as `(token range, subject text)`, for `entente explain`.
    public func clauses(of sentence: AnalyzedSentence) -> [(range: Range<Int>, subject: String?)] {
        let view = view(of: sentence)
        return view.clauses.ranges.enumerated().map { index, range in
            (range, view.clauses.subjects[index].map { view.mentions[$0].text })
        }
    }

    /// The sentence's dependency tree as `dependent → head (relation)` arcs, one a word, for
    /// `entente explain`; nil without a parser.
    public func tree(of sentence: AnalyzedSentence) -> [String]? {
        guard let tree = view(of: sentence).tree else { return nil }
        return tree.heads.indices.map { index in
            let head = tree.heads[index].map { "\($0):\(sentence.tokens[$0].text)" } ?? "root"
            return "\(index):\(sentence.tokens[index].text) → \(head) (\(tree.fullRelations[index]))"
        }
    }

    /// Why the coder skips a sentence before looking at triggers, if it does: no coded actor or
    /// no trigger word, or a discard phrase.
    public func skipReason(_ sentence: AnalyzedSentence) -> String? {
        if let discard = dictionary.discards.match(sentence.lowered) {
            return "discard phrase '\(discard.phrase)'\(discard.wholeDocument ? " (whole document)" : "")"
        }
        return mayHoldEvent(sentence) ? nil : "no coded actor or no trigger word"
    }

    /// Every trigger of the sentence with the patterns tried and why events were kept or dropped.
    public func explain(_ sentence: AnalyzedSentence) -> [TriggerExplanation] {
        let view = view(of: sentence)
        let chosen = candidates(view, explaining: true)
        var result: [TriggerExplanation] = []
        for i in view.tokens.indices {
            for trigger in triggers(at: i, view: view) {
                let lookup = "\(trigger.kind.rawValue) \(([trigger.lemma] + trigger.particles).joined(separator: " "))"
                guard let particleEnd = view.particlesEnd(trigger.particles, after: i) else {
                    result.append(TriggerExplanation(trigger: view.tokens[i].text, lookup: lookup, tried: [], candidate: nil, kept: [], dropped: ["particle '\(trigger.particles.joined(separator: " "))' not found"]))
                    continue
                }
                let tried = trigger.patterns.map { index -> (String, Int?) in
                    let pattern = dictionary.patterns[index]
                    let passiveSubject = trigger.kind == .verb && Roles.isPassive(i, view: view) ? Roles.passiveObject(i, view: view) : nil
                    return (pattern.provenance, PatternMatcher.match(pattern, trigger: i, particleEnd: particleEnd, view: view, passiveSubject: passiveSubject)?.score)
                }
                let wordCandidate = chosen.first { $0.trigger == i }
                let candidate = wordCandidate.flatMap { trigger.patterns.contains($0.pattern.order) ? $0 : nil }
                var kept: [String] = []
                var dropped: [String] = []
                if let candidate {
                    if candidate.pattern.code == nil {
                        dropped.append("pattern codes no event (none)")
                    } else if let main = candidate.partOf {
                        dropped.append("part of the act of '\(view.tokens[main].text)'")
                    } else {
                        let events = self.events(of: candidate, view: view)
                        if events.isEmpty { dropped.append(candidate.source == nil ? "no source" : "no target") }
                        for (source, target, type, mode) in events {
                            let label = "\(source.code) \(type.code) \(target.code.isEmpty ? "(no target)" : target.code) (\(mode.rawValue))"
                            if let reason = dropReason(source: source.code, target: target.code, code: type.code) {
                                dropped.append("\(label): \(reason)")
                            } else if target.code.isEmpty {
                                kept.append("\(label) — a one-actor event, printed by `code` only with --one-actor")
                            } else if !mode.isFactual {
                                kept.append("\(label) — printed only with --all-modes")
                            } else {
                                kept.append(label)
                            }
                        }
                    }
                } else if let other = wordCandidate {
                    dropped.append("another block for this word won: \(other.pattern.provenance)")
                } else {
                    dropped.append("no pattern matched")
                }
                result.append(TriggerExplanation(trigger: view.tokens[i].text, lookup: lookup, tried: tried, candidate: candidate, kept: kept, dropped: dropped))
            }
        }
        // Candidates a rule makes, not a trigger word (``ModalDemands``).
        for candidate in chosen where candidate.pattern.order < 0 {
            let events = self.events(of: candidate, view: view)
            let kept = events.compactMap { source, target, type, mode in
                dropReason(source: source.code, target: target.code, code: type.code) == nil ? "\(source.code) \(type.code) \(target.code) (\(mode.rawValue))" : nil
            }
            result.append(TriggerExplanation(trigger: view.tokens[candidate.trigger].text, lookup: "rule \(candidate.pattern.origin)", tried: [(candidate.pattern.provenance, 0)],
                                             candidate: candidate, kept: kept, dropped: kept.isEmpty ? ["the same side, or an actor with no country"] : []))
        }
        return result
    }
}
