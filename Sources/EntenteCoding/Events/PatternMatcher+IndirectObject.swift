import EntenteCore

/// Verbs of giving put the recipient between the verb and what is given: "granted *Evo
/// Morales* political asylum", "paid *Ukraine* 1.5 billion euros", "passed *Sri Lankan
/// authorities* detailed warnings". A pattern naming what is given (`075 * asylum`) would stop
/// at the recipient, so when it fails, it is tried again past an actor mention standing right
/// after the verb, and that mention is the target — as `* TARGET? asylum` would have it. So
/// is a possessor, the owner of what is acted on: "expelled *India's* high commissioner".
extension PatternMatcher {
    /// The pattern matched past an indirect object (see the extension's note), or nil when the
    /// pattern names its target itself, does not start with words, the trigger is a passive
    /// ("was granted asylum": the recipient is the subject), no mention with a country stands
    /// right after the trigger, or that mention is neither a possessor nor, in the parse, an
    /// object of the trigger.
    static func matchPastIndirectObject(_ pattern: EventPattern, trigger: Int, particleEnd: Int, view: SentenceView) -> PatternMatch? {
        guard let first = pattern.after.first, case .words = first.element,
              !pattern.after.contains(where: { $0.element == .target }),
              !pattern.before.contains(where: { $0.element == .target }),
              !Roles.isPassive(trigger, view: view) else { return nil }
        let clause = view.clause(of: trigger)
        guard let (end, found) = find(.target, from: particleEnd, step: 1, limit: clause.upperBound, view: view, trigger: trigger),
              let mention = found, view.mentions[mention].codes.contains(where: ActorCode.hasCountry),
              var match = matchInPlace(pattern, trigger: trigger, particleEnd: end, view: view),
              namesAThing(after: end, match: match, view: view) else { return nil }
        // "expelled India's high commissioner": what the pattern names belongs to the
        // possessor, who is the target as the owner of what is acted on; any other mention
        // must be an object of the verb in the parse.
        let isPossessor = view.lowered[end] == "'s" || view.lowered[end] == "'" || view.lowered[end] == "\u{2019}s"
        guard isPossessor || isObjectOfVerb(mention, trigger: trigger, view: view) else { return nil }
        match.target = mention
        match.score += 1
        return match
    }

    /// Whether the pattern's first word after the recipient names what is given, not a
    /// preposition or other linking word: "warned Israel *of* a response" and "commits Australia *to* training"
    /// have no indirect object, and `012 * of|about` was written for "warned of".
    static func namesAThing(after start: Int, match: PatternMatch, view: SentenceView) -> Bool {
        var k = start
        // A currency sign is the thing given ("paid Ukraine *$*1.5 billion"), though a filler.
        while k < match.end, view.isFiller(k) || view.isAmountWord(k), !SentenceView.currencySigns.contains(view.lowered[k]) { k += 1 }
        guard k < match.end else { return false }
        // The tagger reads some nouns as verbs ("granted the United States *access*"), so
        // only the words that link are ruled out.
        return ![.adposition, .particle, .subordinatingConjunction, .coordinatingConjunction].contains(view.tokens[k].tag)
    }

    /// Whether the parse makes `mention` an object of the trigger ("granted *the United
    /// States* access"): a country word describing the noun after it ("a *U.S.* intelligence
    /// contractor", "three *Ukrainian navy* vessels") or a possessive pronoun ("carried out
    /// *its* first test") is none. The parse is asked only here, after the pattern matched.
    static func isObjectOfVerb(_ mention: Int, trigger: Int, view: SentenceView) -> Bool {
        guard let tree = view.tree else { return false }
        // The mention's head: the token of the mention whose head lies outside it.
        let tokens = view.mentions[mention].tokens
        guard let head = tokens.first(where: { index in
            guard let governor = try? tree.settledHead(of: index) else { return false }
            return !tokens.contains(governor)
        }) else { return false }
        guard let relation = try? tree.settledRelation(of: head), ["iobj", "obj"].contains(relation),
              let governor = try? tree.settledHead(of: head) else { return false }
        return governor == trigger
    }
}
