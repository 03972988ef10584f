import EntenteCore

/// Links pronouns and short descriptions to an earlier actor of the same document: "it",
/// "they", "the country", "the junta", "both nations", "the bloc".
///
/// The search looks first at the same sentence before the anaphor, then one and two
/// sentences back, and stops at the first of these windows with a compatible candidate. The
/// link is made only when every compatible candidate there has the same codes; otherwise the
/// anaphor stays unlinked, because a wrong link makes a false event.
public enum Coreference {
    /// What an anaphor can point at.
    enum Want: Equatable {
        case singular          // it, its
        case plural            // they, them, their
        case person            // he, she, his, her
        case country           // the country, the nation
        case countries         // both nations, the two countries
        case organization      // the bloc, the alliance
        case group             // the group, the movement
        case sector(String)    // the junta, the army: a country's sector
    }

    static let pronouns: [String: Want] = [
        "it": .singular, "its": .singular, "itself": .singular,
        "they": .plural, "them": .plural, "their": .plural, "themselves": .plural,
        "he": .person, "him": .person, "his": .person, "she": .person, "her": .person,
    ]
    /// The words of ``pronouns``, looked up by key.
    static let pronounKeys = WordSet(Array(pronouns.keys))
    static let determiners: WordSet = ["the", "this", "that", "both", "these", "those", "two"]
    static let descriptionNouns: [String: Want] = [
        "country": .country, "nation": .country,
        "countries": .countries, "nations": .countries, "states": .countries, "neighbours": .countries, "neighbors": .countries,
        "bloc": .organization, "alliance": .organization, "organization": .organization, "organisation": .organization,
        "confederation": .organization, "federation": .organization, "union": .organization, "body": .organization,
        "group": .group, "movement": .group,
    ]

    /// Adds linked pronoun and description mentions to `sentence`, and fills in the country
    /// of bare sector mentions ("the junta" → `NERGOV`), looking back into `history` (the
    /// sentences just before, oldest first, with their index in the document).
    public static func link(_ sentence: inout AnalyzedSentence, history: ArraySlice<AnalyzedSentence>) {
        let tokens = sentence.tokens
        let lowered = sentence.lowered
        link(&sentence, tokens: tokens, lowered: lowered, history: history)
    }

    /// As ``link(_:history:)``, with the sentence's tokens and words already padded (the
    /// analyzer pads them once for every stage).
    static func link(_ sentence: inout AnalyzedSentence, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, history: ArraySlice<AnalyzedSentence>) {
        // Which tokens a mention covers, by index: hashing each into a set cost more than the
        // rest of linking.
        var covered = [Bool](repeating: false, count: tokens.count)
        func cover(_ range: Range<Int>) {
            for token in range where token >= 0 && token < covered.count { covered[token] = true }
        }
        for mention in sentence.actors { cover(mention.tokens) }

        // Bare sector nouns with a determiner: "the junta", "its army".
        for index in sentence.actors.indices {
            let mention = sentence.actors[index]
            guard mention.source == .agent, mention.codes.allSatisfy({ $0.hasPrefix(ActorCode.unknownCountry) }), !mention.codes.isEmpty else { continue }
            let before = mention.tokens.lowerBound - 1
            guard before >= 0, determiners.contains(lowered[before]) || lowered[before] == "its" else { continue }
            let sectors = mention.codes.map { String($0.dropFirst(3)) }
            guard let found = resolve(.sector(sectors[0]), at: mention.tokens.lowerBound, in: sentence, history: history) else { continue }
            sentence.actors[index].codes = found.codes.flatMap { code in sectors.map { ActorCode.compose(ActorCode.country(of: code), sector: $0) } }
            sentence.actors[index].source = .coreference
            sentence.actors[index].antecedent = found.reference
            sentence.actors[index].kind = .country
        }

        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard !covered[i] else { continue }
            var range = i..<i + 1
            var want: Want?
            // By key first: most tokens are neither, and hashing each word again cost more.
            let key = sentence.keys[i]
            if pronounKeys.contains(key: key), let pronoun = pronouns[lowered[i]], tokens[i].tag == .pronoun || tokens[i].tag == .determiner || tokens[i].tag == nil {
                want = pronoun
            } else if determiners.contains(key: key) {
                var j = i + 1
                // "both African nations": a region adjective may stand between; "the three
                // countries": any number.
                while j < tokens.count, j <= i + 2, lowered[j] == "two" || tokens[j].tag == .adjective || tokens[j].tag == .numeral
                    || regionAdjectiveCovers(j, in: sentence.actors) { j += 1 }
                if j < tokens.count, !covered[j], let noun = descriptionNouns[lowered[j]] {
                    want = noun
                    range = i..<j + 1
                }
            }
            guard let want, let found = resolve(want, at: i, in: sentence, history: history) else { continue }
            let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
            let mention = ActorMention(
                text: ActorMatcher.text(tokens, range), span: span, tokens: range, codes: found.codes,
                source: .coreference, entries: found.entries, kind: found.kind, antecedent: found.reference
            )
            // Insert in text order, so later anaphors of this sentence can point back to it;
            // a linked description replaces the region adjective inside it.
            sentence.actors.removeAll { range.contains($0.tokens.lowerBound) }
            let position = sentence.actors.firstIndex { $0.tokens.lowerBound > range.lowerBound } ?? sentence.actors.count
            sentence.actors.insert(mention, at: position)
            cover(range)
            i = range.upperBound - 1
        }
    }

    static func regionAdjectiveCovers(_ token: Int, in mentions: [ActorMention]) -> Bool {
        mentions.contains { $0.kind == .region && $0.source == .adjective && $0.tokens.contains(token) }
    }

    struct Found {
        var codes: [String]
        var entries: [String]
        var kind: ActorKind?
        var reference: MentionReference
    }

    /// The antecedent wanted at token `position` of `sentence`, if the choice is clear.
    static func resolve(_ want: Want, at position: Int, in sentence: AnalyzedSentence, history: ArraySlice<AnalyzedSentence>) -> Found? {
        // The sentence, then the two before it, nearest first (not the whole history copied).
        for offset in 0..<min(3, history.count + 1) {
            let window = offset == 0 ? sentence : history[history.endIndex - offset]
            let limit = offset == 0 ? position : Int.max
            var candidates = self.candidates(want, in: window, before: limit)
            // An object pronoun ("…, accusing it") is not the subject of its own sentence:
            // "Niger cut ties with Ukraine, accusing it" means Ukraine.
            if offset == 0, isObjectPronoun(at: position, in: sentence) {
                let isTheSubject = { (candidate: Found) in candidate.reference.mention == 0 && isSubject(0, in: window) }
                if want != .person, candidates.count > 1 { candidates.removeAll(where: isTheSubject) }
                // "Morales expelled the U.S. ambassador, accusing him of …": with no other person
                // named, a person's object pronoun is the official the sentence named before it.
                if want == .person, candidates.allSatisfy(isTheSubject),
                   let official = singularAgent(before: position, in: sentence) {
                    return official
                }
            }
            guard !candidates.isEmpty else { continue }
            let distinct = Set(candidates.map { $0.codes })
            if distinct.count == 1 { return candidates.last }
            // "Nicaragua broke off relations with Taiwan and switched its recognition to
            // Beijing": a possessive in the subject's own sentence is most often the subject's.
            // Not across a subordinate clause with a subject of its own ("… after Calenardhon
            // crowds burned down its embassy").
            if offset == 0, ["its", "their"].contains(sentence.token(position).text.lowercased()),
               let subject = candidates.first(where: { $0.reference.mention == 0 && isSubject(0, in: window) }),
               isInSubjectsClause(position, in: sentence) {
                return subject
            }
            // Several candidates in an earlier sentence: a sentence-initial anaphor ("The
            // junta …", "It …") continues that sentence's subject, if it has one.
            guard offset > 0, isSentenceInitial(position, in: sentence) else { return nil }
            return candidates.first { isSubject($0.reference.mention, in: window) }
        }
        return nil
    }

    /// Whether nothing between the sentence's first mention and `position` opens another
    /// clause: no clause opener, and no other mention directly followed by a verb.
    static func isInSubjectsClause(_ position: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let first = sentence.actors.first else { return false }
        let between = Range.between(first.tokens.upperBound, position)
        // The event coder's clause openers: subordinators, relative pronouns and "that".
        if between.contains(where: { k in
            let key = sentence.key(k)
            return Clauses.subordinators.contains(key: key) || Clauses.relativePronouns.contains(key: key) || sentence.word(k) == "that"
        }) { return false }
        return !sentence.actors.dropFirst().contains { mention in
            between.contains(mention.tokens.lowerBound) && mention.tokens.upperBound < sentence.tokens.count
                && [.verb, .auxiliary].contains(sentence.token(mention.tokens.upperBound).tag)
        }
    }

    /// "it", "them" right after a verb or a preposition.
    static func isObjectPronoun(at position: Int, in sentence: AnalyzedSentence) -> Bool {
        let word = sentence.token(position).text.lowercased()
        guard position > 0, ["it", "them", "him", "her"].contains(word) else { return false }
        // "… with her country": a possessive "her" before what it determines.
        if word == "her", [.noun, .adjective, .properNoun].contains(sentence.token(position + 1).tag) { return false }
        let before = sentence.token(position - 1).tag
        return before == .verb || before == .adposition
    }

    /// Nouns for bodies of people, which "him" and "her" never stand for.
    static let collectiveNouns: WordSet = [
        "police", "army", "military", "government", "junta", "navy", "regime", "administration", "cabinet", "ministry",
        "parliament", "congress", "senate", "council", "court", "tribunal", "coalition", "alliance", "opposition", "party",
        "force", "team", "delegation", "committee", "commission", "agency", "office", "embassy", "leadership", "union",
    ]

    /// The last mention before `position` of one official with a country ("the U.S.
    /// ambassador"), not the sentence's subject: what a person's object pronoun stands for
    /// when the sentence names no other person.
    static func singularAgent(before position: Int, in sentence: AnalyzedSentence) -> Found? {
        let mentions = sentence.actors
        guard let index = mentions.indices.last(where: { m in
            let mention = mentions[m]
            let head = sentence.token(mention.tokens.upperBound - 1)
            return mention.tokens.upperBound <= position && mention.source == .agent && mention.codes.count == 1
                && head.tag == .noun && !head.text.hasSuffix("s") && !collectiveNouns.contains(head.text.lowercased())
                && !(m == 0 && isSubject(0, in: sentence))
                && !mention.codes[0].hasPrefix(ActorCode.unknownCountry)
        }) else { return nil }
        return Found(codes: mentions[index].codes, entries: mentions[index].entries, kind: mentions[index].kind,
                     reference: MentionReference(sentence: sentence.sentence.index, mention: index))
    }

    /// Whether only determiners and adjectives stand before token `position`.
    static func isSentenceInitial(_ position: Int, in sentence: AnalyzedSentence) -> Bool {
        sentence.tokens.prefix(max(0, position)).allSatisfy { $0.tag == .determiner || $0.tag == .adjective }
    }

    /// Whether mention `index` opens its sentence, before any verb: the sentence's subject.
    static func isSubject(_ index: Int, in window: AnalyzedSentence) -> Bool {
        let start = window.actors[index].tokens.lowerBound
        return !window.tokens.prefix(max(0, start)).contains { $0.tag == .verb || $0.tag == .auxiliary } && start <= 3
    }

    /// Every mention (or coordinated group) of `window` before token `limit` that `want` can
    /// point at, with the codes it would give.
    static func candidates(_ want: Want, in window: AnalyzedSentence, before limit: Int) -> [Found] {
        let mentions = window.actors
        // The gaps read lie between two mentions, inside the sentence: no padding needed.
        let groups = Coordination.groups(mentions, tokens: window.tokens, lowered: window.lowered)
        var grouped = Set<Int>()
        for group in groups { grouped.formUnion(group) }
        var result: [Found] = []
        func found(_ index: Int, codes: [String]) -> Found {
            Found(codes: codes, entries: mentions[index].entries, kind: mentions[index].kind, reference: MentionReference(sentence: window.sentence.index, mention: index))
        }
        for (index, mention) in mentions.enumerated() where mention.tokens.upperBound <= limit && !mention.codes.isEmpty
            && !mention.codes.contains(where: { $0.hasPrefix(ActorCode.unknownCountry) }) {
            let kind = mention.kind
            let plural = mention.codes.count > 1
                || ((mention.source == .agent || mention.source == .coreference) && window.token(mention.tokens.upperBound - 1).tag == .noun && mention.text.hasSuffix("s"))
            switch want {
            case .singular:
                if !grouped.contains(index), !plural, kind != .person, kind != .agent, !mention.isPlace || kind == .country { result.append(found(index, codes: mention.codes)) }
            case .plural:
                if plural { result.append(found(index, codes: mention.codes)) }
            case .person:
                if kind == .person { result.append(found(index, codes: mention.codes)) }
            case .country:
                if kind == .country, mention.source != .agent { result.append(found(index, codes: mention.codes)) }
            case .organization:
                if kind == .organization { result.append(found(index, codes: mention.codes)) }
            case .group:
                if kind == .group { result.append(found(index, codes: mention.codes)) }
            case .sector(let sector):
                if kind == .country, mention.source != .coreference || mention.codes.allSatisfy({ $0.count == 3 }) {
                    let codes = mention.codes.map { ActorCode.compose(ActorCode.country(of: $0), sector: sector) }
                    result.append(found(index, codes: codes))
                }
            case .countries:
                break
            }
        }
        if want == .plural || want == .countries {
            for group in groups where group.allSatisfy({ mentions[$0].tokens.upperBound <= limit }) {
                if want == .countries, !group.allSatisfy({ mentions[$0].kind == .country }) { continue }
                let codes = group.flatMap { mentions[$0].codes }
                guard !codes.isEmpty else { continue }
                result.append(found(group[0], codes: codes))
            }
        }
        return result
    }
}
