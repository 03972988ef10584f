import EntenteCore

/// Who did it to whom, when the pattern itself did not say: the clause's subject is the
/// source and the first actor after the trigger the target; a passive swaps them and takes
/// the source from "by …"; a noun takes its possessor ("Niger's expulsion of …") as source.
enum Roles {
    struct Assignment {
        var source: Int?
        var target: Int?
        var note: String
        /// "fighting between Sudan's army and the RSF": the group's members act on each other.
        var between = false
        /// A target code implied by the sentence rather than named (see `impliedTarget`).
        var impliedTargetCode: String?
    }

    /// Roots of verbal acts that judge, examine or ask something of a country: appeals, praise,
    /// investigations, demands, disapproval, rejection, threats.
    static let judgingRoots: WordSet = ["02", "05", "09", "10", "11", "12", "13"]

    /// Roots of force used on people and places: assault, fight, mass violence.
    static let violentRoots: WordSet = ["18", "19", "20"]

    /// Prepositions that aim an act at a place rather than situate it there.
    static let directional: WordSet = ["at", "into", "onto", "towards", "toward"]

    /// Codes whose act reaches a place, which is then its target: visits (042), aid (07),
    /// shows of force and deployments (15), missions ended or withdrawn (166).
    static let placeReachedCodes = ["042", "07", "15", "166"]

    /// Past tenses that are never participles ("Erdogan *spoke* by phone with Ruto"), so never
    /// a passive, whatever follows them.
    static let simplePastOnly: WordSet = [
        "arose", "awoke", "ate", "became", "began", "bit", "blew", "bore", "broke", "came", "chose", "did", "drank", "drew",
        "drove", "fell", "flew", "forbade", "forgave", "forgot", "foresaw", "forsook", "froze", "gave", "grew", "hid", "knew",
        "mistook", "overcame", "overran", "overtook", "overthrew", "ran", "rang", "rode", "rose", "sang", "sank", "saw", "shook",
        "shrank", "slew", "spoke", "sprang", "stank", "stole", "strode", "strove", "swam", "swore", "took", "threw", "tore",
        "undertook", "went", "withdrew", "woke", "wore", "wove", "wrote",
    ]

    static let beForms: WordSet = ["be", "is", "are", "was", "were", "been", "being", "get", "got", "gets", "'s", "'re"]

    /// Participles spelled as their verb's base form, which no suffix marks: "a drone factory
    /// was *hit* by Russian missiles", "power was *cut* by the rebels".
    static let sameFormParticiples: WordSet = ["hit", "cut", "shut", "put", "set", "hurt", "upset", "beat", "cast", "spread", "burst", "shed", "split", "thrust", "quit", "let"]

    static func assign(_ match: PatternMatch, trigger: Int, kind: EventTrigger.Kind, view: SentenceView, explaining: Bool = false) -> Assignment {
        let clause = view.clause(of: trigger)
        var notes = ExplanationNotes(enabled: explaining)
        var source = match.source
        var target = match.target
        let passive = kind == .verb && isPassive(trigger, view: view)
        if passive { notes.add("passive") }

        // "…, an allegation the Kremlin dismissed": the relative clause's subject reacts, to
        // whoever did what it reacts to (``reactedNoun(of:view:)``).
        if source == nil, kind == .verb, !passive, let reaction = reactedNoun(of: trigger, view: view) {
            source = reaction.reactor
            notes.add("source: who reacts in the relative clause (\(view.mentions[reaction.reactor].text))")
            // (A verb with an actor of its own after it, "the claim that Iran attacked
            // Ukraine", acts on that actor; the firstActor rule below finds it.)
            if target == nil, match.pattern.isReaction, firstActor(after: trigger, source: source, passive: passive, clause: clause, view: view) == nil,
               let doer = reactedDoer(noun: reaction.noun, reactor: reaction.reactor, view: view) {
                target = doer
                notes.add("target: who did what the reaction is to (\(view.mentions[doer].text))")
            }
        }
        if source == nil {
            (source, target) = findSource(match, trigger: trigger, kind: kind, passive: passive, clause: clause, view: view, notes: &notes)
        }
        // "A Honduran gang leader was extradited by Guatemala to the United States": a passive
        // transfer's subject is what is handed over, as an active's object is.
        if passive, match.target == nil, let object = target, let recipient = passiveRecipient(of: trigger, source: source, clause: clause, view: view),
           recipient != object {
            target = recipient
            notes.add("target: the recipient after 'to' (\(view.mentions[recipient].text)), not what is handed over (\(view.mentions[object].text))")
        }
        // "Sheikh Hasina resigned as Bangladesh's prime minister": the office resigned speaks
        // for a name no dictionary knows (Roles+Resignation).
        if isResignation(match), source.map({ !view.mentions[$0].codes.contains(where: ActorCode.hasCountry) }) ?? true,
           let office = officeAfterAs(trigger, view: view) {
            source = office
            notes.add("source: the office resigned (\(view.mentions[office].text))")
        }
        // "Armenia put its forces on high alert after shelling along the border with Azerbaijan":
        // the pattern's object refers back to the source, so look further for the target.
        // But "Georgian opposition leaders called on the government": a side outside the state
        // addressing its own country's government names another actor (``isOutsiderToItsState``).
        if let t = target, let s = source, view.mentions[t].source == .coreference,
           Set(view.mentions[t].codes.map(ActorCode.country(of:))) == Set(view.actors(of: s).map { ActorCode.country(of: $0.code) }),
           !isOutsiderToItsState(source: s, target: t, view: view) {
            target = nil
            notes.add("the object (\(view.mentions[t].text)) is the source's own")
            // "Israel has strengthened its forces in Lebanon": a show of force or a deployment is
            // aimed where the source's own forces are.
            if let code = match.pattern.code, code.hasPrefix("15") || code.hasPrefix("074"),
               let place = view.mentions.indices.first(where: { m in
                   let start = view.mentions[m].tokens.lowerBound
                   return view.mentions[m].isPlace && start == view.mentions[t].tokens.upperBound + 1
                       && ["in", "into", "to", "near", "along", "inside"].contains(view.lowered[start - 1])
               }) {
                target = place
                notes.add("target: where those forces are (\(view.mentions[place].text))")
            }
        }
        // "Two car bombs exploded …, in an attack blamed on al-Shabaab": with no doer named, an
        // act of violence is done by whom it is blamed on or who claimed it.
        // So is one done by a doer with no country ("a suicide bomber attacked a rally …; the
        // Islamic State claimed the attack").
        if source == nil || source.map({ !view.mentions[$0].codes.contains(where: ActorCode.hasCountry) }) == true,
           let code = match.pattern.code, violentRoots.contains(String(code.prefix(2))),
           let perpetrator = blamedPerpetrator(in: view), view.mentions[perpetrator].codes.contains(where: ActorCode.hasCountry) {
            source = perpetrator
            notes.add("source: blamed on or claimed by \(view.mentions[perpetrator].text)")
        }
        // "Armenian and Azerbaijani forces shelled each other": a group acting on its members.
        if let s = source, match.target == nil, view.actors(of: s).count >= 2, eachOther(after: trigger, in: clause, view: view) {
            return Assignment(source: s, target: nil, note: notes.text + "; source: the group, each on the others ('each other')", between: true)
        }
        // "Fighting broke out between Sudan's army and the RSF": with no actor of its own, the
        // event is between the members of the group named after "between".
        if source == nil, match.target == nil, let group = betweenGroup(after: trigger, view: view) {
            return Assignment(source: group, target: nil, note: "source: the group after 'between' (\(view.mentions[group].text)), each on the others", between: true)
        }
        // "A truce between the Saudi-led coalition and Yemen's Houthis": two sides that are no
        // one group, the first acting on the second.
        if source == nil, match.target == nil, let (first, second) = betweenPair(after: trigger, view: view) {
            return Assignment(source: first, target: second, note: "source and target: the sides after 'between' (\(view.mentions[first].text), \(view.mentions[second].text))")
        }
        if target == nil {
            // The first actor after the trigger in its clause that is not the source again
            // ("welcomed *their* resumption of ties with Osgiliath"), nor the "by" agent of a passive.
            target = firstActor(after: trigger, source: source, passive: passive, clause: clause, view: view)
            // "condemned the isolation of Qatar by Saudi Arabia": aimed at who did it.
            if let code = match.pattern.code, judgingRoots.contains(String(code.prefix(2))),
               let agent = judgedActAgent(after: trigger, clause: clause, source: source, view: view) {
                target = agent
                notes.add("target: the agent after 'by' of the act judged (\(view.mentions[agent].text))")
            }
            var treeTarget: (mention: Int, arc: String)?
            // Only where the tags see no target, and an actor stands where only the tree can
            // reach it, is the sentence parsed for one (parsing is most of the coder's time).
            if target == nil, !passive, mayHaveTreeTarget(trigger, source: source, view: view) {
                treeTarget = TreeRoles.object(of: trigger, view: view) { isTreeTarget($0, source: source, trigger: trigger, view: view) }
                target = treeTarget?.mention
            }
            // "arrived in Haiti to lead a UN-backed mission": the place an arrival, aid or a
            // deployment reaches, named first, is its target, as is a place aimed at.
            let reaches = match.pattern.code.map { code in placeReachedCodes.contains(where: code.hasPrefix) } ?? false
            // ("moved units to *its* border with Mali": not the source's own land.)
            let reached = reaches ? visitedPlace(after: trigger, in: clause, view: view).flatMap { isSourcesOwn($0, source: source, view: view) ? nil : $0 } : nil
            let aimed = aimedPlace(after: trigger, in: clause, view: view) ?? reached
            if let first = target, let aimed, view.mentions[aimed].tokens.lowerBound < view.mentions[first].tokens.lowerBound,
               !Roles.isLocativeAt(before: aimed, view: view) {
                // "flying food into Sarajevo as part of the UN airlift": the place aimed at
                // comes first, and is what the act is done to.
                target = aimed
                notes.add("target: the place aimed at (\(view.mentions[aimed].text)), before any other actor")
            } else if let treeTarget {
                notes.add("target: \(treeTarget.arc) in the parse (\(view.mentions[treeTarget.mention].text))")
            } else if let object = target, let recipient = recipient(of: trigger, object: object, source: source, clause: clause, view: view) {
                // "extradited Viktor Bout to the United States": the recipient, not what is moved.
                target = recipient
                notes.add("target: the recipient after 'to' (\(view.mentions[recipient].text)), not what is handed over (\(view.mentions[object].text))")
            } else if let target {
                notes.add("target: first actor after the trigger (\(view.mentions[target].text))")
            } else if kind != .noun, let complement = complementTarget(after: trigger, source: source,
                                                                       placesToo: match.pattern.code.map { judgingRoots.contains(String($0.prefix(2))) } ?? false, view: view) {
                // "Gollum allowed that Mordor isn't …", "Niger warned that Ukraine …"; "China
                // denied that its coast guard rammed a Philippine boat": past the source itself.
                target = complement
                notes.add("target: from the 'that' clause (\(view.mentions[complement].text))")
            } else if let code = match.pattern.code, conditionedRoots.contains(String(code.prefix(2))),
                      let conditioned = conditionTarget(after: trigger, source: source, view: view) {
                // "warned that it would retaliate if Mali attacked", "refused unless Niger
                // agreed": the warning or refusal is aimed at whom the condition names.
                target = conditioned
                notes.add("target: whom the condition names (\(view.mentions[conditioned].text))")
            } else if let code = match.pattern.code, code.hasPrefix("15"), let prompter = promptTarget(after: trigger, source: source, view: view) {
                // "put its forces on alert as China began firing missiles": a show of force is
                // aimed at whoever prompted it.
                target = prompter
                notes.add("target: who prompted it (\(view.mentions[prompter].text))")
            } else if match.score > 0, let described = objectClauseTarget(after: trigger, patternEnd: match.end, source: source, view: view) {
                // "revoked the accord that allowed U.S. troops to operate": the thing acted on
                // is described by a clause that names whom it concerns.
                target = described
                notes.add("target: from the clause describing the object (\(view.mentions[described].text))")
            } else if let place = reached {
                // "arrived in Kyiv", "a visit to Beijing": a visit is to the place it reaches,
                // and so is aid or a force sent or arriving ("advisers arrived in Tripoli"),
                // and a mission ended ("end its mission in Sudan").
                target = place
                notes.add("target: the place reached (\(view.mentions[place].text))")
            } else if let aimed {
                // No actor, but a place the act is aimed at: "fired shells at Seoul", "roads
                // leading into Mordor".
                target = aimed
                notes.add("target: the place aimed at (\(view.mentions[aimed].text))")
            } else if let code = match.pattern.code, judgingRoots.contains(String(code.prefix(2))),
                      let doer = judgedActDoer(after: trigger, source: source, view: view) {
                // "North Korea launched a rocket, and Japan condemned the launch".
                target = doer
                notes.add("target: who did the act judged (\(view.mentions[doer].text))")
            } else if let code = match.pattern.code, judgingRoots.contains(String(code.prefix(2))) || violentRoots.contains(String(code.prefix(2))) || code == "015",
                      let judged = view.mentions.indices.first(where: { m in
                          let mention = view.mentions[m]
                          guard mention.isPlace, mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound else { return false }
                          // The preposition, past compass words ("operations in *central* Gaza").
                          var preposition = mention.tokens.lowerBound - 1
                          while preposition > trigger + 1, compassWords.contains(key: view.keys[preposition]) { preposition -= 1 }
                          guard preposition - 1 > trigger, preposition == mention.tokens.lowerBound - 1 || view.tokens[preposition].tag == .adposition else { return false }
                          let head = view.tokens[preposition - 1]
                          return head.tag == .noun || head.tag == .verb && view.lowered[preposition - 1].hasSuffix("ed")
                      }) {
                // "condemned the coup in Niger", "war crimes committed in Ukraine": what is
                // judged happened in a country, and that country is the target; so is the
                // country where what is attacked lies ("hit militant hideouts in Afghanistan"),
                // or the attack claimed ("claimed responsibility for the bombing … in Peshawar").
                target = judged
                notes.add("target: the country where what is judged or attacked lies (\(view.mentions[judged].text))")
            } else if match.pattern.code == "011", let subject = unansweredSubject(after: trigger, source: source, view: view) {
                // "The Kremlin declined to comment on reports that Russian instructors had
                // landed in Niamey": the silence is about the other country the question names.
                target = subject
                notes.add("target: the other country the question is about (\(view.mentions[subject].text))")
            }
        }
        // "India and China met on the sidelines of the ASEAN meeting": a group meeting,
        // agreeing or signing acts on its own members unless the other side is named as the
        // object or after "with".
        if match.pattern.reciprocal, match.target == nil, let s = source, let t = target,
           view.actors(of: s).count >= 2, !isDirectlyNamed(t, after: trigger, view: view) {
            target = nil
            notes.add("reciprocal: the group acts on its members")
        }
        // An actor cannot act on itself through the same mention; a group's members may act on
        // one another only through a reciprocal pattern (see `EventCoder.dyads`).
        if let s = source, let t = target, view.groupHead(s) == view.groupHead(t), view.groupOf[s] == nil || s == t {
            target = nil
            notes.add("target dropped: same as source")
        }
        // "Iran denied U.S. accusations that it had supplied drones to Russia": a denial
        // answers the accuser.
        if match.target == nil, match.pattern.code?.hasPrefix("016") == true, let accuser = accuser(source: source, trigger: trigger, view: view) {
            target = accuser
            notes.add("target: the accuser the denial answers (\(view.mentions[accuser].text))")
        }
        var impliedTargetCode: String?
        if let s = source, let code = match.pattern.code {
            // "Hundreds of civilians were massacred by forces loyal to …": a passive's subject
            // with no country is read as the active reads its countryless object ("forces …
            // massacred hundreds of civilians"), whose country the sentence may imply.
            var implying = match
            var countrylessSubject: Int?
            if passive, match.target == nil, let t = target, match.countrylessObject == nil,
               !view.mentions[t].codes.contains(where: ActorCode.hasCountry) {
                implying.countrylessObject = t
                countrylessSubject = t
            }
            (target, impliedTargetCode) = impliedTarget(code: code, match: implying, trigger: trigger, source: s,
                                                        target: countrylessSubject == nil ? target : nil, clause: clause, view: view, notes: &notes)
            if impliedTargetCode == nil, let countrylessSubject { target = target ?? countrylessSubject }
        }
        if source == nil { notes.add("no source found") }
        return Assignment(source: source, target: target, note: notes.text, impliedTargetCode: impliedTargetCode)
    }

    /// Whether an actor that may be the target stands where the tag rules cannot see it and
    /// the tree can: before the trigger with a relative pronoun between ("Mali, which Niger
    /// attacked"). Mentions after the trigger were weighed by
    /// ``firstActor(after:source:passive:clause:view:)``; parsing for those beyond the tags'
    /// clause as well found nothing more on dev and cost a fifth of the coder's time on the
    /// sample article.
    static func mayHaveTreeTarget(_ trigger: Int, source: Int?, view: SentenceView) -> Bool {
        view.mentions.indices.contains { m in
            guard view.mentions[m].tokens.lowerBound < trigger,
                  Range.between(view.mentions[m].tokens.upperBound, trigger).contains(where: { TreeRoles.relativePronouns.contains(key: view.keys[$0]) }) else { return false }
            return isTreeTarget(m, source: source, trigger: trigger, view: view)
        }
    }

    /// Whether mention `m` names only the source's own country ("its border").
    static func isSourcesOwn(_ m: Int, source: Int?, view: SentenceView) -> Bool {
        guard let source else { return false }
        let own = Set(view.actors(of: source).map { ActorCode.country(of: $0.code) })
        return Set(view.mentions[m].codes.map(ActorCode.country(of:))).isSubset(of: own)
    }

    /// Whether the tree's object `m` may be the target: another party (see
    /// ``isOtherParty(_:source:trigger:view:)``), and not in the source's own group.
    static func isTreeTarget(_ m: Int, source: Int?, trigger: Int, view: SentenceView) -> Bool {
        if let source, view.groupHead(m) == view.groupHead(source) { return false }
        return isOtherParty(m, source: source, trigger: trigger, view: view)
    }

    /// Whether mention `m` is a party the act may be done to, wherever it was found: an actor
    /// with a country, not the source or its own side referred back to ("put *its forces* on
    /// alert"), not who reports the act, not a companion ("fighting alongside M23 rebels"),
    /// and not made only of the source's own codes.
    static func isOtherParty(_ m: Int, source: Int?, trigger: Int, view: SentenceView) -> Bool {
        let mention = view.mentions[m]
        guard m != source, mention.codes.contains(where: ActorCode.hasCountry), !isCompanion(m, after: trigger, view: view),
              !isSubjectOfWithClause(m, view: view) else { return false }
        if let reporter = view.reporter?.mention, m == reporter || isCoReporter(m, reporter, view: view) { return false }
        let sourceCodes = Set(source.map { view.actors(of: $0).map(\.code) } ?? [])
        if mention.source == .coreference, Set(mention.codes.map(ActorCode.country(of:))).isSubset(of: Set(sourceCodes.map(ActorCode.country(of:)))) { return false }
        return sourceCodes.isEmpty || !Set(mention.codes).isSubset(of: sourceCodes)
    }

    /// The token that introduces mention `m`: the one right before it, or before its article
    /// ("the", "a", "an") and compass words ("into *southern* Israel"; an article at `floor`
    /// or earlier is not skipped).
    static func introducer(of m: Int, floor: Int, view: SentenceView) -> Int {
        var before = view.mentions[m].tokens.lowerBound - 1
        // "into southern Israel", "in north-western Pakistan": a compass word names a part of
        // the place, not another phrase.
        while before > floor, compassWords.contains(key: view.keys[before]) || view.lowered[before] == "-" && compassWords.contains(key: view.keys[before - 1]) {
            before -= 1
        }
        if before > floor, articles.contains(key: view.keys[before]) { before -= 1 }
        return before
    }

    /// Whether every code of the source is a sector outside the state (opposition, rebels,
    /// civilians, workers, …) and every code of the target one of the state's organs: "Georgian
    /// opposition leaders called on *the government*" is `GEOOPP → GEOGOV`, not a side naming
    /// itself again.
    static func isOutsiderToItsState(source s: Int, target t: Int, view: SentenceView) -> Bool {
        let sourceCodes = view.mentions[s].codes
        let targetCodes = view.mentions[t].codes
        guard !sourceCodes.isEmpty, !targetCodes.isEmpty else { return false }
        func isOrgan(_ code: String) -> Bool { EventCoder.stateOrgans.contains(String(code.dropFirst(3).prefix(3))) }
        return sourceCodes.allSatisfy { $0.utf8.count >= 6 && !isOrgan($0) } && targetCodes.allSatisfy { $0.utf8.count >= 6 && isOrgan($0) }
    }

    /// The articles an introducer may stand before: "at *an* Israeli army position".
    static let articles: WordSet = ["the", "a", "an"]

    /// Words naming a part of a place by its direction.
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    ]

    /// The first place after the trigger in its clause, right after "in", "at" or "to" (with
    /// or without "the"), the preposition at most four tokens after the trigger.
    static func visitedPlace(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        view.mentions.indices.first { m in
            let mention = view.mentions[m]
            guard mention.isPlace || mention.kind == .country || mention.source == .capital,
                  mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound else { return false }
            let before = introducer(of: m, floor: trigger, view: view)
            return before > trigger && before - trigger <= 4 && ["in", "at", "to"].contains(view.lowered[before])
        }
    }

    /// Whether the place is introduced by "at", which also situates ("celebrated at Osgiliath
    /// with Gondor") and so does not outrank an actor named after it.
    static func isLocativeAt(before place: Int, view: SentenceView) -> Bool {
        let before = introducer(of: place, floor: 0, view: view)
        return before >= 0 && view.lowered[before] == "at"
    }

    /// The first place after the trigger in its clause right after "at", "into", "onto",
    /// "towards" or "toward" (with or without "the").
    static func aimedPlace(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        view.mentions.indices.first { m in
            let mention = view.mentions[m]
            guard mention.isPlace, mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound else { return false }
            return directional.contains(key: view.keys[introducer(of: m, floor: trigger, view: view)])
        }
    }

    /// Where the source comes from when the pattern named none: the first of the rules below
    /// that applies, from the "by" agent of a passive to the clause's subject. A passive and a
    /// reciprocal noun may set the target too.
    static func findSource(_ match: PatternMatch, trigger: Int, kind: EventTrigger.Kind, passive: Bool, clause: Range<Int>,
                           view: SentenceView, notes: inout ExplanationNotes) -> (source: Int?, target: Int?) {
        var source: Int?
        var target = match.target
        if passive {
            source = byAgent(after: trigger, in: clause, view: view) ?? TreeRoles.agent(of: trigger, view: view)
            // A subject the pattern read as what is acted with ("troops were sent") is no
            // target; the target is then looked for after the trigger, as in the active.
            if match.target == nil, let object = passiveObject(trigger, view: view), object != match.countrylessObject { target = object }
            notes.add(source == nil ? "passive without 'by': no source" : "source from 'by'")
        } else if kind == .verb, let head = match.subjectHead, subjectPhraseOverrides(head: head, trigger: trigger, view: view), let actor = subjectPhraseActor(head: head, trigger: trigger, view: view) {
            // "as a contingent of Kenyan police officers landed", "Planes carrying medical
            // supplies from Qatar landed": the pattern named the subject's head; its phrase
            // names who acts.
            source = actor
            notes.add("source: the actor of the subject the pattern named (\(view.mentions[actor].text))")
        } else if kind == .noun, let possessor = possessor(of: trigger, view: view) {
            source = possessor
            notes.add("source: possessor")
        } else if kind == .noun, let nationality = nationalityBefore(trigger, view: view) {
            // "Pakistani airstrikes", "Russian shelling": the nationality acts.
            source = nationality
            notes.add("source: the nationality before the noun (\(view.mentions[nationality].text))")
        } else if kind == .noun, let agent = byAgent(after: trigger, in: clause, view: view),
                  !Range.between(trigger + 1, view.mentions[agent].tokens.lowerBound).contains(where: { view.tokens[$0].tag == .verb }) {
            // "the expulsion of the attaché by Estonia", not "talks … were suspended by Mali".
            source = agent
            notes.add("source from 'by'")
        } else if kind == .noun, let drawn = drawnReaction(trigger, clause: clause, view: view) {
            // "…, drawing a sharp rebuke from Beijing": who reacts, to whose act.
            source = drawn.reactor
            target = drawn.drawer
            notes.add("source: who reacts after 'from' (\(view.mentions[drawn.reactor].text)), to the subject whose act drew it")
        } else if kind == .verb, let author = statementAuthor(of: trigger, view: view) {
            // "issued a statement calling on Belarus to …": the statement speaks for its issuer.
            source = author
            notes.add("source: the issuer of the statement before the participle (\(view.mentions[author].text))")
        } else if kind == .verb, view.lowered[trigger].hasSuffix("ing"), trigger > 0, view.tokens[trigger - 1].tag == .noun,
                  !view.insideMention[trigger - 1] {
            // "vetoed a resolution demanding a ceasefire": the noun before the participle
            // acts, and it names no actor.
            notes.add("participle after a noun that names no actor: no source")
        } else if let accused = Modality.accused(of: trigger, view: view) {
            // "accused Kyiv of supporting terrorists": the accused is said to act.
            source = accused
            notes.add("source: the accused (\(view.mentions[accused].text))")
        } else if let judged = judgedFor(trigger, view: view) {
            // "condemned Cuba on Saturday for shooting down two planes": the one judged did it.
            source = judged
            notes.add("source: the one judged for it (\(view.mentions[judged].text))")
        } else if let causee = Modality.causee(of: trigger, view: view) {
            // "prompting Riyadh to expel the ambassador": the one made to act acts.
            source = causee
            notes.add("source: the actor made to act (\(view.mentions[causee].text))")
        } else if let addressee = Modality.requester(of: trigger, view: view) {
            // "called on the United States to lift sanctions": the one asked acts.
            source = addressee
            notes.add("source: the actor asked to act (\(view.mentions[addressee].text))")
        } else if let owner = infinitiveOwner(of: trigger, view: view) {
            // "Mali's decision to break ties": the one who decided acts.
            source = owner
            notes.add("source: possessor of the noun before 'to'")
        } else if kind == .noun, let agent = passiveLightVerbAgent(of: trigger, in: clause, view: view) {
            // "Sanctions against Belarus were extended by Lithuania".
            source = agent
            notes.add("source: the 'by' agent of the passive verb the noun is subject of")
        } else if kind == .noun, match.pattern.reciprocal, isAfterPreposition(trigger, view: view), let t = target ?? withMention(after: trigger, view: view),
                  let subject = view.clauses.subjects[view.clauses.clauseOf[trigger]], subject != t {
            // "Twenty Indian soldiers were killed in a clash with Chinese troops": one side of
            // a reciprocal noun is named after "with", the other is the clause's subject.
            source = subject
            target = t
            notes.add("source: the clause's subject, the other side of a reciprocal noun (\(view.mentions[subject].text))")
        } else if kind == .noun, let code = match.pattern.code, code.hasPrefix("04"), isCircumstance(trigger, view: view),
                  let subject = view.clauses.subjects[view.clauses.clauseOf[trigger]] {
            // "said during a visit to Kyiv", "met on the sidelines of talks with …": the
            // clause's subject makes the visit.
            source = subject
            notes.add("source: the clause's subject, on whose visit or talks the clause tells (\(view.mentions[subject].text))")
        } else if kind == .noun, isMannerNoun(trigger, view: view), let subject = view.clauses.subjects[view.clauses.clauseOf[trigger]],
                  !clauseIsPassive(before: trigger, view: view) {
            // "doctors walked off the job in protest against …", "launched a rocket in
            // defiance of UN resolutions": a bare noun after "in" says how the subject acts.
            source = subject
            notes.add("source: the clause's subject, of the noun after 'in' (\(view.mentions[subject].text))")
        } else if kind == .noun, view.lowered[trigger].hasSuffix("ing"), trigger > 0,
                  view.tokens[trigger - 1].tag == .adposition || view.tokens[trigger - 1].tag == .subordinatingConjunction,
                  let subject = gerundSubject(trigger, view: view) {
            // "walked out of the talks after warning that …": a gerund right after a
            // preposition is done by the clause's subject.
            source = subject
            notes.add("source: the clause's subject, of a gerund after a preposition (\(view.mentions[subject].text))")
        } else if kind == .noun, !isObjectOfLightVerb(trigger, view: view) {
            // "deadly attacks in their regions": a noun names its actor itself, or is
            // the object of a verb such as "launched", whose subject acts.
            notes.add("noun without a possessor, 'by' or light verb: no source")
        } else if kind == .verb, view.clauses.subjects[view.clauses.clauseOf[trigger]] == nil,
                  // Only here, where the tags see no subject, is the sentence parsed.
                  let found = TreeRoles.subject(of: trigger, view: view),
                  // One the dictionaries cannot place ("military governments") leaves the
                  // choice to the tag-based reading.
                  view.mentions[found.mention].codes.contains(where: ActorCode.hasCountry) {
            source = found.mention
            notes.add("source: \(found.arc) in the parse (\(view.mentions[found.mention].text))")
        } else if kind == .verb, let reported = reportedClauseSubject(of: trigger, view: view) {
            // "Russia said Kyiv had attacked the plant": what a speech verb reports with no
            // "that" is one clause to the tags; the tree gives the reported clause its subject.
            source = reported.mention
            notes.add("source: \(reported.arc) of the clause a speech verb reports, in the parse (\(view.mentions[reported.mention].text))")
        } else {
            source = view.clauses.subjects[view.clauses.clauseOf[trigger]]
            if let source { notes.add("source: subject (\(view.mentions[source].text))") }
        }
        return (source, target)
    }

    /// The first actor after the trigger in its clause that may be its target: not a place,
    /// not the source again ("welcomed *their* resumption of ties with Osgiliath"), not who
    /// reports it, not another verb's agent, and with a country.
    static func firstActor(after trigger: Int, source: Int?, passive: Bool, clause: Range<Int>, view: SentenceView) -> Int? {
        view.mentions.indices.first { m in
            let mention = view.mentions[m]
            guard mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound, !mention.isPlace else { return false }
            // "… in an exchange mediated by the UAE": a "by" phrase names an agent, not whom
            // the act is done to.
            if passive, mention.tokens.lowerBound > 0, view.lowered[mention.tokens.lowerBound - 1] == "by" { return false }
            // "returned 90 prisoners in an exchange mediated by the UAE": the agent of
            // another verb's passive is not this act's target.
            if isAgentOfAnotherVerb(mention.tokens.lowerBound, trigger: trigger, view: view) || isHyphenatedMediator(m, view: view) { return false }
            // "hosted his Brazilian counterpart Lula": the possessive stands for the host;
            // the noun it determines names the guest.
            if isPossessiveBeforeMention(m, view: view) { return false }
            // Not the source or its own side, not who reports the act ("…, the defence
            // ministry said"), not a sector with no country ("deployed soldiers to
            // Mozambique": what moves), not a companion ("fighting alongside Malian troops").
            return isOtherParty(m, source: source, trigger: trigger, view: view)
        }
    }

    /// Words that introduce who acts together with the source.
    static let companionWords: WordSet = ["alongside", "beside"]

    /// Whether mention `m` is introduced as a companion: "alongside X", "beside X",
    /// "together with X", "along with X".
    static func isCompanion(_ m: Int, after trigger: Int, view: SentenceView) -> Bool {
        let before = introducer(of: m, floor: trigger, view: view)
        guard before > trigger else { return false }
        if companionWords.contains(key: view.keys[before]) { return true }
        return view.lowered[before] == "with" && (view.lowered[before - 1] == "together" || view.lowered[before - 1] == "along")
    }
}
