import EntenteCore

/// Where a source is read from when the clause's subject is not it: perpetrators blamed,
/// gerunds, visits, reciprocal nouns, possessors, nationalities, owners of plans.
extension Roles {
    /// Words naming the act claimed in "X claimed responsibility for / claimed the attack".
    static let claimedActs: WordSet = ["responsibility", "attack", "attacks", "bombing", "bombings", "killing", "killings", "assault", "ambush", "raid", "blast", "blasts"]

    /// Who an act of violence is blamed on ("blamed on al-Shabaab", "blaming Islamic State
    /// fighters", "attributed to JNIM"), who claimed it ("the Islamic State claimed the
    /// attack"), or who set off its weapon ("a bomb planted by al-Shabaab militants").
    static func blamedPerpetrator(in view: SentenceView) -> Int? {
        func mention(after i: Int) -> Int? {
            Range.between(i + 1, min(view.tokens.count, i + 3)).lazy.compactMap { view.mentionStarting[$0] }.first { !view.mentions[$0].isPlace }
        }
        for i in view.tokens.indices where view.tokens[i].tag == .verb {
            switch view.lemmas[i] {
            case "blame":
                if view.lowered[i + 1] == "on", let m = mention(after: i + 1) { return m }
                if view.lowered[i].hasSuffix("ing"), let m = mention(after: i) { return m }
            case "attribute":
                if view.lowered[i + 1] == "to", let m = mention(after: i + 1) { return m }
            case "plant", "lay", "fire", "launch", "detonate", "throw", "drop":
                // "a roadside bomb planted by al-Shabaab", "rockets fired by Hezbollah": who set
                // off the weapon did the violence it did.
                if view.lowered[i + 1] == "by", let m = mention(after: i + 1) { return m }
            case "carry", "set":
                // "an ambush carried out by …", "a blast set off by …".
                if view.lowered[i + 1] == "out" || view.lowered[i + 1] == "off", view.lowered[i + 2] == "by", let m = mention(after: i + 2) { return m }
            case "claim":
                // "in an attack later claimed by Islamic State".
                if view.lowered[i + 1] == "by", let m = mention(after: i + 1) { return m }
                guard Range.between(i + 1, min(view.tokens.count, i + 4)).contains(where: { claimedActs.contains(key: view.keys[$0]) }) else { continue }
                if let subject = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == i && !view.mentions[$0].isPlace }) { return subject }
            default:
                continue
            }
        }
        return nil
    }

    /// Who does a gerund after a preposition: the subject of its clause, or, when the
    /// preposition opens a clause of its own ("… after warning Chad"), of the clause before.
    static func gerundSubject(_ trigger: Int, view: SentenceView) -> Int? {
        let k = view.clauses.clauseOf[trigger]
        if view.clauses.ranges[k].lowerBound == trigger - 1, k > 0 { return view.clauses.subjects[k - 1] }
        return view.clauses.subjects[k]
    }

    /// Whether the noun at `trigger` is the object of a preposition ("killed *in* a clash with
    /// …"), not of a verb ("halted talks with …").
    static func isAfterPreposition(_ trigger: Int, view: SentenceView) -> Bool {
        var i = trigger - 1
        while i >= 0, [.determiner, .adjective, .numeral].contains(view.tokens[i].tag) || isHyphenatedModifier(i, view: view) { i -= 1 }
        return i >= 0 && view.tokens[i].tag == .adposition && view.lowered[i] != "of"
    }

    /// Whether the noun at `trigger` follows a bare "in" ("in protest", "in defiance of", "in
    /// solidarity with"): the manner of the clause's act, not a setting ("in *the* attack",
    /// "in attacks by …" name an event of their own, with a determiner or a "by").
    static func isMannerNoun(_ trigger: Int, view: SentenceView) -> Bool {
        guard trigger > 0, view.lowered[trigger - 1] == "in", view.tokens[trigger].tag == .noun else { return false }
        return view.lowered[trigger + 1] != "by" && !view.lowered[trigger].hasSuffix("s")
    }

    /// Whether a passive verb stands in the trigger's clause before it ("were killed in
    /// clashes"): its subject then suffers the act and does not do what the noun says.
    static func clauseIsPassive(before trigger: Int, view: SentenceView) -> Bool {
        let clause = view.clause(of: trigger)
        return Range.between(clause.lowerBound, trigger).contains { view.tokens[$0].tag == .verb && isPassive($0, view: view) }
    }

    /// Whether token `i` belongs to a hyphenated modifier ("a six-*hour* visit", "a
    /// two-*day* trip"): its hyphen, or a word joined by one to the next.
    static func isHyphenatedModifier(_ i: Int, view: SentenceView) -> Bool {
        view.lowered[i] == "-" || view.lowered[i + 1] == "-" || i > 0 && view.lowered[i - 1] == "-"
    }

    /// Whether the noun at `trigger` is the object of "during", "on", "at", "after", "amid" or
    /// "for" (determiners and adjectives between): "during a visit to Kyiv", "flew to Pyongyang
    /// *for* a three-day summit with Kim" (what the subject went there to do).
    static func isCircumstance(_ trigger: Int, view: SentenceView) -> Bool {
        var i = trigger - 1
        while i >= 0, [.determiner, .adjective, .numeral].contains(view.tokens[i].tag) || isHyphenatedModifier(i, view: view) { i -= 1 }
        guard i >= 0 else { return false }
        // "called *for* talks", "pressed for a summit": a verb's "for" names what it seeks.
        if view.lowered[i] == "for" { return i > 0 && view.tokens[i - 1].tag != .verb && view.tokens[i - 1].tag != .noun }
        return ["during", "on", "at", "after", "amid"].contains(view.lowered[i])
    }

    /// Whether "each other" or "one another" follows the trigger in its clause (within four tokens).
    static func eachOther(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Bool {
        let end = min(clause.upperBound, trigger + 5)
        return Range.between(trigger + 1, max(trigger + 1, end - 1)).contains { i in
            (view.lowered[i] == "each" && view.lowered[i + 1] == "other") || (view.lowered[i] == "one" && view.lowered[i + 1] == "another")
        }
    }

    /// The actor right after "with" (a determiner may stand between) within three tokens of the trigger.
    static func withMention(after trigger: Int, view: SentenceView) -> Int? {
        guard let with = Range.between(trigger + 1, min(view.tokens.count, trigger + 3)).first(where: { view.lowered[$0] == "with" }) else { return nil }
        return view.mentions.indices.first { m in
            let start = view.mentions[m].tokens.lowerBound
            return !view.mentions[m].isPlace && start > with && start <= with + 2 && view.mentions[m].codes.contains(where: ActorCode.hasCountry)
        }
    }

    /// The first member of a group of actors named by "between … and …" right after the trigger.
    static func betweenGroup(after trigger: Int, view: SentenceView) -> Int? {
        guard let between = Range.between(trigger + 1, min(view.tokens.count, trigger + 4)).first(where: { view.lowered[$0] == "between" }),
              let first = view.mentions.indices.first(where: { view.mentions[$0].tokens.lowerBound > between && view.mentions[$0].tokens.lowerBound <= between + 2 }),
              view.groupOf[first] != nil else { return nil }
        return first
    }

    /// "Mali's decision to break", "Niger's plan to expel": the possessor of the noun right
    /// before the infinitive's "to".
    static func infinitiveOwner(of trigger: Int, view: SentenceView) -> Int? {
        guard trigger >= 2, view.lowered[trigger - 1] == "to", view.tokens[trigger - 2].tag == .noun else { return nil }
        return possessor(of: trigger - 2, view: view)
    }

    /// "Pakistani airstrikes", "fresh Russian shelling": a country adjective right before the
    /// noun (adjectives may stand between).
    static func nationalityBefore(_ trigger: Int, view: SentenceView) -> Int? {
        var i = trigger - 1
        while i >= 0, view.tokens[i].tag == .adjective, view.mentions.allSatisfy({ $0.tokens.upperBound != i + 1 }) { i -= 1 }
        guard i >= 0 else { return nil }
        return view.mentions.indices.first { view.mentions[$0].tokens.upperBound == i + 1 && view.mentions[$0].source == .adjective && !view.mentions[$0].isPlace }
    }

    /// Verbs that judge someone for what they did: "condemned Cuba for shooting down …".
    static let judgingVerbs: WordSet = [
        "condemn", "criticise", "criticize", "denounce", "rebuke", "fault", "slam", "blast", "censure", "punish", "sanction", "fine",
        "praise", "commend", "thank", "hail", "applaud", "congratulate", "reward", "laud", "salute",
    ]

    /// For a gerund after "for" ("condemned Cuba on Saturday for shooting"), the mention judged:
    /// the one right before "for" (a date may stand between) after a judging verb.
    static func judgedFor(_ trigger: Int, view: SentenceView) -> Int? {
        guard view.tokens[trigger].tag == .verb, view.lowered[trigger].hasSuffix("ing"), trigger >= 3, view.lowered[trigger - 1] == "for" else { return nil }
        var end = trigger - 1
        if let date = view.sentence.dates.first(where: { $0.tokens.upperBound == end }) {
            end = date.tokens.lowerBound
            if end > 0, ["on", "in", "at"].contains(view.lowered[end - 1]) { end -= 1 }
        }
        guard let judged = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == end && !view.mentions[$0].isPlace }) else { return nil }
        let before = view.mentions[view.groupHead(judged)].tokens.lowerBound - 1
        guard before >= 0, view.tokens[before].tag == .verb, judgingVerbs.contains(key: view.lemmaKeys[before]) else { return nil }
        return view.groupHead(judged)
    }

    /// "Niger's expulsion": the mention ending just before "'s" before the noun.
    /// "Their first public meeting", "switched its recognition": a possessive pronoun linked
    /// to an actor is a possessor too.
    static func possessor(of trigger: Int, view: SentenceView) -> Int? {
        var i = trigger - 1
        while i >= 0, view.tokens[i].tag == .adjective { i -= 1 }
        if i >= 0, possessivePronouns.contains(key: view.keys[i]), let pronoun = view.mentionStarting[i],
           view.mentions[pronoun].tokens == i..<(i + 1), !view.mentions[pronoun].codes.isEmpty {
            return pronoun
        }
        guard i >= 1, view.lowered[i] == "'s" || view.lowered[i] == "\u{2019}s" else { return nil }
        return view.mentions.indices.first { view.mentions[$0].tokens.upperBound == i }
    }

    /// Verbs that take an event noun as their object and leave the event to it: "launched an
    /// attack", "imposed sanctions", "held talks".
    static let lightVerbs: WordSet = [
        "launch", "carry", "conduct", "stage", "mount", "hold", "impose", "make", "issue", "deliver", "begin",
        "start", "resume", "continue", "announce", "order", "step", "intensify", "escalate", "lead", "open",
        "call", "demand", "seek", "offer", "provide", "send", "give", "extend", "sign", "reach", "conclude",
        "strike", "approve", "adopt", "unleash", "wage", "host", "attend", "join", "organize", "organise",
        "request", "urge", "propose", "promise", "pledge", "declare", "perform",
        // "authorised a full investigation", "established an inquiry": who allows or founds it does it.
        "authorise", "authorize", "establish",
        // "flew their first joint patrol", "flew bombing sorties": air forces fly their acts.
        "fly",
    ]

    /// For an event noun that is the subject of a passive light verb ("Sanctions … were
    /// extended by Lithuania"), the "by" agent.
    static func passiveLightVerbAgent(of trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        guard let verb = Range.between(trigger + 1, clause.upperBound).first(where: { view.tokens[$0].tag == .verb }),
              lightVerbs.contains(key: view.lemmaKeys[verb]) || ["extend", "renew", "lift", "ease", "tighten", "expand", "suspend", "end"].contains(view.lemmas[verb]),
              isPassive(verb, view: view) else { return nil }
        return byAgent(after: verb, in: clause, view: view)
    }

    /// Whether the noun at `trigger` is the object of a light verb (fillers may stand between).
    static func isObjectOfLightVerb(_ trigger: Int, view: SentenceView) -> Bool {
        lightVerb(of: trigger, view: view) != nil
    }

    /// The light verb whose object the noun at `trigger` is, if any.
    static func lightVerb(of trigger: Int, view: SentenceView) -> Int? {
        // "provided $80 million in military assistance": amounts and "in"/"of" may stand between.
        var i = trigger - 1
        while i >= 0, trigger - i <= 9 {
            // "the announced withdrawal": a participle after a determiner describes the noun.
            if view.tokens[i].tag == .verb, i > 0, view.tokens[i - 1].tag == .determiner, view.lowered[i].hasSuffix("ed") { return nil }
            if view.tokens[i].tag == .verb {
                if lightVerbs.contains(key: view.lemmaKeys[i]) { return i }
                // "held *indirect* talks": a modifier the tagger read as a verb.
                return misreadModifierLightVerb(before: i, view: view)
            }
            let between = view.isFiller(i) || view.tokens[i].tag == .noun || view.tokens[i].tag == .symbol
                || ["out", "up", "in", "of"].contains(view.lowered[i])
            if !between { return nil }
            i -= 1
        }
        return nil
    }

    /// For a verb after a speech verb that follows its clause's subject, with no "that" after it
    /// ("Russia said Kyiv had attacked …"), the subject the tree gives the verb, when it is an
    /// actor with a country named after the speech verb: the speaker says, another side acts.
    /// Nil where no actor stands between the speech verb and the trigger (so no parse is made),
    /// or the tree names none there.
    static func reportedClauseSubject(of trigger: Int, view: SentenceView) -> (mention: Int, arc: String)? {
        let k = view.clauses.clauseOf[trigger]
        guard let subject = view.clauses.subjects[k] else { return nil }
        // (The subject may be inherited from the clause before: "said Kyiv shelled … and
        // attacked …".)
        let from = view.mentions[subject].tokens.upperBound
        guard let speech = Range.between(from, trigger).last(where: { i in
            view.tokens[i].tag == .verb && Attribution.speechVerbs.contains(key: view.lemmaKeys[i]) && !view.lowered[i].hasSuffix("ing")
        }), view.keys[speech + 1] != Clauses.thatKey,
              view.mentions.contains(where: { !$0.isPlace && $0.tokens.lowerBound > speech && $0.tokens.upperBound <= trigger }),
              isReportedClause(trigger, of: speech, view: view),
              let found = TreeRoles.subject(of: trigger, view: view), found.mention != subject,
              view.mentions[found.mention].tokens.lowerBound > speech, view.mentions[found.mention].tokens.upperBound <= trigger,
              view.mentions[found.mention].codes.contains(where: ActorCode.hasCountry) else { return nil }
        return found
    }

    /// Whether the verb at `trigger` heads what the speech verb at `speech` reports: its
    /// `ccomp`, or a verb conjoined to that ("said Kyiv had shelled the plant and attacked …"),
    /// not a relative clause on its object ("claimed the bombing that killed …").
    static func isReportedClause(_ trigger: Int, of speech: Int, view: SentenceView) -> Bool {
        guard let tree = view.tree, tree.contains(trigger), let head = tree.heads[trigger] else { return false }
        if tree.relations[trigger] == "ccomp" { return head == speech }
        guard tree.relations[trigger] == "conj", let above = tree.heads[head] else { return false }
        return tree.relations[head] == "ccomp" && above == speech
    }
}
