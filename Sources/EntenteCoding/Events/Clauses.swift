import EntenteCore

/// Cuts a tagged sentence into clauses and finds each clause's subject, the shallow structure
/// the event coder needs to tell who did what to whom without a parser.
///
/// A clause starts at a subordinating conjunction, a relative pronoun, a semicolon or colon,
/// a comma before a participle ("…, accusing it of …"), or a conjunction before a verb ("…
/// and expelled …"). A clause without a subject of its own inherits one: a relative clause
/// from the mention just before it, any other from the clause before it.
struct Clauses {
    /// Token ranges of the clauses, in order.
    let ranges: [Range<Int>]
    /// Token index → clause index; outside the sentence, the first clause.
    let clauseOf: PaddedArray<Int>
    /// For each clause, the mention index of its subject, if any.
    let subjects: [Int?]

    static let relativePronouns: WordSet = ["which", "who", "whom", "whose"]
    static let thatKey = WordKey.of("that")
    /// Punctuation read by key: comparing strings for every token was a tenth of the coder's time.
    static let commaKey = WordKey.of(",")
    static let clauseBreaks: WordSet = [";", ":"]
    static let dashes: WordSet = ["—", "–", "--"]
    /// Words that open an adverbial clause whatever the tagger calls them (the treebank tags
    /// "when" as an adverb).
    static let subordinators: WordSet = ["when", "while", "because", "although", "though", "whereas", "unless", "until", "since", "after", "before", "if", "once", "as", "where"]

    /// Prepositions the tagger sometimes reads as subordinating conjunctions ("an embargo *on*
    /// neighbouring Macedonia"): they open a clause only when a finite verb follows.
    static let prepositions: WordSet = ["on", "in", "at", "of", "with", "for", "over", "against", "to", "by", "from", "about", "into", "onto", "upon", "toward", "towards", "like", "than", "despite", "amid", "without", "during"]

    /// An apostrophe opening a token ("'s", "’s").
    static func startsWithApostrophe(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        switch bytes.next() {
        case 0x27: return true
        case 0xE2: return bytes.next() == 0x80 && bytes.next() == 0x99
        default: return false
        }
    }

    /// A verb form that shows tense: "expelled", "expels", "took" (not "live", "make").
    static func isInflected(_ token: Token) -> Bool {
        let word = token.text.lowercased()
        return word.hasSuffix("ed") || word.hasSuffix("s") || (token.lemma.map { $0.lowercased() != word } ?? false)
    }

    /// "after a hafling *was* reported": a preposition-like subordinator opens a clause when a
    /// finite verb follows before the next punctuation.
    static func finiteVerbFollows(_ i: Int, tokens: PaddedArray<Token>, keys: PaddedArray<UInt64>) -> Bool {
        for k in Range.between(i + 1, min(tokens.count, i + 7)) {
            // "rejected as groundless charges *that* it had stolen …": that verb is the next
            // clause's.
            if tokens[k].tag == .punctuation || relativePronouns.contains(key: keys[k]) || keys[k] == thatKey { return false }
            if tokens[k].tag == .auxiliary { return true }
            if tokens[k].tag == .verb, !tokens[k].text.hasSuffix("ing") { return k > i + 1 }
        }
        return false
    }

    /// `keys` are the `WordKey`s of `lowered`.
    init(tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>, mentions: [ActorMention]) {
        var starts = [0]
        var relative = Set<Int>()
        var complement = Set<Int>()
        // Participles the tagger read as nouns (", warning Athens …"): verbs for the subjects.
        var participles = Set<Int>()
        for i in tokens.indices where i > 0 {
            let word = lowered[i]
            let key = keys[i]
            let tag = tokens[i].tag
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if Clauses.clauseBreaks.contains(key: key) {
                starts.append(i + 1)
            } else if key == Clauses.commaKey || Clauses.dashes.contains(key: key), var next {
                // ", instead seeking help": an adverb may stand before the participle.
                var nextIndex = i + 1
                if next.tag == .adverb, i + 2 < tokens.count, tokens[i + 2].tag == .verb { next = tokens[i + 2]; nextIndex = i + 2 }
                let nextWord = lowered[nextIndex]
                // ", warning Athens of …": a participle the tagger read as a noun shows itself
                // by taking an object, a name, a determiner, a pronoun or a number.
                let objectNext = nextIndex + 1 < tokens.count && [.properNoun, .determiner, .pronoun, .numeral].contains(tokens[nextIndex + 1].tag)
                let nounParticiple = next.tag == .noun && nextWord.hasSuffix("ing") && objectNext
                if nounParticiple { participles.insert(nextIndex) }
                // "…, after President Trump accused Islamabad": a subordinator the tagger read as
                // a preposition still opens a clause when a finite verb follows.
                if next.tag == .verb && (nextWord.hasSuffix("ing") || nextWord.hasSuffix("ed")) || next.tag == .subordinatingConjunction
                    || nounParticiple
                    || (Clauses.subordinators.contains(key: keys[nextIndex])
                        && (next.tag != .adposition || Clauses.finiteVerbFollows(nextIndex, tokens: tokens, keys: keys))) {
                    starts.append(i + 1)
                } else if Clauses.relativePronouns.contains(key: keys[nextIndex]) {
                    starts.append(i + 1)
                    relative.insert(i + 1)
                }
            } else if Clauses.startsWithApostrophe(word) {
                // "Jordan's King Hussein": the tagger sometimes reads "'s" as a conjunction.
                continue
            } else if tag == .subordinatingConjunction && !Clauses.prepositions.contains(key: key)
                        || (Clauses.subordinators.contains(key: key) || tag == .subordinatingConjunction) && (tag != .adposition && !Clauses.prepositions.contains(key: key) || Clauses.finiteVerbFollows(i, tokens: tokens, keys: keys)),
                      keys[i - 1] != Clauses.commaKey {
                starts.append(i)
                // "demanded that Turkey withdraw …": what is said, not the next main clause.
                if key == Clauses.thatKey, tokens[i - 1].tag == .verb { complement.insert(i) }
            } else if Clauses.relativePronouns.contains(key: key), keys[i - 1] != Clauses.commaKey {
                starts.append(i)
                relative.insert(i)
            } else if key == Clauses.thatKey, tokens[i - 1].tag == .noun, let next, next.tag == .verb || next.tag == .auxiliary {
                // "a federation that focuses on …": a relative clause after a noun (after a verb,
                // "that" opens what was said instead).
                starts.append(i)
                relative.insert(i)
            } else if tag == .coordinatingConjunction, keys[i - 1] == Clauses.commaKey,
                      let mention = mentions.first(where: { $0.tokens.lowerBound == i + 1 || $0.tokens.lowerBound == i + 2 && tokens[i + 1].tag == .determiner }),
                      case let end = Coordination.endOfList(startingWith: mention, mentions: mentions, lowered: lowered),
                      end < tokens.count, tokens[end].tag == .verb || tokens[end].tag == .auxiliary {
                // "…, and Bahrain signed a similar declaration", "…, and the United States,
                // Japan and South Korea condemned …": a new subject and its verb.
                starts.append(i + 1)
            } else if tag == .coordinatingConjunction, let verb = (next?.tag == .adverb || next?.tag == .auxiliary) && i + 2 < tokens.count ? tokens[i + 2] : next,
                      verb.tag == .verb, Clauses.isInflected(verb) || next?.tag == .auxiliary
                        // "… and put the army in charge": an uninflected verb with its own object.
                        || next?.tag == .verb && i + 2 < tokens.count && [.determiner, .pronoun].contains(tokens[i + 2].tag) {
                // "… and expelled diplomats": a second verb phrase. A bare form after "and" is
                // more often the tagger misreading an adjective ("tear gas and live rounds").
                starts.append(i + 1)
            }
        }
        starts = Array(Set(starts.filter { $0 < tokens.count })).sorted()
        var ranges: [Range<Int>] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : tokens.count
            if end > start { ranges.append(start..<end) }
        }
        if ranges.isEmpty { ranges = [0..<tokens.count] }
        var clauseOf = [Int](repeating: 0, count: tokens.count)
        for (k, range) in ranges.enumerated() { for i in range { clauseOf[i] = k } }

        // Own subjects: the first mention before the clause's first verb that is not the
        // object of a preposition and not a place.
        var subjects: [Int?] = []
        // Clauses whose subject is a noun phrase naming no actor ("that the North admitted …"):
        // they have a subject, only not a coded one, and inherit none.
        var insideMention = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for i in mention.tokens { insideMention[i] = true } }
        var ownUncodedSubject = Set<Int>()
        for (k, range) in ranges.enumerated() {
            let firstVerb = range.first { tokens[$0].tag == .verb || tokens[$0].tag == .auxiliary || participles.contains($0) } ?? range.upperBound
            if Range.between(range.lowerBound, firstVerb).contains(where: { i in
                !insideMention[i] && [.noun, .properNoun, .pronoun].contains(tokens[i].tag) && !(i > 0 && tokens[i - 1].tag == .adposition)
            }) { ownUncodedSubject.insert(k) }
        }
        for range in ranges {
            // "Jailed Russian opposition leader Alexei Navalny has declared …": a participle
            // opening the clause, or after a determiner, describes the noun after it.
            let firstVerb = range.first { i in
                if participles.contains(i) { return true }
                guard tokens[i].tag == .verb else { return false }
                let describes = (i == 0 && lowered[i].hasSuffix("ed") || i > 0 && tokens[i - 1].tag == .determiner) && i + 1 < tokens.count
                    && [.adjective, .noun, .properNoun].contains(tokens[i + 1].tag)
                return !describes
            } ?? range.upperBound
            let candidates = mentions.indices.filter { m in
                let mention = mentions[m]
                guard range.contains(mention.tokens.lowerBound), mention.tokens.lowerBound < firstVerb, !mention.isPlace else { return false }
                // "A car bomb at the national police academy": determiners and adjectives may
                // stand between the preposition and its object.
                var before = mention.tokens.lowerBound - 1
                while before > range.lowerBound, [.determiner, .adjective, .numeral].contains(tokens[before].tag) { before -= 1 }
                // "after France backed …": the subordinator that opens the clause is no preposition.
                if before < range.lowerBound { return true }
                if before == range.lowerBound, Clauses.subordinators.contains(key: keys[before]) { return true }
                // "Thousands of Palestinians": "of" after a quantity keeps the subject; "the coast
                // of Bangladesh" does not.
                if lowered[before] == "of" {
                    return before > 0 && (SentenceView.quantities.contains(lowered[before - 1]) || tokens[before - 1].tag == .numeral
                        || ["members", "member", "supporters", "crowds", "crowd", "groups", "group", "delegation", "team", "contingent", "band", "number", "lots", "some", "many", "most", "all", "none", "one", "two", "both"].contains(lowered[before - 1]))
                }
                return tokens[before].tag != .adposition
            }
            // "three African nations—Mali, Niger and Burkina Faso—…": a region adjective yields
            // to the actors named after it.
            subjects.append(candidates.first { mentions[$0].kind != .region } ?? candidates.first)
        }
        // Inherited subjects: a relative clause's from the mention it follows; any other
        // clause's from the clause before it, skipping relative clauses ("Niger and Mali are
        // under juntas that came to power …, and have distanced themselves …").
        var lastMain: Int? = subjects.first ?? nil
        for (k, range) in ranges.enumerated() where k > 0 {
            let isRelative = relative.contains(range.lowerBound)
            if subjects[k] == nil {
                if isRelative {
                    subjects[k] = mentions.indices.last { mentions[$0].tokens.upperBound <= range.lowerBound && range.lowerBound - mentions[$0].tokens.upperBound <= 2 }
                }
                // A relative clause after a noun that names no actor ("a federation that …")
                // has no known subject.
                if subjects[k] == nil, !isRelative, !ownUncodedSubject.contains(k) { subjects[k] = lastMain }
            }
            // A later participle clause ("…, calling their presence a violation") goes with the
            // main clause, not with a "that" clause it follows.
            if !isRelative, !complement.contains(range.lowerBound) { lastMain = subjects[k] }
        }
        self.ranges = ranges
        self.clauseOf = PaddedArray(clauseOf, padding: 0)
        self.subjects = subjects
    }
}

