import EntenteCore

/// What may and may not be a target: reporters, third parties, possessives, passives'
/// agents, objects named directly, 'that' clauses.
extension Roles {
    /// "Human Rights Watch and Amnesty International said": a mention joined to the reporter by
    /// "and" or "or" reports with it. (A list joined to it by a comma alone, "…, Britain,
    /// France and Germany, President Erdogan said", does not.)
    static func isCoReporter(_ m: Int, _ reporter: Int, view: SentenceView) -> Bool {
        guard let group = view.groupOf[reporter], group.contains(m), let position = group.firstIndex(of: reporter), position > 0 else { return false }
        let previous = view.mentions[group[position - 1]]
        let gap = Range.between(previous.tokens.upperBound, view.mentions[reporter].tokens.lowerBound)
        return gap.contains { Coordination.conjunctions.contains(key: view.keys[$0]) }
    }

    /// Whether the mention starting at `start` follows "by" after a participle other than the
    /// trigger ("an exchange *mediated by* the UAE").
    static func isAgentOfAnotherVerb(_ start: Int, trigger: Int, view: SentenceView) -> Bool {
        var by = start - 1
        if by > trigger, view.lowered[by] == "the" { by -= 1 }
        guard by - 1 > trigger, view.lowered[by] == "by" else { return false }
        return view.tokens[by - 1].tag == .verb && thirdPartyVerbs.contains(key: view.lemmaKeys[by - 1])
    }

    /// Participles naming a third party's part in an act: "talks hosted by Qatar", "a
    /// ceasefire brokered by Egypt". ("A mine operated by Barrick" names an owner, who may be
    /// the target.)
    static let thirdPartyVerbs: WordSet = [
        "mediate", "broker", "host", "sponsor", "facilitate", "organise", "organize", "chair", "arrange",
        "back", "supervise", "oversee", "monitor", "negotiate", "convene",
    ]

    /// Participles of mediating, written after a hyphen with who mediates before it: "the
    /// U.S.-*brokered* talks", "Egyptian-*mediated* ceasefire". ("Saudi-led" and "U.S.-backed"
    /// name an owner or a patron, who may well be the target.)
    static let mediatingParticiples: WordSet = [
        "mediated", "brokered", "hosted", "facilitated", "organised", "organized", "chaired", "arranged",
        "supervised", "overseen", "monitored", "negotiated", "convened",
    ]

    /// Whether mention `m` is the mediator in a hyphenated modifier ("*U.S.*-brokered peace
    /// talks with the Palestinians"): a third party, not whom the act is done to.
    static func isHyphenatedMediator(_ m: Int, view: SentenceView) -> Bool {
        let end = view.mentions[m].tokens.upperBound
        return view.lowered[end] == "-" && mediatingParticiples.contains(key: view.keys[end + 1])
    }

    static let possessivePronouns: WordSet = ["his", "her", "its", "their"]

    /// Whether mention `m` is a possessive pronoun determining a noun phrase that holds
    /// another mention ("his Brazilian counterpart").
    static func isPossessiveBeforeMention(_ m: Int, view: SentenceView) -> Bool {
        let mention = view.mentions[m]
        guard mention.tokens.count == 1, possessivePronouns.contains(key: view.keys[mention.tokens.lowerBound]) else { return false }
        var i = mention.tokens.upperBound
        while i < view.tokens.count, i < mention.tokens.upperBound + 3 {
            if let next = view.mentionStarting[i], !view.mentions[next].isPlace { return true }
            guard view.isFiller(i) || view.tokens[i].tag == .noun else { return false }
            i += 1
        }
        return false
    }

    /// Whether mention `m` is the trigger's object (only fillers between) or follows "with".
    static func isDirectlyNamed(_ m: Int, after trigger: Int, view: SentenceView) -> Bool {
        let start = view.mentions[m].tokens.lowerBound
        // "signed a deal with Algeria" — not "joint training near the border with China".
        if start > 0, start - trigger <= 6, ["with", "between", "against"].contains(view.lowered[start - 1]) { return true }
        return Range.between(trigger + 1, start).allSatisfy { view.isFiller($0) || view.tokens[$0].tag == .adposition && view.lowered[$0] == "to" }
    }

    /// The target found in a "that" clause right after the trigger (adverbs may stand
    /// between): its subject, or, when that is the source again, the first other actor in it.
    /// With `placesToo` (judgements and threats), a place counts as well: "warned that no
    /// place *in Israel* would be spared".
    static func complementTarget(after trigger: Int, source: Int?, placesToo: Bool = false, view: SentenceView) -> Int? {
        var i = trigger + 1
        // "said on Friday that …": adverbs and dates may stand before "that".
        func isInDate(_ k: Int) -> Bool { view.sentence.dates.contains { $0.tokens.contains(k) } }
        while i < view.tokens.count, view.tokens[i].tag == .adverb || isInDate(i)
                || (["on", "in", "at"].contains(view.lowered[i]) && i + 1 < view.tokens.count && isInDate(i + 1)) { i += 1 }
        guard i < view.tokens.count, view.lowered[i] == "that", i + 1 < view.tokens.count else { return nil }
        let clause = view.clauses.ranges[view.clauses.clauseOf[i + 1]]
        let sourceCodes = Set(source.map { view.actors(of: $0).map(\.code) } ?? [])
        func isSource(_ m: Int) -> Bool {
            m == source || (!sourceCodes.isEmpty && Set(view.mentions[m].codes.map(ActorCode.country(of:))).isSubset(of: Set(sourceCodes.map(ActorCode.country(of:)))))
        }
        return view.mentions.indices.first { m in
            let mention = view.mentions[m]
            return clause.contains(mention.tokens.lowerBound) && mention.tokens.lowerBound > i && (!mention.isPlace || placesToo)
                && mention.codes.contains(where: ActorCode.hasCountry) && !isSource(m)
        }
    }

    /// Who undergoes a passive: the mention right before a reduced passive ("the troops
    /// expelled by Niger"), else the clause's subject ("the troops were expelled").
    static func passiveObject(_ trigger: Int, view: SentenceView) -> Int? {
        if let before = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == trigger }) { return before }
        if trigger >= 1, view.lowered[trigger - 1] == ",",
           let before = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == trigger - 1 }) { return before }
        return view.clauses.subjects[view.clauses.clauseOf[trigger]]
    }

    /// "were expelled", "has been attacked", "got arrested", and reduced: "a deal brokered by
    /// Russia". Asked for every pattern tried on a verb, so the view keeps each answer.
    static func isPassive(_ trigger: Int, view: SentenceView) -> Bool {
        view.isPassive(trigger)
    }

    /// ``isPassive(_:view:)`` worked out.
    static func computeIsPassive(_ trigger: Int, view: SentenceView) -> Bool {
        let word = view.lowered[trigger]
        guard !simplePastOnly.contains(key: view.keys[trigger]) else { return false }
        guard word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn") || view.lemmas[trigger] != word && !word.hasSuffix("s") && !word.hasSuffix("ing")
            || sameFormParticiples.contains(key: view.keys[trigger]) else { return false }
        if trigger >= 1, view.tokens[trigger - 1].tag == .noun || view.mentionEnding[trigger - 1] != nil, view.lowered[trigger + 1] == "by" { return true }
        // "Syrian forces, backed by Russian air strikes, …", "the tanker Grace 1, seized by Royal
        // Marines": set off by a comma; "Meng Wanzhou, arrested in Vancouver": with no agent,
        // a preposition after the participle shows it has no object.
        // Without "by", only after a verb the participle's noun depends on: "The EU's foreign
        // policy chief, Kaja Kallas, called on China" closes an apposition before the main verb.
        if trigger >= 2, view.lowered[trigger - 1] == ",", [.noun, .properNoun, .numeral].contains(view.tokens[trigger - 2].tag),
           view.lowered[trigger + 1] == "by"
            || word.hasSuffix("ed") && trigger + 1 < view.tokens.count && view.tokens[trigger + 1].tag == .adposition
            && (0..<(trigger - 2)).contains(where: { view.tokens[$0].tag == .verb }) {
            return true
        }
        var i = trigger - 1
        var steps = 0
        while i >= 0, steps < 3 {
            if beForms.contains(key: view.keys[i]) { return view.lowered[i] != "'s" || view.tokens[i].tag == .auxiliary }
            guard view.tokens[i].tag == .adverb || view.tokens[i].tag == .particle || view.tokens[i].tag == .auxiliary else { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The mention after "by" following the trigger in its clause.
    static func byAgent(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        guard let by = Range.between(trigger + 1, clause.upperBound).first(where: { view.lowered[$0] == "by" }) else { return nil }
        return view.mentions.indices.first { view.mentions[$0].tokens.lowerBound > by && view.mentions[$0].tokens.lowerBound <= by + 2 && !view.mentions[$0].isPlace }
    }
}
