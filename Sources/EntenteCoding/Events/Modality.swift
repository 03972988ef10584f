import EntenteCore

/// Reads how a sentence presents an event: asserted, negated, threatened, intended, denied,
/// reported, hypothetical, requested or alleged, from the words governing the trigger.
enum Modality {
    static let negations: WordSet = ["not", "n't", "never", "no", "neither", "nor"]
    static let intentions: WordSet = [
        "plan", "intend", "vow", "pledge", "promise", "aim", "seek", "want", "hope", "propose", "offer", "prepare",
        "expect", "threaten", "deny", "refuse", "fail", "ready", "prepared", "willing", "eager", "determined", "poised",
        "set", "likely", "due", "scheduled", "keen", "agree", "commit", "committed", "wish", "try",
    ]
    /// Verbs whose event-noun object is asked for ("demanded talks") or offered ("offered aid").
    static let nounRequests: WordSet = ["demand", "call", "seek", "request", "urge"]
    /// Nouns whose offering is the act: an apology offered has been made.
    static let expressions: WordSet = ["apology", "apologies", "condolence", "condolences", "sympathy", "sympathies", "congratulation", "congratulations", "thanks", "gratitude", "regret", "regrets", "remorse"]
    static let nounOffers: WordSet = ["offer", "propose", "promise", "pledge"]
    /// Nouns that make the event noun after them a possibility.
    static let possibilities: WordSet = ["chance", "prospect", "possibility", "likelihood", "hope", "risk", "threat", "fear", "danger", "spectre", "specter"]
    /// Verbs that present what follows "of"/"for" as an allegation.
    static let allegations: WordSet = ["accuse", "blame", "charge", "suspect", "allege", "accusation", "allegation", "indict", "convict", "guilty"]
    /// Nouns whose "to" infinitive is a plan or an offer, not an act.
    static let intentionNouns: WordSet = ["plan", "proposal", "offer", "bid", "intention", "pledge", "promise", "attempt", "effort", "threat", "readiness", "willingness", "plot", "scheme", "move"]
    /// Nouns whose "to" infinitive is asked of someone.
    static let requestNouns: WordSet = ["call", "demand", "request", "appeal", "order", "ultimatum", "invitation"]
    /// Verbs whose "-ing" complement is an option under consideration.
    static let deliberations: WordSet = ["consider", "weigh", "contemplate", "mull", "discuss", "propose", "suggest", "debate", "study", "explore", "plan", "envisage", "rule"]
    /// Verbs whose object is asked to act: "urged Israel to agree", "called on Mali to leave".
    static let requests: WordSet = ["urge", "call", "ask", "press", "tell", "persuade", "encourage", "invite", "request", "demand", "appeal", "beg", "push", "order", "pressure", "advise", "instruct", "implore"]
    static let futureMarkers: WordSet = ["will", "'ll", "shall", "going"]
    static let hypotheticalMarkers: WordSet = ["would", "could", "might", "may", "should", "if", "unless", "whether"]
    static let reportMarkers: WordSet = ["reportedly", "allegedly", "purportedly", "reports", "rumours", "rumors"]
    static let denials: WordSet = ["deny", "reject", "dismiss", "refute"]
    /// Verbs that stop what their object names: "talks were suspended".
    static let stoppingVerbs: WordSet = ["suspend", "halt", "cancel", "postpone", "stop", "end", "freeze", "pause", "abandon", "scrap", "delay", "lift", "revoke", "rescind", "repeal", "overturn"]

    /// Nouns whose "to"/"of" complement is to stop: "an end to the fighting".
    static let stoppingNouns: WordSet = ["end", "halt", "stop", "cessation", "suspension", "moratorium", "freeze"]

    static func mode(of trigger: Int, view: SentenceView) -> EventMode {
        // An event noun takes the mode of the verb it is the object of: "plans to hold talks".
        if view.tokens[trigger].tag == .noun, let light = Roles.lightVerb(of: trigger, view: view) {
            // "demanded direct talks", "offered aid": asked for or offered, not yet done.
            if nounRequests.contains(key: view.lemmaKeys[light]) { return .requested }
            // …but "offered his apologies", "offered condolences" is the apology itself.
            if nounOffers.contains(key: view.lemmaKeys[light]) && !expressions.contains(key: view.lemmaKeys[trigger]) { return .intended }
            return mode(of: light, view: view)
        }
        let clause = view.clause(of: trigger)
        if view.tokens[trigger].tag == .noun {
            // "demanded an immediate halt to the fighting": what is to stop is not reported here.
            var before = trigger - 1
            while before > 0, [.determiner, .adjective].contains(view.tokens[before].tag) { before -= 1 }
            if before >= 1, ["to", "of"].contains(view.lowered[before]), stoppingNouns.contains(key: view.lemmaKeys[before - 1]) { return .hypothetical }
            // "Talks with Algeria were suspended by Mali": the subject of a passive stopping verb
            // is stopped, not held.
            if let verb = Range.between(trigger + 1, min(view.tokens.count, trigger + 9)).first(where: { view.tokens[$0].tag == .verb }),
               stoppingVerbs.contains(key: view.lemmaKeys[verb]), Roles.isPassive(verb, view: view) {
                return .negated
            }
            // "cancelled his trip to Washington", "froze most of its aid": the object of an
            // active stopping verb is stopped, not done.
            if let verb = governingVerb(ofNoun: trigger, in: clause, view: view), stoppingVerbs.contains(key: view.lemmaKeys[verb]),
               !Roles.isPassive(verb, view: view) {
                return .negated
            }
            // "The talks … did not take place": an event noun said not to have happened.
            if let happen = Range.between(trigger + 1, view.tokens.count).first(where: { k in
                (view.lemmas[k] == "take" && view.lowered[k + 1] == "place") || ["happen", "occur", "materialise", "materialize"].contains(view.lemmas[k])
                    || (view.lemmas[k] == "go" && view.lowered[k + 1] == "ahead")
            }), Range.between(max(trigger + 1, happen - 3), happen).contains(where: { negations.contains(key: view.keys[$0]) }) {
                return .negated
            }
            // "A Chinese invasion of Taiwan would cost …": an indefinite event noun whose verb is
            // conditional.
            var first = trigger - 1
            while first > 0, [.adjective, .properNoun].contains(view.tokens[first].tag) || view.mentions.contains(where: { $0.tokens.contains(first) }) { first -= 1 }
            if first >= 0, ["a", "an", "any"].contains(view.lowered[first]),
               let verb = Range.between(trigger + 1, clause.upperBound).first(where: { view.tokens[$0].tag == .verb || view.tokens[$0].tag == .auxiliary }),
               hypotheticalMarkers.contains(key: view.keys[verb]) {
                return .hypothetical
            }
        }
        // "Had Senegal joined the sanctions, …": an inverted conditional.
        if view.clauses.clauseOf[trigger] == 0, let first = view.tokens.first, first.tag == .auxiliary,
           ["had", "were", "should"].contains(view.lowered[0]), !view.isQuestion {
            return .hypothetical
        }
        // "accusing Kyiv of (illegally) supporting terrorists", "blamed Ukraine for arming rebels".
        var beforeAdverbs = trigger - 1
        while beforeAdverbs > 0, view.tokens[beforeAdverbs].tag == .adverb { beforeAdverbs -= 1 }
        if beforeAdverbs >= 0, view.lowered[beforeAdverbs] == "of" || view.lowered[beforeAdverbs] == "for",
           Range.between(max(0, trigger - 9), trigger).contains(where: { allegations.contains(key: view.lemmaKeys[$0]) }) {
            return view.lowered[beforeAdverbs - 1] == "short" ? .negated : .alleged
        }
        // "the chances of a lasting truce", "prospects for talks": a possibility, not an event.
        if view.tokens[trigger].tag == .noun,
           Range.between(max(0, trigger - 4), trigger).contains(where: { possibilities.contains(key: view.lemmaKeys[$0]) }) {
            return .hypothetical
        }
        // "stopped short of condemning", "refrained from attacking".
        if trigger >= 2, view.lowered[trigger - 1] == "from", ["refrain", "abstain", "desist"].contains(view.lemmas[trigger - 2]) {
            return .negated
        }
        if trigger >= 2, view.lowered[trigger - 1] == "of", view.lowered[trigger - 2] == "short" { return .negated }
        // "demanded that Russia withdraw": the content of a demand is requested.
        if var that = Range.between(clause.lowerBound, trigger).first(where: { view.lowered[$0] == "that" }) ?? (clause.lowerBound > 0 && view.lowered[clause.lowerBound - 1] == "that" ? clause.lowerBound - 1 : nil),
           that >= 1 {
            // "demanded that M23 halt its offensive and that Rwanda withdraw": a second "that"
            // after "and" continues the first.
            if ["and", "or"].contains(view.lowered[that - 1]), let first = Range.between(0, (that - 1)).last(where: { view.lowered[$0] == "that" }) { that = first }
            // "demanded on Thursday that Iraq withdraw": a date or adverb may stand between.
            let verb = that >= 1 ? governingWord(beforeTo: that, view: view) : -1
            if verb >= 0, view.tokens[verb].tag == .verb, requests.contains(key: view.lemmaKeys[verb]) || view.lemmas[verb] == "insist" {
                return .requested
            }
        }
        let start = max(clause.lowerBound, trigger - 4)
        // Governing verb + "to" right before the trigger: "threatened to expel", "plans to cut".
        if trigger >= 2, view.lowered[trigger - 1] == "to" {
            if Modality.requester(of: trigger, view: view) != nil { return .requested }
            // "threatened on Monday to shoot down": a date or adverb may stand before "to".
            let governor = view.lemmas[governingWord(beforeTo: trigger - 1, view: view)]
            // "in a bid to support", "in order to reach": a purpose, not a separate event.
            if trigger >= 3, view.lowered[trigger - 2] == "order" && view.lowered[trigger - 3] == "in"
                || (trigger >= 4 && view.lowered[trigger - 4] == "in" && ["a", "an"].contains(view.lowered[trigger - 3])
                    && ["bid", "effort", "attempt", "move"].contains(view.lowered[trigger - 2])) {
                return .hypothetical
            }
            // "France's plans to send troops", "a proposal to hold talks", "calls to withdraw".
            if view.tokens[trigger - 2].tag == .noun {
                // "has no plans to withdraw", "no immediate intention to": an intention denied.
                if intentionNouns.contains(governor) {
                    let denied = Range.between(max(clause.lowerBound, trigger - 5), trigger - 2).contains { negations.contains(key: view.keys[$0]) }
                    return denied ? .negated : .intended
                }
                if requestNouns.contains(governor) { return .requested }
            }
            // "urged them to agree to a ceasefire to allow aid in": a purpose after a noun takes
            // the mode of the act it is the purpose of, when that act is not asserted.
            if view.tokens[trigger - 2].tag == .noun,
               let verb = Range.between(clause.lowerBound, trigger - 2).last(where: { view.tokens[$0].tag == .verb }) {
                // An intended act's purpose is no intention declared ("considering sending a
                // warship to support a strike").
                let governing = mode(of: verb, view: view)
                if governing == .intended { return .hypothetical }
                if governing != .asserted { return governing }
            }
            switch governor {
            case "threaten": return .threatened
            case "refuse", "fail": return .negated
            case "deny": return .denied
            // "agreed to", "decided to" report a commitment made: the act itself is still to come.
            case let word where intentions.contains(word): return .intended
            default: break
            }
        }
        // "is considering sending", "discussed deploying": an option weighed, not an act.
        if trigger >= 1, view.lowered[trigger].hasSuffix("ing"), view.tokens[trigger - 1].tag == .verb,
           deliberations.contains(key: view.lemmaKeys[trigger - 1]) {
            return .intended
        }
        let window = Range.between(start, trigger)
        if window.contains(where: { negations.contains(key: view.keys[$0]) }) || (view.lowered[trigger - 2] == "no" && view.lowered[trigger - 1] == "longer") {
            return .negated
        }
        // "said that they would back Ukraine": "would" in reported speech is the future of what
        // was said, an intention, not a condition.
        if let would = window.last(where: { view.lowered[$0] == "would" }), isReportedFuture(would, view: view),
           view.conditions.isEmpty, !view.isQuestion {
            return .intended
        }
        // "If Mali attacks Niger": the clause of a condition before the trigger.
        let condition = view.conditions.last { $0 < trigger }
        if window.contains(where: { hypotheticalMarkers.contains(key: view.keys[$0]) && isMarker($0, view: view) })
            || condition.map({ view.clauses.clauseOf[$0] == view.clauses.clauseOf[trigger] }) ?? false
            || view.isQuestion {
            return .hypothetical
        }
        if window.contains(where: { futureMarkers.contains(key: view.keys[$0]) && isMarker($0, view: view) }) {
            return .intended
        }
        // "denied that it had attacked", "denies supporting".
        if let denial = Range.between(max(0, trigger - 6), trigger).last(where: { view.tokens[$0].tag == .verb && denials.contains(key: view.lemmaKeys[$0]) }),
           Range.between(denial + 1, trigger).allSatisfy({ view.tokens[$0].tag != .verb }) {
            return .denied
        }
        if Range.between(0, trigger).contains(where: { reportMarkers.contains(key: view.keys[$0]) }) {
            return .reported
        }
        return .asserted
    }
}

extension Modality {
    /// Whether the trigger is hedged by "may", "might" or "could" right before it, in a
    /// sentence with no condition and no question, and quoted from someone: what an actor's own
    /// side says it may do is an option it weighs. (The caller checks that the speaker is on the
    /// source's side.)
    static func isOptionSaidByOwnSide(_ trigger: Int, view: SentenceView) -> Bool {
        guard view.reporter != nil, !view.isQuestion, view.conditions.isEmpty else { return false }
        return Range.between(max(0, trigger - 3), trigger).contains { ["may", "might", "could"].contains(view.lowered[$0]) && isMarker($0, view: view) }
    }

    /// Whether a modal word at `i` is one, not part of a name or a date: "Theresa *May* has
    /// held talks", "talks held in *May*", "*Will* Hurd said".
    static func isMarker(_ i: Int, view: SentenceView) -> Bool {
        view.tokens[i].tag != .properNoun && !view.insideMention[i]
    }

    /// Whether the "would" at `would` stands in what a speech verb reports: "X said (that) it
    /// would …" — the speech verb before it in the sentence, with no full stop of a clause
    /// (";") between.
    static func isReportedFuture(_ would: Int, view: SentenceView) -> Bool {
        var i = would - 1
        while i >= 0, would - i <= 12 {
            if view.lowered[i] == ";" { return false }
            if view.tokens[i].tag == .verb, Attribution.speechVerbs.contains(key: view.lemmaKeys[i]) || ["promise", "pledge", "vow", "announce", "indicate", "signal"].contains(view.lemmas[i]) {
                return true
            }
            i -= 1
        }
        return false
    }

    /// The word governing the infinitive whose "to" is at `to`: the word before it, or before a
    /// date or adverbs standing between ("threatened *on Monday* to", "vowed *again* to").
    static func governingWord(beforeTo to: Int, view: SentenceView) -> Int {
        var i = to - 1
        var skipped = 0
        while i > 0, skipped < 5 {
            if view.tokens[i].tag == .adverb {
                i -= 1; skipped += 1; continue
            }
            if let date = view.sentence.dates.first(where: { $0.tokens.contains(i) }) {
                var start = date.tokens.lowerBound
                if start > 0, ["on", "in", "at"].contains(view.lowered[start - 1]) { start -= 1 }
                skipped += i - start + 1
                i = start - 1
                continue
            }
            break
        }
        return max(i, 0)
    }

    /// For "accused Kyiv of supporting terrorists", the accused (Kyiv), who is said to act.
    static func accused(of trigger: Int, view: SentenceView) -> Int? {
        var of = trigger - 1
        while of > 0, view.tokens[of].tag == .adverb { of -= 1 }
        guard of >= 1, view.lowered[of] == "of" || view.lowered[of] == "for",
              let accused = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == of }) else { return nil }
        let before = view.mentions[accused].tokens.lowerBound - 1
        guard before >= 0, allegations.contains(key: view.lemmaKeys[before]) else { return nil }
        return view.groupHead(accused)
    }

    /// For "urged Israel to agree", the mention asked to act (Israel), if the trigger's "to"
    /// follows an actor that follows a request verb ("call on" included).
    static func requester(of trigger: Int, view: SentenceView) -> Int? {
        objectOfControlVerb(trigger, verbs: requests, view: view) ?? subjectOfPassiveControlVerb(trigger, verbs: requests, view: view)
    }

    /// For "Rwanda was told by the United States on Tuesday to pull its troops out", the
    /// passive's subject (Rwanda), which the request verb asks to act: the mention ending right
    /// before the passive's "be" form, when the trigger's "to" follows the participle, its
    /// "by" agent, or dates and adverbs.
    static func subjectOfPassiveControlVerb(_ trigger: Int, verbs: WordSet, view: SentenceView) -> Int? {
        guard trigger >= 3, view.lowered[trigger - 1] == "to" else { return nil }
        var last = governingWord(beforeTo: trigger - 1, view: view)
        if let agent = view.mentionEnding[last] {
            var by = view.mentions[agent].tokens.lowerBound - 1
            if by >= 0, view.tokens[by].tag == .determiner { by -= 1 }
            if by >= 2, view.lowered[by] == "by" { last = governingWord(beforeTo: by, view: view) }
        }
        guard last >= 2, view.tokens[last].tag == .verb, verbs.contains(key: view.lemmaKeys[last]),
              Roles.beForms.contains(key: view.keys[last - 1]) else { return nil }
        // "Iran has *been* asked", "was *also* told": auxiliaries and adverbs before the "be" form.
        var k = last - 2
        while k > 0, k >= last - 4, view.tokens[k].tag == .auxiliary || view.tokens[k].tag == .adverb { k -= 1 }
        return view.mentionEnding[k].map(view.groupHead)
    }

    /// The verb whose object noun phrase `noun` ends, within six tokens: only determiners,
    /// pronouns, adjectives, numbers, nouns and "of" between ("cancelled *his* trip", "froze
    /// *most of its direct financial* aid").
    static func governingVerb(ofNoun noun: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        var k = noun - 1
        let floor = max(clause.lowerBound, noun - 6)
        while k >= floor {
            // "lifted its long-standing sanctions": a filler (here the end of a hyphenated
            // modifier, read as a verb) is part of the object.
            if view.isFiller(k) {
                k -= 1
                continue
            }
            switch view.tokens[k].tag {
            case .verb?: return k
            case .determiner?, .pronoun?, .adjective?, .numeral?, .noun?, .properNoun?: k -= 1
            case .adposition? where view.lowered[k] == "of": k -= 1
            default: return nil
            }
        }
        return nil
    }

    /// Verbs that make their object act: "prompting Riyadh to expel the ambassador".
    static let causatives: WordSet = ["prompt", "force", "compel", "cause", "lead", "spur", "drive", "oblige", "provoke", "trigger"]

    /// For "prompting Riyadh to expel", the mention made to act (Riyadh): the act is reported
    /// as done, not asked for.
    static func causee(of trigger: Int, view: SentenceView) -> Int? {
        objectOfControlVerb(trigger, verbs: causatives, view: view)
    }

    /// The mention (first of its group) right before the trigger's "to" (dates and adverbs may
    /// stand between), when it follows one of `verbs` (determiners and "on", "upon" or "to"
    /// may stand between).
    static func objectOfControlVerb(_ trigger: Int, verbs: WordSet, view: SentenceView) -> Int? {
        guard trigger >= 2, view.lowered[trigger - 1] == "to" else { return nil }
        // "urged Pyongyang on Thursday to return": a date or adverb may stand before "to".
        let last = governingWord(beforeTo: trigger - 1, view: view)
        guard let addressee = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == last + 1 }) else { return nil }
        // "called on Israel and Hamas to agree": the request verb stands before the group;
        // "appealed to NATO to extend".
        var i = view.mentions[view.groupHead(addressee)].tokens.lowerBound - 1
        while i >= 0, view.tokens[i].tag == .determiner { i -= 1 }
        if i >= 0, view.lowered[i] == "on" || view.lowered[i] == "upon" || view.lowered[i] == "to" { i -= 1 }
        guard i >= 0, view.tokens[i].tag == .verb, verbs.contains(key: view.lemmaKeys[i]) else { return nil }
        return view.groupHead(addressee)
    }
}
