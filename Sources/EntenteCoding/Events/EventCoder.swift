import EntenteCore
import EntenteText

/// Codes events in analysed sentences: finds trigger words from the event dictionary, picks
/// the most specific pattern, assigns source and target from the sentence's clauses, and
/// reads the mode, reporter, date and place.
public struct EventCoder: Sendable {
    /// The event dictionaries.
    public let dictionary: EventDictionary
    /// Drop events whose source or target has no known country (`---MIL`), as PETRARCH's
    /// `require_dyad` does.
    public var requireCountries = true
    /// Also code an intention to cooperate as its 03x event ("plans to hold talks" → 036), as
    /// CAMEO does. PETRARCH's validation suite instead codes the intended act itself.
    public var codeIntentions = true
    /// The dependency parser, for the sentences that may hold an event; without it, roles
    /// come from the tag-based rules alone.
    public var parser: ParserModel?

    /// Creates a coder.
    public init(dictionary: EventDictionary, parser: ParserModel? = nil) {
        self.dictionary = dictionary
        self.parser = parser
    }

    /// The view of a sentence the rules read, parsed on demand when there is a parser; bare
    /// sector mentions of a one-country sentence take its country (``LoneCountry``), and an
    /// adjective describing the name after it stands for that name (``DescribedNames``).
    func view(of sentence: AnalyzedSentence) -> SentenceView {
        SentenceView(DescribedNames.filled(LoneCountry.filled(sentence)), parser: parser)
    }

    /// One trigger and the pattern chosen for it, before actors are expanded into events.
    public struct Candidate: Sendable {
        /// Token index of the trigger.
        public var trigger: Int
        /// The chosen pattern.
        public var pattern: EventPattern
        /// Mention index of the source, if found.
        public var source: Int?
        /// Mention index of the target, if found.
        public var target: Int?
        /// The mode read from the trigger's context.
        public var mode: EventMode
        /// The source is a group whose members act on each other ("fighting between …").
        public var mutual = false
        /// A target code the sentence implies rather than names, read off mention `target`:
        /// protesters in Tbilisi protest against Georgia's government (`GEOGOV`).
        public var impliedTargetCode: String?
        /// A source code the sentence implies rather than names: a leader shot by an unnamed
        /// gunman is attacked by the leader's own country's civilians (``Assassinations``); protesters
        /// of no country are people of the country they protest in (``LocalProtesters``).
        public var impliedSourceCode: String?
        /// "…, killing at least 100 people" after a bombing: the trigger of the act this one is
        /// part of, so it adds no event of its own.
        public var partOf: Int?
        /// Why the candidate was kept or dropped, for `entente explain`.
        public var note: String
        /// One past the last token its pattern's words matched; the trigger's own end when the
        /// pattern has no words after the trigger.
        public var wordsEnd: Int
    }

    /// Whether the sentence can hold an event at all: an actor and a trigger word. Most news
    /// sentences fail this cheap test and skip the rest of the coder.
    public func mayHoldEvent(_ sentence: AnalyzedSentence) -> Bool {
        guard sentence.actors.contains(where: { !$0.isPlace && !$0.codes.isEmpty }) else { return false }
        if dictionary.discards.count > 0, dictionary.discards.match(sentence.lowered) != nil { return false }
        for (index, token) in sentence.tokens.enumerated() {
            // Lemmas are lower case except proper nouns', which are never triggers.
            let lower = sentence.word(index)
            let lemma = token.lemma ?? lower
            let key = lemma == lower ? sentence.key(index) : WordKey.of(lemma)
            if dictionary.verbs[key] != nil || dictionary.nouns[key] != nil || dictionary.adjectives[key] != nil { return true }
            if lower != lemma, dictionary.verbs[sentence.key(index)] != nil || dictionary.nouns[sentence.key(index)] != nil { return true }
            // A noun-tagged "-ing" form may be read as its verb (``triggers(at:view:)``).
            if (token.tag == .verb || token.tag == .noun && lower.hasSuffix("ing")) && inflectedVerb(lower) != nil { return true }
        }
        return false
    }

    /// Whether a document-level discard ("+Manchester United") appears in these sentences.
    public func discardsDocument(_ sentences: [AnalyzedSentence]) -> Bool {
        guard dictionary.discards.count > 0 else { return false }
        return sentences.contains { dictionary.discards.match($0.lowered)?.wholeDocument == true }
    }

    /// The events of one sentence.
    public func code(_ sentence: AnalyzedSentence, documentID: String?, documentDate: Day?) -> [Event] {
        guard mayHoldEvent(sentence) else { return [] }
        let view = view(of: sentence)
        let reporter = view.reporter
        var events: [Event] = []
        var seen = Set<Dyad>()
        for candidate in candidates(view) where candidate.pattern.code != nil && candidate.partOf == nil {
            for (source, target, type, mode) in self.events(of: candidate, view: view) {
                guard dropReason(source: source.code, target: target.code, code: type.code) == nil else { continue }
                // "launched an attack": the verb and its object noun report one event.
                guard seen.insert(Dyad(source: source.code, target: target.code, code: type.code, mode: mode)).inserted else { continue }
                let told = reporter.flatMap { $0.mention == candidate.source ? nil : $0.code }
                events.append(event(source, target, type, SpeechActs.mode(mode, source: source.code, reporter: told), reporter: told,
                                    trigger: candidate.trigger, pattern: candidate.pattern.provenance, view: view, documentID: documentID, documentDate: documentDate))
            }
        }
        return EventCoder.keepingTheMostSpecific(events)
    }

    /// Who did what to whom, in which mode: what two tellings of one event share.
    struct Dyad: Hashable {
        let source: String
        let target: String
        let code: String
        let mode: EventMode
    }

    /// One event record of the sentence in `view`, dated from its trigger.
    func event(_ source: Actor, _ target: Actor, _ type: EventType, _ mode: EventMode, reporter: String?, trigger: Int, pattern: String,
               view: SentenceView, documentID: String?, documentDate: Day?) -> Event {
        let sentence = view.sentence
        let (date, precision) = EventDating.date(for: trigger, in: sentence, documentDate: documentDate)
        let token = view.tokens[trigger]
        return Event(
            docID: documentID, sentence: sentence.sentence.index, text: sentence.sentence.text,
            source: source.code, target: target.code, sourceText: source.text, targetText: target.text,
            sourceSpan: source.span, targetSpan: target.span, type: type, mode: mode, reporter: reporter,
            date: date, datePrecision: precision, place: view.mentions.first { $0.isPlace }?.text,
            trigger: token.text, triggerSpan: token.span, pattern: pattern
        )
    }

    /// "Russia threatened to attack Ukraine": the threaten verb's own 138 and the threat of
    /// the act threatened (1384) tell one event; of two events of one dyad and mode whose
    /// codes are one a prefix of the other, the more specific stays. Likewise a one-actor
    /// event is the less specific telling of an event of the same source, mode and root with
    /// a target ("a bomb exploded …, in an attack blamed on al-Shabaab").
    static func keepingTheMostSpecific(_ events: [Event]) -> [Event] {
        events.filter { event in
            !events.contains { other in
                guard other.source == event.source, other.mode == event.mode else { return false }
                if event.isOneActor { return !other.isOneActor && other.root == event.root }
                return other.target == event.target && other.cameo.count > event.cameo.count && other.cameo.hasPrefix(event.cameo)
            }
        }
    }

    func candidates(_ view: SentenceView, explaining: Bool = false) -> [Candidate] {
        var result: [Candidate] = []
        for i in view.tokens.indices {
            // One candidate a word: of all the blocks listing it, a phrasal verb whose particle
            // is present wins over the bare verb, then the higher score, then the later pattern.
            var best: (match: PatternMatch, kind: EventTrigger.Kind, rank: (Int, Int, Int, Int))?
            for trigger in triggers(at: i, view: view) {
                guard let particleEnd = view.particlesEnd(trigger.particles, after: i) else { continue }
                let passiveSubject = trigger.kind == .verb && Roles.isPassive(i, view: view) ? Roles.passiveObject(i, view: view) : nil
                for index in trigger.patterns {
                    let pattern = dictionary.patterns[index]
                    guard let match = PatternMatcher.match(pattern, trigger: i, particleEnd: particleEnd, view: view, passiveSubject: passiveSubject) else { continue }
                    // A block listing the very form written ("left") beats one reached through
                    // the lemma ("leave").
                    let exactForm = trigger.lemma == view.lowered[i] ? 1 : 0
                    let rank = (trigger.particles.count, exactForm, match.score, pattern.order)
                    if best == nil || rank > best!.rank {
                        best = (match, trigger.kind, rank)
                    }
                }
            }
            guard let best else { continue }
            let roles = Roles.assign(best.match, trigger: i, kind: best.kind, view: view, explaining: explaining)
            let mode = Modality.mode(of: i, view: view)
            result.append(Candidate(
                trigger: i, pattern: best.match.pattern, source: roles.source, target: roles.target, mode: mode,
                mutual: roles.between, impliedTargetCode: roles.impliedTargetCode, note: roles.note,
                wordsEnd: best.match.score > 0 ? best.match.end : i + 1
            ))
        }
        absorbObjectNouns(&result, view: view, explaining: explaining)
        continueAspectualVerbs(&result, view: view, explaining: explaining)
        inheritTargets(&result, view: view, explaining: explaining)
        shareParallelTargets(&result, view: view, explaining: explaining)
        aimClaimsAtTheirVictims(&result, view: view, explaining: explaining)
        // Demands a modal makes, after the passes above, which read only the word triggers.
        result += ModalDemands.candidates(view)
        for k in result.indices {
            guard let attacker = Assassinations.domesticAttacker(of: result[k], view: view) else { continue }
            result[k].impliedSourceCode = attacker
            if explaining { result[k].note += "; source: the victim's own country's civilians (\(attacker)), the attacker unnamed" }
        }
        for k in result.indices {
            guard let local = LocalProtesters.sourceCode(of: result[k], view: view) else { continue }
            result[k].impliedSourceCode = local
            if explaining { result[k].note += "; source: protesters of the country the protest is in (\(local))" }
        }
        return result
    }

    /// "The PKK claimed responsibility for an ambush that killed nine Turkish soldiers": a
    /// claim of responsibility (015) with no target of its own is aimed where the violence it
    /// claims (roots 18-20, same source) was.
    func aimClaimsAtTheirVictims(_ candidates: inout [Candidate], view: SentenceView, explaining: Bool) {
        for k in candidates.indices where candidates[k].pattern.code == "015" && candidates[k].target == nil && candidates[k].impliedTargetCode == nil {
            guard let source = candidates[k].source,
                  let act = candidates.first(where: { other in
                      guard let code = other.pattern.code, Roles.violentRoots.contains(String(code.prefix(2))), other.target != nil else { return false }
                      return other.source.map { view.groupHead($0) } == view.groupHead(source)
                  }) else { continue }
            candidates[k].target = act.target
            candidates[k].impliedTargetCode = act.impliedTargetCode
            if explaining { candidates[k].note += "; target: that of the violence claimed (\(view.tokens[act.trigger].text))" }
        }
    }

    /// "…to order Belgrade to stop arming the Bosnian Serbs", "resumed shelling": a gerund right
    /// after another verb trigger is done by that verb's source, and what one stops is not
    /// done (the stopping verb's own mode otherwise: asked for, threatened, …).
    func continueAspectualVerbs(_ candidates: inout [Candidate], view: SentenceView, explaining: Bool) {
        for k in candidates.indices.dropFirst() {
            let i = candidates[k].trigger
            guard view.tokens[i].tag == .verb, view.lowered[i].hasSuffix("ing"),
                  let governing = candidates[..<k].last(where: { $0.trigger == i - 1 }), view.tokens[i - 1].tag == .verb,
                  let source = governing.source else { continue }
            candidates[k].source = source
            if Modality.stoppingVerbs.contains(key: view.lemmaKeys[i - 1]) {
                candidates[k].mode = governing.mode == .asserted ? .negated : governing.mode
            } else if governing.mode != .asserted {
                candidates[k].mode = governing.mode
            }
            if explaining { candidates[k].note += "; source and mode from '\(view.tokens[i - 1].text)'" }
        }
    }

    /// "Britain suspended its financial aid to Rwanda": a noun trigger that a coded verb
    /// pattern's own words matched ("1621 * financial &aid") is that event, not another one
    /// (here, giving aid).
    func absorbObjectNouns(_ candidates: inout [Candidate], view: SentenceView, explaining: Bool) {
        for k in candidates.indices where view.tokens[candidates[k].trigger].tag == .noun {
            let noun = candidates[k].trigger
            guard let verb = candidates[..<k].last(where: { $0.pattern.code != nil && view.tokens[$0.trigger].tag == .verb && $0.wordsEnd > noun }) else { continue }
            candidates[k].partOf = verb.trigger
            if explaining { candidates[k].note += "; part of the verb's pattern (\(view.tokens[verb.trigger].text))" }
        }
    }

    /// Verbs whose object is a gerund naming an act: "stopped attacking", "resumed shelling".
    static let aspectualVerbs: WordSet = ["stop", "start", "begin", "continue", "keep", "resume", "cease", "quit", "end", "halt", "finish", "avoid", "consider"]

    /// Words after which a verb follows.
    static let modals: WordSet = ["would", "will", "could", "should", "may", "might", "must", "can", "'ll", "shall"]

    /// Roots of verbal cooperation: nobody denies having made them.
    static let verbalRoots: WordSet = ["01", "02", "03", "04", "05"]

    /// Words that show a sentence answers an accusation or a report.
    static let accusationWords: WordSet = [
        "accuse", "accusation", "allegation", "allege", "claim", "report", "blame", "charge", "suggestion", "assertion", "rumour", "rumor",
    ]

    /// Whether the sentence speaks of an accusation, a claim or a report.
    static func mentionsAccusation(_ view: SentenceView) -> Bool {
        view.lemmas.contains { accusationWords.contains($0) }
    }

    /// Roots of statements and appeals, which name their own addressee ("…, calling them
    /// punishment", "…, saying it was ready"); other acts in a participle clause ("…, killing
    /// dozens", "…, rejecting any extension") continue the act before them.
    static let selfAddressedRoots: WordSet = ["01", "02"]

    /// "Pakistani airstrikes hit hideouts in Afghanistan, killing dozens": a participle clause
    /// after a comma names no target of its own when it continues the act before it, whose
    /// source and target it shares.
    func inheritTargets(_ candidates: inout [Candidate], view: SentenceView, explaining: Bool) {
        for k in candidates.indices {
            let i = candidates[k].trigger
            guard let code = candidates[k].pattern.code, !EventCoder.selfAddressedRoots.contains(String(code.prefix(2))),
                  view.lowered[i].hasSuffix("ing"), view.tokens[i].tag == .verb, i > 0, view.lowered[i - 1] == ",",
                  let main = candidates[..<k].last(where: { $0.pattern.code != nil && $0.source != nil && $0.mode.isFactual }),
                  candidates[k].source == nil || candidates[k].source == main.source else { continue }
            // "A car bomb exploded …, killing 100 people": the deaths are the bombing's, one event.
            if let mainCode = main.pattern.code, main.target != nil || main.impliedTargetCode != nil,
               Roles.violentRoots.contains(String(mainCode.prefix(2))), Roles.violentRoots.contains(String(code.prefix(2))) {
                candidates[k].partOf = main.trigger
                continue
            }
            // "…, accusing the rebels": an object of its own, even one with no country.
            guard candidates[k].target == nil, main.target != nil,
                  !Range.between(i + 1, min(view.tokens.count, i + 4)).contains(where: { view.mentionStarting[$0] != nil }) else { continue }
            candidates[k].source = main.source
            candidates[k].target = main.target
            candidates[k].impliedTargetCode = main.impliedTargetCode
            if explaining { candidates[k].note += "; source and target of the act it continues (\(view.tokens[main.trigger].text))" }
        }
    }

    /// The events a candidate stands for: its code for each dyad, the reverse code from target
    /// to source when the pattern has one, for an intention to cooperate its 03x event and for
    /// a threatened act its 13x threat, both made now; a restriction lifted is its 08x easing.
    func events(of candidate: Candidate, view: SentenceView) -> [(Actor, Actor, EventType, EventMode)] {
        guard let code = candidate.pattern.code else { return [] }
        if let (easing, mode, lifter) = easing(of: candidate, code: code, view: view) {
            var lifted = candidate
            // "Mali eased sanctions on Niger": the one who lifts, when the noun names nobody.
            if lifted.source == nil { lifted.source = view.clauses.subjects[view.clauses.clauseOf[lifter]] }
            // "will not lift the embargo": the easing refused is its 12x refusal (RefusalCodes).
            let refusal = mode == .negated && Modality.isRefusal(lifter, view: view) ? RefusalCodes.refusal(of: easing.code).flatMap(CAMEO.type) : nil
            return dyads(lifted, view: view).flatMap { pair in
                [(pair.0, pair.1, easing, mode)] + (refusal.map { [(pair.0, pair.1, $0, EventMode.asserted)] } ?? [])
            }
        }
        let forward = EventCoder.type(Assassinations.code(MassKillings.code(code, trigger: candidate.trigger, view: view), candidate: candidate, view: view))
        let reverse = candidate.pattern.reverseCode.map(EventCoder.type)
        let intent = codeIntentions && candidate.mode == .intended ? IntentCodes.intent(of: forward.code).flatMap(CAMEO.type) : nil
        let threatens = candidate.mode == .threatened || codeIntentions && EventCoder.isConditionalOrWarnedAct(candidate, view: view)
        let threat = threatens ? ThreatCodes.threat(of: forward.code).flatMap(CAMEO.type) : nil
        // "He was not optimistic that Russia would respect the truce": an optimistic comment
        // denied is a pessimistic one (012).
        let pessimism = candidate.mode == .negated && code == "013" ? CAMEO.type("012") : nil
        // "Iran will not hand over the black boxes": a cooperation or a concession its actor says
        // it will not make is refused (RefusalCodes).
        let refusal = candidate.mode == .negated && Modality.isRefusal(candidate.trigger, view: view) ? RefusalCodes.refusal(of: forward.code).flatMap(CAMEO.type) : nil
        // "Kenya has not sent troops to Congo, the defence ministry said, responding to
        // reports …": an actor saying it did not do what it is accused of denies responsibility
        // (016). Only for acts one is accused of (not statements, appeals, intents,
        // consultations or praise: roots 01-05), and only where the sentence speaks of an
        // accusation.
        let denial = candidate.mode == .negated && !EventCoder.verbalRoots.contains(String(code.prefix(2)))
            && EventCoder.mentionsAccusation(view) ? CAMEO.type("016") : nil
        // "Turkey may suspend relations with the UAE, Erdogan said": an act its own side says it
        // may take is an option under consideration (014).
        let consideration = candidate.mode == .hypothetical && Modality.isOptionSaidByOwnSide(candidate.trigger, view: view) ? CAMEO.type("014") : nil
        return dyads(candidate, view: view).flatMap { pair -> [(Actor, Actor, EventType, EventMode)] in
            // Denials and options weighed are said by the source's own side.
            let saidByOwnSide = view.reporter.map { ActorCode.country(of: $0.code) == ActorCode.country(of: pair.0.code) } ?? false
            let ownSideCodes = saidByOwnSide ? [denial, consideration].compactMap { $0 } : []
            // "Maduro met Grenell in Caracas": the guest visits the host (HostedMeetings); a
            // group meeting among its members ("Mali and Niger met in Bamako") names no guest.
            let visit = candidate.target == nil ? nil : HostedMeetings.sourceIsGuest(code: forward.code, trigger: candidate.trigger, source: pair.0.code, target: pair.1.code, view: view)
                .flatMap { guest in CAMEO.type("042").map { guest ? (pair.0, pair.1, $0, candidate.mode) : (pair.1, pair.0, $0, candidate.mode) } }
            return [(pair.0, pair.1, forward, candidate.mode)] + (visit.map { [$0] } ?? [])
                + (reverse.flatMap { pair.1.code.isEmpty ? nil : [(pair.1, pair.0, $0, candidate.mode)] } ?? [])
                + ([intent, threat, pessimism, refusal].compactMap { $0 } + ownSideCodes).map { (pair.0, pair.1, $0, EventMode.asserted) }
        }
    }

    /// "Baghdad will sever ties with Stockholm if another Koran is burned", "would strike
    /// American bases if …, a commander warned": a hostile act its actor says it will or would
    /// take, on a condition or as a warning, is a threat (13x), as an intended cooperation is an
    /// intent (03x). An intention alone ("will withdraw its ambassador", "is considering
    /// sending a warship", "tried to storm") is no threat.
    static func isConditionalOrWarnedAct(_ candidate: Candidate, view: SentenceView) -> Bool {
        guard candidate.mode == .intended || candidate.mode == .hypothetical, let source = candidate.source else { return false }
        // The act set as the condition ("… if South Korea attacked") threatens nothing.
        let clause = view.clauses.clauseOf[candidate.trigger]
        if let condition = view.conditions.last(where: { $0 < candidate.trigger }), view.clauses.clauseOf[condition] == clause { return false }
        // Only the actor's own side threatens: "the UN warned that Russia would attack …" is
        // the UN's warning, no threat by Russia.
        let sourceCountries = Set(view.mentions[source].codes.map(ActorCode.country(of:)))
        func isOwnSide(_ m: Int) -> Bool { view.mentions[m].codes.contains { sourceCountries.contains(ActorCode.country(of: $0)) } }
        if let reporter = view.reporter?.mention, !isOwnSide(reporter) { return false }
        if view.conditions.contains(where: { $0 > candidate.trigger }) { return true }
        // ("threatened to …" is the threatened mode already.)
        return view.lemmaKeys.indices.contains { i in
            view.lemmaKeys[i] == EventCoder.warnKey && (view.clauses.subjects[view.clauses.clauseOf[i]].map(isOwnSide) ?? (view.reporter != nil))
        }
    }

    /// The lemma that makes a stated act a warning.
    static let warnKey = WordKey.of("warn")

    /// "Niger lifted its boycott of France": a restriction (a noun trigger) that a lifting
    /// verb takes as its object is eased (08x, see ``EasingCodes``), in the lifting verb's own
    /// mode ("did not lift" eases nothing).
    func easing(of candidate: Candidate, code: String, view: SentenceView) -> (EventType, EventMode, lifter: Int)? {
        guard view.tokens[candidate.trigger].tag == .noun, let easing = EasingCodes.easing(of: code).flatMap(CAMEO.type),
              let verb = Modality.governingVerb(ofNoun: candidate.trigger, in: view.clause(of: candidate.trigger), view: view),
              EasingCodes.liftingVerbs.contains(key: view.lemmaKeys[verb]) else { return nil }
        return (easing, Modality.mode(of: verb, view: view), verb)
    }

    /// The CAMEO entry of a code; a PETRARCH dictionary may use codes outside CAMEO (the
    /// validation suite's WEIS-style ones), which are kept with a neutral weight.
    static func type(_ code: String) -> EventType {
        CAMEO.type(code) ?? EventType(code: code, name: "not a CAMEO code", goldstein: 0, plover: nil)
    }

    /// Why a dyad is not an event, or nil if it is one. `code` is the event's CAMEO code.
    func dropReason(source: String, target: String, code: String? = nil) -> String? {
        // A one-actor event has no target to place.
        if requireCountries && (!ActorCode.hasCountry(source) || !target.isEmpty && !ActorCode.hasCountry(target)) {
            return "an actor has no country (\(source) → \(target))"
        }
        if source == target { return "source and target are the same (\(source))" }
        if EventCoder.isStateActingOnItself(source, target), !EventCoder.isCoercionBetweenOrgans(source, target, code: code) {
            return "the same state on both sides (\(source) → \(target))"
        }
        return nil
    }

    /// "Turkish police detained Istanbul's mayor": one organ of a state arresting, attacking or
    /// repressing another (roots 17-20, two different named sectors) is an event, unlike one
    /// organ meeting or praising another.
    static func isCoercionBetweenOrgans(_ source: String, _ target: String, code: String?) -> Bool {
        guard let code, forceRoots.contains(String(code.prefix(2))) else { return false }
        let sourceSector = source.dropFirst(3).prefix(3)
        let targetSector = target.dropFirst(3).prefix(3)
        return !sourceSector.isEmpty && !targetSector.isEmpty && sourceSector != targetSector
    }

    /// Roots of coercion and force: repression (17), assault (18), fighting (19), mass violence (20).
    static let forceRoots: WordSet = ["17", "18", "19", "20"]

    /// "Indian authorities imposed a curfew on Srinagar", "Syrian troops shelled Homs": a
    /// state's organs using force or repression (roots 17-20) on a place of their own country
    /// act on its people, not on the state itself.
    static func isForceOnOwnTerritory(_ source: String, _ target: String, code: String?) -> Bool {
        guard let code, forceRoots.contains(String(code.prefix(2))), target.count == 3,
              source.count > 3, source.prefix(3) == target, !transnationalPrefixes.contains(target) else { return false }
        let sector = String(source.dropFirst(3).prefix(6))
        return !sector.isEmpty && stateSectors.contains(sector)
    }

    /// Sectors that are the state itself: a country's government, army, police and spies do
    /// not make events with each other or with the bare country in news coding; a state and
    /// its rebels, opposition, courts or citizens do.
    static let stateSectors: WordSet = ["", "GOV", "MIL", "COP", "SPY", "GOVMIL", "MILGOV"]
    /// Sectors of a state's own organs, courts and legislature included ("" is the bare
    /// state): what a people at home protests against, and what a side outside the state
    /// addresses when it names "the government".
    static let stateOrgans: WordSet = ["", "GOV", "MIL", "COP", "LEG", "JUD", "SPY"]
    static let transnationalPrefixes: WordSet = ["IGO", "NGO", "IMG", "MNC", "---"]

    static func isStateActingOnItself(_ source: String, _ target: String) -> Bool {
        let country = source.prefix(3)
        guard country == target.prefix(3), !transnationalPrefixes.contains(String(country)) else { return false }
        return stateSectors.contains(String(source.dropFirst(3).prefix(6))) && stateSectors.contains(String(target.dropFirst(3).prefix(6)))
    }

    /// The triggers of a regular inflection whose lemma the tagger got wrong: "shelled" →
    /// "shell", "revoked" → "revoke", "staged" → "stage", "imposes" → "impose".
    func inflectedVerb(_ word: String) -> [EventTrigger]? {
        dictionary.inflections[word].flatMap { dictionary.verbs[$0] }
    }

    func triggers(at i: Int, view: SentenceView) -> [EventTrigger] {
        // A word inside an actor's name or description ("Niger's *ruling* junta") reports nothing.
        guard !view.insideMention[i] else { return [] }
        let token = view.tokens[i]
        let lemma = view.lemmas[i]
        // "they would back Ukraine", "will host": after a modal, a verb trigger the tagger read
        // as an adverb, a noun or an adjective is the verb.
        if token.tag == .adverb || token.tag == .noun || token.tag == .adjective, i > 0,
           EventCoder.modals.contains(key: view.keys[i - 1]), let verbs = dictionary.verbs[view.keys[i]] {
            return verbs
        }
        switch token.tag {
        case .verb?:
            // "for coordinated attacks", "the disputed region": a participle before a noun
            // describes it and reports nothing.
            // "Jailed Russian opposition leader …" opening the sentence, too.
            if view.lowered[i].hasSuffix("ed"), i + 1 < view.tokens.count,
               i > 0 ? view.tokens[i + 1].tag == .noun && ([.determiner, .adposition, .adjective].contains(view.tokens[i - 1].tag)
                                                          // "launched *coordinated* attacks" (Roles+MisreadModifier).
                                                          || Roles.misreadModifierLightVerb(before: i, view: view) != nil)
                     : [.noun, .adjective, .properNoun].contains(view.tokens[i + 1].tag) {
                return []
            }
            // "told visiting President Biden": a participle modifying the actor after it.
            if view.lowered[i].hasSuffix("ing"), i > 0, view.mentionStarting[i + 1] != nil,
               [.determiner, .adposition].contains(view.tokens[i - 1].tag)
                || view.tokens[i - 1].tag == .verb && !Roles.beForms.contains(key: view.keys[i - 1]) && !EventCoder.aspectualVerbs.contains(key: view.lemmaKeys[i - 1]) {
                return []
            }
            let surface = view.lowered[i] == lemma ? [] : dictionary.verbs[view.keys[i]] ?? []
            return surface + (dictionary.verbs[view.lemmaKeys[i]] ?? inflectedVerb(view.lowered[i]) ?? [])
        case .noun?:
            // "…, warning that the Baltic state must bear the consequences": an "-ing" form right
            // after a comma opens a participle clause, whatever the tagger calls it.
            if view.lowered[i].hasSuffix("ing"), i > 0, view.lowered[i - 1] == ",",
               let verbs = dictionary.verbs[view.lemmaKeys[i]] ?? inflectedVerb(view.lowered[i]) {
                return verbs
            }
            if let nouns = dictionary.nouns[view.lemmaKeys[i]] ?? dictionary.nouns[view.keys[i]] { return nouns }
            // A participle the tagger read as a noun still reports an event, and so does a
            // verb it read as a noun right after an actor ("If Mali attacks Niger").
            let verbs = dictionary.verbs[view.lemmaKeys[i]] ?? dictionary.verbs[view.keys[i]] ?? []
            // "their meeting", "the bombing" are nouns indeed.
            let determined = i > 0 && (view.tokens[i - 1].tag == .determiner || view.isFiller(i - 1) && view.tokens[i - 1].tag == .pronoun)
            // "issued a statement *calling* on Belarus to …": a participle right after the noun it
            // describes, whose lemma the tagger left as the "-ing" form: only the table of
            // inflections leads it back to its verb ("paused *funding*" stays a noun).
            // So is one after an aspectual verb: "had begun *shipping* rice to North Korea".
            if view.lowered[i].hasSuffix("ing"), verbs.isEmpty, i > 0,
               view.tokens[i - 1].tag == .noun || view.tokens[i - 1].tag == .verb && EventCoder.aspectualVerbs.contains(key: view.lemmaKeys[i - 1]) {
                return inflectedVerb(view.lowered[i]) ?? []
            }
            if view.lowered[i].hasSuffix("ing") { return determined ? [] : verbs }
            // …but not after a possessive: "their fight against jihadists" is a noun.
            // A nationality before it ("American charges") makes a noun phrase too.
            let afterActor = view.mentions.contains { mention in
                mention.tokens.upperBound == i && !mention.isPlace
                    && !(mention.source == .adjective && view.tokens[i - 1].tag == .adjective)
                    && !["their", "its", "his", "her", "our", "'s", "\u{2019}s"].contains(view.lowered[i - 1])
            }
            return afterActor && i + 1 < view.tokens.count && view.tokens[i + 1].tag != .noun ? verbs : []
        case .adjective?:
            if let adjectives = dictionary.adjectives[view.lemmaKeys[i]] ?? dictionary.adjectives[view.keys[i]] { return adjectives }
            return view.lowered[i].hasSuffix("ed") ? dictionary.verbs[view.lemmaKeys[i]] ?? [] : []
        default:
            return []
        }
    }

    /// The (source, target) actor pairs of a candidate: every code of a coordinated or
    /// multi-code mention, and both directions for a reciprocal verb with no target.
    func dyads(_ candidate: Candidate, view: SentenceView) -> [(Actor, Actor)] {
        let sources: [Actor]
        if let source = candidate.source, let implied = candidate.impliedSourceCode {
            // A named source the sentence places (``LocalProtesters``).
            let mention = view.mentions[source]
            sources = [Actor(code: implied, text: mention.text, span: mention.span)]
        } else if let source = candidate.source {
            sources = view.actors(of: source)
        } else if let implied = candidate.impliedSourceCode {
            sources = [Actor.nobody(at: view.tokens[candidate.trigger].span).with(code: implied)]
        } else {
            return []
        }
        if let target = candidate.target {
            let mention = view.mentions[target]
            let targets = candidate.impliedTargetCode.map { [Actor(code: $0, text: mention.text, span: mention.span)] } ?? view.actors(of: target)
            return sources.flatMap { s in
                targets.map { t in (s, EventCoder.isForceOnOwnTerritory(s.code, t.code, code: candidate.pattern.code) ? Actor(code: t.code + "CVL", text: t.text, span: t.span) : t) }
            }
        }
        // "Mali and Niger agreed …": each to the other, for reciprocal patterns and for acts
        // two sides only do together ("… and FARC rebels opened peace talks").
        if candidate.pattern.reciprocal || candidate.mutual || MutualCodes.isMutual(candidate.pattern.code), sources.count >= 2 {
            return sources.flatMap { s in sources.filter { $0.code != s.code }.map { (s, $0) } }
        }
        // "The junta's leader resigned", "the rebels surrendered": an act done to nobody named
        // is a one-actor event, its target empty (GDELT's Actor2 left blank); each group
        // fighting among itself is no such act.
        guard !candidate.mutual else { return [] }
        let nobody = Actor.nobody(at: view.tokens[candidate.trigger].span)
        return sources.map { ($0, nobody) }
    }

    /// One actor of an event: a code and the mention it came from.
    struct Actor {
        var code: String
        var text: String
        var span: TextSpan

        /// The missing target of a one-actor event: no code, no text, an empty span where the
        /// trigger starts.
        static func nobody(at trigger: TextSpan) -> Actor {
            Actor(code: "", text: "", span: TextSpan(start: trigger.start, end: trigger.start))
        }

        /// This actor with another code.
        func with(code: String) -> Actor {
            Actor(code: code, text: text, span: span)
        }
    }
}
