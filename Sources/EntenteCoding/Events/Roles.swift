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
        /// A target code implied by the sentence rather than named (see `protestTarget`).
        var impliedTargetCode: String?
    }

    /// Roots of verbal acts that judge, examine or ask something of a country: appeals, praise,
    /// investigations, demands, disapproval, rejection, threats.
    static let judgingRoots: Set<String> = ["02", "05", "09", "10", "11", "12", "13"]

    /// Roots of force used on people and places: assault, fight, mass violence.
    static let violentRoots: Set<String> = ["18", "19", "20"]

    /// Prepositions that aim an act at a place rather than situate it there.
    static let directional: Set<String> = ["at", "into", "onto", "towards", "toward"]

    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "get", "got", "gets", "'s", "'re"]

    static func assign(_ match: PatternMatch, trigger: Int, kind: EventTrigger.Kind, view: SentenceView, explaining: Bool = false) -> Assignment {
        let clause = view.clause(of: trigger)
        var notes = ExplanationNotes(enabled: explaining)
        var source = match.source
        var target = match.target
        let passive = kind == .verb && isPassive(trigger, view: view)
        if passive { notes.add("passive") }

        if source == nil {
            if passive {
                source = byAgent(after: trigger, in: clause, view: view)
                if match.target == nil { target = passiveObject(trigger, view: view) }
                notes.add(source == nil ? "passive without 'by': no source" : "source from 'by'")
            } else if kind == .noun, let possessor = possessor(of: trigger, view: view) {
                source = possessor
                notes.add("source: possessor")
            } else if kind == .noun, let nationality = nationalityBefore(trigger, view: view) {
                // "Pakistani airstrikes", "Russian shelling": the nationality acts.
                source = nationality
                notes.add("source: the nationality before the noun (\(view.mentions[nationality].text))")
            } else if kind == .noun, let agent = byAgent(after: trigger, in: clause, view: view),
                      !(trigger + 1..<view.mentions[agent].tokens.lowerBound).contains(where: { view.tokens[$0].tag == .verb }) {
                // "the expulsion of the attaché by Estonia", not "talks … were suspended by Mali".
                source = agent
                notes.add("source from 'by'")
            } else if kind == .verb, view.lowered[trigger].hasSuffix("ing"), trigger > 0, view.tokens[trigger - 1].tag == .noun,
                      !view.insideMention[trigger - 1] {
                // "vetoed a resolution demanding a ceasefire": the noun before the participle
                // acts, and it names no actor.
                notes.add("participle after a noun that names no actor: no source")
            } else if let accused = Modality.accused(of: trigger, view: view) {
                // "accused Kyiv of supporting terrorists": the accused is said to act.
                source = accused
                notes.add("source: the accused (\(view.mentions[accused].text))")
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
            } else {
                source = view.clauses.subjects[view.clauses.clauseOf[trigger]]
                if let source { notes.add("source: subject (\(view.mentions[source].text))") }
            }
        }
        // "Armenia put its forces on high alert after shelling along the border with Azerbaijan":
        // the pattern's object refers back to the source, so look further for the target.
        if let t = target, let s = source, view.mentions[t].source == .coreference,
           Set(view.mentions[t].codes.map(ActorCode.country(of:))) == Set(view.actors(of: s).map { ActorCode.country(of: $0.code) }) {
            target = nil
            notes.add("the object (\(view.mentions[t].text)) is the source's own")
        }
        // "Two car bombs exploded …, in an attack blamed on al-Shabaab": with no doer named, an
        // act of violence is done by whom it is blamed on or who claimed it.
        if source == nil, let code = match.pattern.code, violentRoots.contains(String(code.prefix(2))),
           let perpetrator = blamedPerpetrator(in: view) {
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
        if target == nil {
            // The first actor after the trigger in its clause that is not the source again
            // ("welcomed *their* resumption of ties with Osgiliath"), nor the "by" agent of a passive.
            let sourceCodes = Set(source.map { view.actors(of: $0).map(\.code) } ?? [])
            let sourceCountries = Set(sourceCodes.map(ActorCode.country(of:)))
            target = view.mentions.indices.first { m in
                let mention = view.mentions[m]
                guard mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound, !mention.isPlace, m != source else { return false }
                // "… in an exchange mediated by the UAE": a "by" phrase names an agent, not whom
                // the act is done to.
                if passive, mention.tokens.lowerBound > 0, view.lowered[mention.tokens.lowerBound - 1] == "by" { return false }
                // "… withdrew from Kherson, the defence ministry said": who reports the act is
                // not whom it is done to.
                if let reporter = view.reporter?.mention, m == reporter || isCoReporter(m, reporter, view: view) { return false }
                // "returned 90 prisoners in an exchange mediated by the UAE": the agent of
                // another verb's passive is not this act's target.
                if isAgentOfAnotherVerb(mention.tokens.lowerBound, trigger: trigger, view: view) { return false }
                // "hosted his Brazilian counterpart Lula": the possessive stands for the host;
                // the noun it determines names the guest.
                if isPossessiveBeforeMention(m, view: view) { return false }
                // "put its forces on alert": the source's own, referred back to.
                if mention.source == .coreference, Set(mention.codes.map(ActorCode.country(of:))).isSubset(of: sourceCountries) { return false }
                // "deployed soldiers to Mozambique": a sector with no country is what moves,
                // not whom the act is for.
                if !mention.codes.contains(where: ActorCode.hasCountry) { return false }
                return sourceCodes.isEmpty || !Set(mention.codes).isSubset(of: sourceCodes)
            }
            if let target {
                notes.add("target: first actor after the trigger (\(view.mentions[target].text))")
            } else if kind != .noun, let complement = complementTarget(after: trigger, source: source, view: view) {
                // "Gollum allowed that Mordor isn't …", "Niger warned that Ukraine …"; "China
                // denied that its coast guard rammed a Philippine boat": past the source itself.
                target = complement
                notes.add("target: from the 'that' clause (\(view.mentions[complement].text))")
            } else if let aimed = view.mentions.indices.first(where: { m in
                // No actor, but a place the act is aimed at: "fired shells at Seoul", "roads
                // leading into Mordor".
                let mention = view.mentions[m]
                guard mention.isPlace, mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound else { return false }
                var before = mention.tokens.lowerBound - 1
                if before > trigger, view.lowered[before] == "the" { before -= 1 }
                return directional.contains(view.lowered[before])
            }) {
                target = aimed
                notes.add("target: the place aimed at (\(view.mentions[aimed].text))")
            } else if let code = match.pattern.code, judgingRoots.contains(String(code.prefix(2))) || violentRoots.contains(String(code.prefix(2))) || code == "015",
                      let judged = view.mentions.indices.first(where: { m in
                          let mention = view.mentions[m]
                          guard mention.isPlace, mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound,
                                mention.tokens.lowerBound - 2 > trigger else { return false }
                          let head = view.tokens[mention.tokens.lowerBound - 2]
                          return head.tag == .noun || head.tag == .verb && view.lowered[mention.tokens.lowerBound - 2].hasSuffix("ed")
                      }) {
                // "condemned the coup in Niger", "war crimes committed in Ukraine": what is
                // judged happened in a country, and that country is the target; so is the
                // country where what is attacked lies ("hit militant hideouts in Afghanistan"),
                // or the attack claimed ("claimed responsibility for the bombing … in Peshawar").
                target = judged
                notes.add("target: the country where what is judged or attacked lies (\(view.mentions[judged].text))")
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
        // "Thousands rallied in Tbilisi": a protest with no one named protests against the
        // government of the country it takes place in, as ICEWS and GDELT code it.
        var impliedTargetCode: String?
        if target == nil, let s = source, let code = match.pattern.code, code.hasPrefix("14"),
           let (mention, implied) = protestTarget(source: s, trigger: trigger, in: clause, view: view) {
            target = mention
            impliedTargetCode = implied
            notes.add("target: the government where the protest takes place (\(implied))")
        }
        // "Iranian security forces arrested hundreds of protesters": a state's police, spies,
        // courts or government act on people of their own country unless a place says otherwise.
        if target == nil, let t = match.countrylessObject ?? countrylessObject(after: trigger, view: view), let s = source, let code = match.pattern.code,
           let implied = domesticTarget(t, source: s, root: String(code.prefix(2)), view: view) {
            target = t
            impliedTargetCode = implied
            notes.add("target: people of the source's own country (\(implied))")
        }
        // "Colombia's government deployed thousands of police officers in Bogota": a show of
        // force with the state's own forces as its object is aimed at the population.
        if let t = target, let s = source, impliedTargetCode == nil, let code = match.pattern.code, code.hasPrefix("15"),
           let sourceCode = view.mentions[s].codes.first, let targetCode = view.mentions[t].codes.first,
           EventCoder.isStateActingOnItself(sourceCode, targetCode) {
            impliedTargetCode = ActorCode.country(of: sourceCode) + "CVL"
            notes.add("target: the population the state's own forces are shown to (\(impliedTargetCode!))")
        }
        // "Sri Lanka's president declared a state of emergency", "the junta lifted the curfew in
        // Bamako": restrictions imposed or eased with no one named fall on the population.
        if target == nil, impliedTargetCode == nil, let s = source, let code = match.pattern.code,
           populationCodes.contains(where: { code.hasPrefix($0) }),
           let (mention, country) = homeCountry(source: s, trigger: trigger, in: clause, view: view) {
            target = mention
            impliedTargetCode = country + "CVL"
            notes.add("target: the population where the measure applies (\(country)CVL)")
        }
        if source == nil { notes.add("no source found") }
        return Assignment(source: source, target: target, note: notes.text, impliedTargetCode: impliedTargetCode)
    }

    /// Words naming the act claimed in "X claimed responsibility for / claimed the attack".
    static let claimedActs: Set<String> = ["responsibility", "attack", "attacks", "bombing", "bombings", "killing", "killings", "assault", "ambush", "raid", "blast", "blasts"]

    /// Who an act of violence is blamed on ("blamed on al-Shabaab", "blaming Islamic State
    /// fighters", "attributed to JNIM") or who claimed it ("the Islamic State claimed the
    /// attack").
    static func blamedPerpetrator(in view: SentenceView) -> Int? {
        func mention(after i: Int) -> Int? {
            (i + 1..<min(view.tokens.count, i + 3)).lazy.compactMap { view.mentionStarting[$0] }.first { !view.mentions[$0].isPlace }
        }
        for i in view.tokens.indices where view.tokens[i].tag == .verb {
            switch view.lemmas[i] {
            case "blame":
                if view.lowered[safe: i + 1] == "on", let m = mention(after: i + 1) { return m }
                if view.lowered[i].hasSuffix("ing"), let m = mention(after: i) { return m }
            case "attribute":
                if view.lowered[safe: i + 1] == "to", let m = mention(after: i + 1) { return m }
            case "claim":
                guard (i + 1..<min(view.tokens.count, i + 4)).contains(where: { claimedActs.contains(view.lowered[$0]) }) else { continue }
                if let subject = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == i && !view.mentions[$0].isPlace }) { return subject }
            default:
                continue
            }
        }
        return nil
    }

    /// The mention right after the trigger (only fillers between) when none of its codes has
    /// a country: "released *opposition leader* Aung San Suu Kyi".
    static func countrylessObject(after trigger: Int, view: SentenceView) -> Int? {
        var i = trigger + 1
        while i < view.tokens.count, view.mentionStarting[i] == nil, view.isFiller(i) { i += 1 }
        guard i < view.tokens.count, let m = view.mentionStarting[i], !view.mentions[m].isPlace,
              !view.mentions[m].codes.isEmpty, !view.mentions[m].codes.contains(where: ActorCode.hasCountry) else { return nil }
        return m
    }

    /// State organs that act at home: police, intelligence, courts, government.
    static let domesticSectors: Set<String> = ["COP", "SPY", "JUD", "GOV"]

    /// For a target with no country, acted on by a domestic state organ, the target's sector
    /// in the organ's country, unless a place in the sentence lies in another country.
    static func domesticTarget(_ target: Int, source: Int, root: String, view: SentenceView) -> String? {
        let targetCodes = view.mentions[target].codes
        guard let targetCode = targetCodes.first, targetCodes.allSatisfy({ !ActorCode.hasCountry($0) }),
              let sourceCode = view.mentions[source].codes.first, ActorCode.hasCountry(sourceCode) else { return nil }
        // Armies act abroad too; at home they arrest, ban and repress (17).
        let sector = String(sourceCode.dropFirst(3).prefix(3))
        guard domesticSectors.contains(sector) || sector == "MIL" && root == "17" else { return nil }
        let country = ActorCode.country(of: sourceCode)
        guard !EventCoder.transnationalPrefixes.contains(country),
              view.mentions.allSatisfy({ !$0.isPlace || $0.codes.allSatisfy { ActorCode.country(of: $0) == country } }) else { return nil }
        return country + targetCode.dropFirst(3)
    }

    /// The government a protest is aimed at: that of the country of the first place named in
    /// its clause, else of the protesters' own country. Returns the mention the code is read
    /// off and the code.
    static func protestTarget(source: Int, trigger: Int, in clause: Range<Int>, view: SentenceView) -> (Int, String)? {
        homeCountry(source: source, trigger: trigger, in: clause, view: view).map { ($0.mention, $0.country + "GOV") }
    }

    /// Codes of restrictions a state imposes on or lifts from its own population: curfews,
    /// states of emergency, bans on parties and media (172x) and their easing (081x).
    static let populationCodes = ["172", "081"]

    /// Where an act with no named target takes place: the country of the first place in the
    /// clause, else the source's own. Returns the mention the country is read off.
    static func homeCountry(source: Int, trigger: Int, in clause: Range<Int>, view: SentenceView) -> (mention: Int, country: String)? {
        let place = view.mentions.indices.first { view.mentions[$0].isPlace && clause.contains(view.mentions[$0].tokens.lowerBound) }
        let mention = place ?? source
        guard let code = view.mentions[mention].codes.first, ActorCode.hasCountry(code) else { return nil }
        let country = ActorCode.country(of: code)
        guard !EventCoder.transnationalPrefixes.contains(country) else { return nil }
        return (mention, country)
    }

    /// "Human Rights Watch and Amnesty International said": a mention joined to the reporter by
    /// "and" or "or" reports with it. (A list joined to it by a comma alone, "…, Britain,
    /// France and Germany, President Erdogan said", does not.)
    static func isCoReporter(_ m: Int, _ reporter: Int, view: SentenceView) -> Bool {
        guard let group = view.groupOf[reporter], group.contains(m), let position = group.firstIndex(of: reporter), position > 0 else { return false }
        let previous = view.mentions[group[position - 1]]
        let gap = previous.tokens.upperBound..<view.mentions[reporter].tokens.lowerBound
        return gap.contains { Coordination.conjunctions.contains(view.lowered[$0]) }
    }

    /// Whether the mention starting at `start` follows "by" after a participle other than the
    /// trigger ("an exchange *mediated by* the UAE").
    static func isAgentOfAnotherVerb(_ start: Int, trigger: Int, view: SentenceView) -> Bool {
        var by = start - 1
        if by > trigger, view.lowered[by] == "the" { by -= 1 }
        guard by - 1 > trigger, view.lowered[by] == "by" else { return false }
        return view.tokens[by - 1].tag == .verb && thirdPartyVerbs.contains(view.lemmas[by - 1])
    }

    /// Participles naming a third party's part in an act: "talks hosted by Qatar", "a
    /// ceasefire brokered by Egypt". ("A mine operated by Barrick" names an owner, who may be
    /// the target.)
    static let thirdPartyVerbs: Set<String> = [
        "mediate", "broker", "host", "sponsor", "facilitate", "organise", "organize", "chair", "arrange",
        "back", "supervise", "oversee", "monitor", "negotiate", "convene",
    ]

    static let possessivePronouns: Set<String> = ["his", "her", "its", "their"]

    /// Whether mention `m` is a possessive pronoun determining a noun phrase that holds
    /// another mention ("his Brazilian counterpart").
    static func isPossessiveBeforeMention(_ m: Int, view: SentenceView) -> Bool {
        let mention = view.mentions[m]
        guard mention.tokens.count == 1, possessivePronouns.contains(view.lowered[mention.tokens.lowerBound]) else { return false }
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
        if start > 0, ["with", "between", "against"].contains(view.lowered[start - 1]) { return true }
        return (trigger + 1..<start).allSatisfy { view.isFiller($0) || view.tokens[$0].tag == .adposition && view.lowered[$0] == "to" }
    }

    /// Verbs that take an event noun as their object and leave the event to it: "launched an
    /// attack", "imposed sanctions", "held talks".
    static let lightVerbs: Set<String> = [
        "launch", "carry", "conduct", "stage", "mount", "hold", "impose", "make", "issue", "deliver", "begin",
        "start", "resume", "continue", "announce", "order", "step", "intensify", "escalate", "lead", "open",
        "call", "demand", "seek", "offer", "provide", "send", "give", "extend", "sign", "reach", "conclude",
        "strike", "approve", "adopt", "unleash", "wage", "host", "attend", "join", "organize", "organise",
        "request", "urge", "propose", "promise", "pledge", "declare",
    ]

    /// For an event noun that is the subject of a passive light verb ("Sanctions … were
    /// extended by Lithuania"), the "by" agent.
    static func passiveLightVerbAgent(of trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        guard let verb = (trigger + 1..<clause.upperBound).first(where: { view.tokens[$0].tag == .verb }),
              lightVerbs.contains(view.lemmas[verb]) || ["extend", "renew", "lift", "ease", "tighten", "expand", "suspend", "end"].contains(view.lemmas[verb]),
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
        while i >= 0, trigger - i <= 7 {
            // "the announced withdrawal": a participle after a determiner describes the noun.
            if view.tokens[i].tag == .verb, i > 0, view.tokens[i - 1].tag == .determiner, view.lowered[i].hasSuffix("ed") { return nil }
            if view.tokens[i].tag == .verb { return lightVerbs.contains(view.lemmas[i]) ? i : nil }
            let between = view.isFiller(i) || view.tokens[i].tag == .noun || view.tokens[i].tag == .symbol
                || ["out", "up", "in", "of"].contains(view.lowered[i])
            if !between { return nil }
            i -= 1
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
        while i >= 0, [.determiner, .adjective, .numeral].contains(view.tokens[i].tag) { i -= 1 }
        return i >= 0 && view.tokens[i].tag == .adposition && view.lowered[i] != "of"
    }

    /// Whether the noun at `trigger` is the object of "during", "on", "at" or "after"
    /// (determiners and adjectives between): "during a visit to Kyiv".
    static func isCircumstance(_ trigger: Int, view: SentenceView) -> Bool {
        var i = trigger - 1
        while i >= 0, [.determiner, .adjective, .numeral].contains(view.tokens[i].tag) { i -= 1 }
        return i >= 0 && ["during", "on", "at", "after", "amid"].contains(view.lowered[i])
    }

    /// Whether "each other" or "one another" follows the trigger in its clause (within four tokens).
    static func eachOther(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Bool {
        let end = min(clause.upperBound, trigger + 5)
        return (trigger + 1..<max(trigger + 1, end - 1)).contains { i in
            (view.lowered[i] == "each" && view.lowered[i + 1] == "other") || (view.lowered[i] == "one" && view.lowered[i + 1] == "another")
        }
    }

    /// The actor right after "with" (a determiner may stand between) within three tokens of the trigger.
    static func withMention(after trigger: Int, view: SentenceView) -> Int? {
        guard let with = (trigger + 1..<min(view.tokens.count, trigger + 3)).first(where: { view.lowered[$0] == "with" }) else { return nil }
        return view.mentions.indices.first { m in
            let start = view.mentions[m].tokens.lowerBound
            return !view.mentions[m].isPlace && start > with && start <= with + 2 && view.mentions[m].codes.contains(where: ActorCode.hasCountry)
        }
    }

    /// The first member of a group of actors named by "between … and …" right after the trigger.
    static func betweenGroup(after trigger: Int, view: SentenceView) -> Int? {
        guard let between = (trigger + 1..<min(view.tokens.count, trigger + 4)).first(where: { view.lowered[$0] == "between" }),
              let first = view.mentions.indices.first(where: { view.mentions[$0].tokens.lowerBound > between && view.mentions[$0].tokens.lowerBound <= between + 2 }),
              view.groupOf[first] != nil else { return nil }
        return first
    }

    /// The target found in a "that" clause right after the trigger (adverbs may stand
    /// between): its subject, or, when that is the source again, the first other actor in it.
    static func complementTarget(after trigger: Int, source: Int?, view: SentenceView) -> Int? {
        var i = trigger + 1
        while i < view.tokens.count, view.tokens[i].tag == .adverb { i += 1 }
        guard i < view.tokens.count, view.lowered[i] == "that", i + 1 < view.tokens.count else { return nil }
        let clause = view.clauses.ranges[view.clauses.clauseOf[i + 1]]
        let sourceCodes = Set(source.map { view.actors(of: $0).map(\.code) } ?? [])
        func isSource(_ m: Int) -> Bool {
            m == source || (!sourceCodes.isEmpty && Set(view.mentions[m].codes.map(ActorCode.country(of:))).isSubset(of: Set(sourceCodes.map(ActorCode.country(of:)))))
        }
        return view.mentions.indices.first { m in
            let mention = view.mentions[m]
            return clause.contains(mention.tokens.lowerBound) && mention.tokens.lowerBound > i && !mention.isPlace
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
    /// Russia".
    static func isPassive(_ trigger: Int, view: SentenceView) -> Bool {
        let word = view.lowered[trigger]
        guard word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn") || view.lemmas[trigger] != word && !word.hasSuffix("s") && !word.hasSuffix("ing") else { return false }
        if trigger >= 1, view.tokens[trigger - 1].tag == .noun || view.mentionEnding[trigger - 1] != nil, view.lowered[safe: trigger + 1] == "by" { return true }
        // "Syrian forces, backed by Russian air strikes, …": set off by a comma.
        if trigger >= 2, view.lowered[trigger - 1] == ",", [.noun, .properNoun].contains(view.tokens[trigger - 2].tag),
           view.lowered[safe: trigger + 1] == "by" { return true }
        var i = trigger - 1
        var steps = 0
        while i >= 0, steps < 3 {
            if beForms.contains(view.lowered[i]) { return view.lowered[i] != "'s" || view.tokens[i].tag == .auxiliary }
            guard view.tokens[i].tag == .adverb || view.tokens[i].tag == .particle || view.tokens[i].tag == .auxiliary else { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The mention after "by" following the trigger in its clause.
    static func byAgent(after trigger: Int, in clause: Range<Int>, view: SentenceView) -> Int? {
        guard let by = (trigger + 1..<clause.upperBound).first(where: { view.lowered[$0] == "by" }) else { return nil }
        return view.mentions.indices.first { view.mentions[$0].tokens.lowerBound > by && view.mentions[$0].tokens.lowerBound <= by + 2 && !view.mentions[$0].isPlace }
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

    /// "Niger's expulsion": the mention ending just before "'s" before the noun.
    static func possessor(of trigger: Int, view: SentenceView) -> Int? {
        var i = trigger - 1
        while i >= 0, view.tokens[i].tag == .adjective { i -= 1 }
        guard i >= 1, view.lowered[i] == "'s" || view.lowered[i] == "\u{2019}s" else { return nil }
        return view.mentions.indices.first { view.mentions[$0].tokens.upperBound == i }
    }
}
