import EntenteCore

/// Finds actor mentions in a tagged sentence: the longest dictionary phrase at each point,
/// then composition of what stands together:
///
/// - a country and a sector noun, with an optional possessive and modifiers between them:
///   "Malian troops" → `MLIMIL`, "Niger's ruling military government" → `NERGOV`;
/// - a sector noun, "of" or "from", and a country: "soldiers from Russia" → `RUSMIL`;
/// - a title and a person: "President Bazoum" takes the person's code on the sentence's date;
/// - a coded title and the names after it: "U.S. lawmakers Matt Gaetz and Jimmy Panetta".
///
/// A country or city after "in", "at", "near" … is marked as a place.
public enum ActorMatcher {
    /// Words that make the following name a location rather than an actor.
    static let locatives: WordSet = ["in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into", "towards", "through"]
    /// Day and month names, which the tagger calls proper nouns but never name a person.
    static let calendarWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// Words allowed between a country and its sector noun ("Niger's ruling military government").
    static let modifierTags: Set<PartOfSpeech> = [.adjective, .noun, .verb, .adverb]

    struct RawMatch {
        var range: Range<Int>
        var entry: Int
        var role: ActorMention.Source
        var isAgent: Bool
    }

    /// The actor mentions of `tokens`, in order; `date` picks dated codes.
    public static func match(_ tokens: [Token], dictionary: ActorDictionary, on date: Day?) -> [ActorMention] {
        match(tokens, lowered: tokens.map { $0.text.lowercased() }, keys: nil, dictionary: dictionary, on: date)
    }

    /// As ``match(_:dictionary:on:)``, with the lower-cased token texts (and their
    /// `WordKey`s) already at hand.
    public static func match(_ tokens: [Token], lowered: [String], keys: [UInt64]? = nil, dictionary: ActorDictionary, on date: Day?) -> [ActorMention] {
        // Padded, so the rules below read nothing, rather than trap, past the sentence.
        match(PaddedArray(tokens: tokens), lowered: PaddedArray(words: lowered), keys: PaddedArray(keys: keys ?? lowered.map(WordKey.of)), dictionary: dictionary, on: date)
    }

    /// As ``match(_:lowered:keys:dictionary:on:)``, with the tables already padded (the
    /// analyzer pads them once for every stage).
    static func match(_ tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>, dictionary: ActorDictionary, on date: Day?) -> [ActorMention] {
        let raw = scan(tokens, lowered: lowered, keys: keys, dictionary: dictionary)
        return compose(raw, tokens: tokens, lowered: lowered, dictionary: dictionary, date: date)
    }

    static func scan(_ tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>, dictionary: ActorDictionary) -> [RawMatch] {
        var result: [RawMatch] = []
        var i = 0
        while i < tokens.count {
            var actor = dictionary.actors.longestMatch(in: tokens, keys: keys, from: i)
            let agent = dictionary.agents.longestMatch(in: tokens, keys: keys, from: i)
            // "Jimmy Panetta" is not Leon Panetta: a person's surname alone, right after a
            // first name no dictionary knows, names someone else.
            if let match = actor, match.length == 1, dictionary.entries[match.target.entry].kind == .person,
               i > 0, result.last.map({ $0.range.upperBound < i }) ?? true, isUnknownFirstName(i - 1, tokens: tokens, lowered: lowered) {
                actor = nil
            }
            // "Prime Minister Hassan Diab" is not the Hassan the dictionary knows.
            if let match = actor, match.length == 1, dictionary.entries[match.target.entry].kind == .person,
               isFirstNameOfSomeoneElse(i, tokens: tokens, lowered: lowered, keys: keys, dictionary: dictionary) {
                actor = nil
            }
            if let actor, actor.length >= (agent?.length ?? 0), hasCapital(tokens[i..<i + actor.length]) {
                result.append(RawMatch(range: i..<i + actor.length, entry: actor.target.entry, role: actor.target.role, isAgent: false))
                i += actor.length
            } else if let agent, !isModifier(i..<i + agent.length, tokens: tokens, lowered: lowered, keys: keys, dictionary: dictionary) {
                result.append(RawMatch(range: i..<i + agent.length, entry: agent.target.entry, role: .agent, isAgent: true))
                i += agent.length
            } else {
                i += 1
            }
        }
        return result
    }

    /// "the *military* accord", "*civilian* staff": a sector word used as an adjective
    /// before a noun describes the noun and names no actor.
    /// "his first *official* foreign visit": a singular one, also with up to two adjectives
    /// before the noun.
    static func isModifier(_ range: Range<Int>, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>, dictionary: ActorDictionary) -> Bool {
        var next = range.upperBound
        if range.count == 1, !lowered[range.lowerBound].hasSuffix("s") {
            while next < min(tokens.count, range.upperBound + 2), tokens[next].tag == .adjective { next += 1 }
        }
        guard range.count == 1, next < tokens.count, tokens[next].tag == .noun,
              tokens[range.lowerBound].tag == .adjective || tokens[range.lowerBound].tag == .noun else { return false }
        // "government troops" is one actor: the next noun is a sector itself.
        return dictionary.agents.longestMatch(in: tokens, keys: keys, from: next) == nil
            && dictionary.actors.longestMatch(in: tokens, keys: keys, from: next) == nil
    }

    /// Whether a demonym is a plural noun heading its own phrase ("Georgians", not
    /// "Georgian troops" nor "the Swiss").
    static func isPeopleNoun(_ range: Range<Int>, tokens: PaddedArray<Token>, lowered: PaddedArray<String>) -> Bool {
        let last = range.upperBound - 1
        // "tens of thousands of Sudanese": a demonym without "-s" after a quantity's "of".
        let afterQuantity = range.lowerBound >= 2 && lowered[range.lowerBound - 1] == "of"
            && (SentenceView.quantities.contains(lowered[range.lowerBound - 2]) || tokens[range.lowerBound - 2].tag == .numeral)
        guard afterQuantity || lowered[last].hasSuffix("s") && !lowered[last].hasSuffix("ss"),
              tokens[last].tag == .noun || tokens[last].tag == .properNoun || afterQuantity else { return false }
        guard range.upperBound < tokens.count else { return true }
        let next = tokens[range.upperBound].tag
        return next != .noun && next != .properNoun && next != .adjective
    }

    /// A person's codes on `date`, or `fallback` when the dictionary gives none then.
    static func personCodes(_ person: DictionaryEntry, else fallback: [String], on date: Day?) -> [String] {
        let codes = person.codes(on: date)
        return codes.isEmpty ? fallback : codes
    }

    static func hasCapital(_ tokens: Slice<PaddedArray<Token>>) -> Bool {
        tokens.contains { token in
            guard let first = token.text.unicodeScalars.first else { return false }
            return first.properties.isUppercase || ("0"..."9").contains(first)
        }
    }

    /// Titles and honorifics that may stand before a surname alone.
    static let titles: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "gen", "gen.", "general", "col", "col.", "colonel", "capt", "capt.", "captain", "lt", "lt.", "maj", "maj.", "major", "sgt", "adm", "adm.", "admiral", "president", "premier", "minister", "chancellor", "king", "queen", "prince", "sheikh", "emir", "ayatollah", "pope", "senator", "sen.", "rep.", "governor", "gov.", "mayor", "judge", "prof", "prof.", "rev", "rev.", "father", "marshal", "field"]

    /// A capitalised proper noun (tagged so) that is not a title or an initial.
    static func isUnknownFirstName(_ i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>) -> Bool {
        guard i >= 0, tokens[i].tag == .properNoun, tokens[i].text.first?.isUppercase == true, !titles.contains(lowered[i]) else { return false }
        return tokens[i].text.count > 1 && !tokens[i].text.hasSuffix(".")
    }

    /// "its ambassador from Tehran", "their troops in Kuwait": a possessive pronoun before a
    /// sector says whose it is; the place after it is where it is.
    static func followsPossessive(_ range: Range<Int>, lowered: PaddedArray<String>) -> Bool {
        var i = range.lowerBound - 1
        while i >= 0, ["last", "first", "top", "senior", "own", "remaining", "new"].contains(lowered[i]) { i -= 1 }
        return i >= 0 && ["its", "their", "his", "her", "our"].contains(lowered[i])
    }

    static func compose(_ raw: [RawMatch], tokens: PaddedArray<Token>, lowered: PaddedArray<String>, dictionary: ActorDictionary, date: Day?) -> [ActorMention] {
        var mentions: [ActorMention] = []
        var k = 0
        func entry(_ m: RawMatch) -> DictionaryEntry { dictionary.entries[m.entry] }
        func isPerson(_ m: RawMatch) -> Bool { !m.isAgent && entry(m).kind == .person }
        func adjacent(_ a: Range<Int>, _ b: RawMatch) -> Bool { a.upperBound == b.range.lowerBound }
        func mention(_ range: Range<Int>, codes: [String], source: ActorMention.Source, entries: [DictionaryEntry]) -> ActorMention {
            ActorMention(
                text: text(tokens, range), span: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end),
                tokens: range, codes: codes, source: source, entries: entries.map(\.provenance),
                kind: entries.first { $0.kind != .agent }?.kind ?? .agent
            )
        }

        while k < raw.count {
            let m = raw[k]
            let next = k + 1 < raw.count ? raw[k + 1] : nil
            var produced: ActorMention
            var consumed = 1

            if m.isAgent {
                let sectors = entry(m).codes(on: date)
                if let next, isPerson(next), adjacent(m.range, next) {
                    // A title before a name: the person's dated role decides.
                    produced = mention(m.range.lowerBound..<next.range.upperBound, codes: personCodes(entry(next), else: [], on: date), source: .person, entries: [entry(m), entry(next)])
                    consumed = 2
                } else if let next, !next.isAgent, !isPerson(next),
                          linksByPreposition(Range.between(m.range.upperBound, next.range.lowerBound), lowered: lowered, sectors: sectors) && !followsPossessive(m.range, lowered: lowered)
                            || adjacent(m.range, next) && sectors.contains(where: ActorCode.isPrefixAgent) {
                    // "MSF Arnor" with PETRARCH's prefix agents too.
                    let codes = entry(next).codes(on: date).flatMap { code in sectors.map { ActorCode.compose(code, sector: $0) } }
                    produced = mention(m.range.lowerBound..<next.range.upperBound, codes: codes, source: .agent, entries: [entry(m), entry(next)])
                    consumed = 2
                } else {
                    produced = mention(m.range, codes: sectors.map { ActorCode.isPrefixAgent($0) ? String($0.dropLast()) : ActorCode.unknownCountry + $0 }, source: .agent, entries: [entry(m)])
                }
            } else if !isPerson(m), let next, next.isAgent, isModifierGap(Range.between(m.range.upperBound, next.range.lowerBound), tokens: tokens, lowered: lowered) {
                let sectors = entry(next).codes(on: date)
                let codes = entry(m).codes(on: date).flatMap { code in sectors.map { ActorCode.compose(code, sector: $0) } }
                produced = mention(m.range.lowerBound..<next.range.upperBound, codes: codes, source: .agent, entries: [entry(m), entry(next)])
                consumed = 2
                // "Malian President Assimi Goïta": the person's own dated role decides.
                if k + 2 < raw.count, isPerson(raw[k + 2]), adjacent(next.range, raw[k + 2]) {
                    let person = raw[k + 2]
                    // With no role on that date, the country and title said here stand.
                    produced = mention(m.range.lowerBound..<person.range.upperBound, codes: personCodes(entry(person), else: codes, on: date), source: .person, entries: [entry(m), entry(next), entry(person)])
                    produced.kind = .person
                    consumed = 3
                }
            } else if !m.isAgent, entry(m).kind == .country, let next, isPerson(next),
                      adjacent(m.range, next) || next.range.lowerBound == m.range.upperBound + 1 && ["'s", "\u{2019}s"].contains(lowered[m.range.upperBound]) {
                // "Gambia's Yahya Jammeh" too.
                // "Chinese President Xi Jinping": the person, whose own dated role decides;
                // with none on that date, the country said here.
                produced = mention(m.range.lowerBound..<next.range.upperBound, codes: personCodes(entry(next), else: entry(m).codes(on: date), on: date), source: .person, entries: [entry(m), entry(next)])
                produced.kind = .person
                consumed = 2
            } else {
                produced = mention(m.range, codes: entry(m).codes(on: date), source: isPerson(m) ? .person : m.role, entries: [entry(m)])
                if m.role == .adjective, isPeopleNoun(m.range, tokens: tokens, lowered: lowered) {
                    // "Georgians rallied": a plural demonym names the country's people, not its state.
                    produced.codes = produced.codes.map { ActorCode.compose($0, sector: "CVL") }
                }
            }
            if !m.isAgent || consumed > 1, isPlace(before: produced.tokens.lowerBound, lowered: lowered), produced.source != .person, produced.source != .agent {
                produced.isPlace = true
            }
            mentions.append(produced)
            k += consumed

            // Names right after a coded title inherit its code.
            if produced.source == .agent, let code = produced.code, !code.hasPrefix(ActorCode.unknownCountry) {
                let stop = k < raw.count ? raw[k].range.lowerBound : tokens.count
                mentions.append(contentsOf: appositiveNames(after: produced.tokens.upperBound, before: stop, tokens: tokens, lowered: lowered, codes: produced.codes, title: produced.entries))
            }
        }
        distributePlaces(&mentions, tokens: tokens, lowered: lowered)
        distributeCountries(&mentions, lowered: lowered)
        distributeSectors(&mentions, lowered: lowered)
        distributeSectorOverGroup(&mentions, lowered: lowered)
        localizeSectors(&mentions, lowered: lowered)
        return mentions
    }

    /// "killing 100 people in Mogadishu", "rebels in western Uganda": when every place named
    /// in the sentence lies in one country, sectors with no country of their own are taken to
    /// be that country's, as ICEWS-style coding does with local victims and perpetrators.
    static func localizeSectors(_ mentions: inout [ActorMention], lowered: PaddedArray<String>) {
        let places = mentions.indices.filter { mentions[$0].isPlace }
        let countries = places.compactMap { mentions[$0].codes.first.map(ActorCode.country(of:)) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard let first = places.first, !countries.isEmpty, !countries.contains(ActorCode.unknownCountry),
              !countries.contains(where: { ["IGO", "NGO", "IMG", "MNC"].contains($0) }) else { return }
        // Places in several countries localize only when they are one group ("officials in
        // Arnor and Gondor"): each sector is then in each of them.
        if countries.count > 1, !zip(places, places.dropFirst()).allSatisfy({ previous, next in
            next == previous + 1 && Range.between(mentions[previous].tokens.upperBound, mentions[next].tokens.lowerBound).allSatisfy { [",", "and", "or", "the"].contains(lowered[$0]) }
        }) { return }
        let place = mentions[first]
        // "its ambassador" is its owner's (coreference), wherever it is.
        for index in mentions.indices where mentions[index].source == .agent && !mentions[index].codes.isEmpty
            && mentions[index].codes.allSatisfy({ $0.hasPrefix(ActorCode.unknownCountry) }) && !followsPossessive(mentions[index].tokens, lowered: lowered) {
            mentions[index].codes = countries.flatMap { country in mentions[index].codes.map { country + $0.dropFirst(3) } }
            mentions[index].entries.append("located in \(countries.count > 1 ? places.map { mentions[$0].text }.joined(separator: ", ") : place.text)")
        }
    }

    /// "in the West Bank and Gaza": names coordinated with a place are places too, but not
    /// those that open a new clause ("… in Gaza, and Colombia and Chile recalled …").
    static func distributePlaces(_ mentions: inout [ActorMention], tokens: PaddedArray<Token>, lowered: PaddedArray<String>) {
        for index in mentions.indices.dropFirst() where mentions[index - 1].isPlace && !mentions[index].isPlace {
            let candidate = mentions[index]
            let gap = Range.between(mentions[index - 1].tokens.upperBound, candidate.tokens.lowerBound)
            guard candidate.source == .name || candidate.source == .capital, !gap.isEmpty, gap.count <= 3,
                  gap.allSatisfy({ [",", "and", "or", "the"].contains(lowered[$0]) }),
                  // "in Liberia, the World Food Program said": a comma alone may open an apposition.
                  gap.contains(where: { lowered[$0] == "and" || lowered[$0] == "or" }),
                  !Coordination.opensClause(at: index, after: index - 1, mentions: mentions, tokens: tokens, lowered: lowered) else { continue }
            mentions[index].isPlace = true
        }
    }

    /// "The ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Mali and Niger": the
    /// countries coordinated with the one a sector was composed with take that sector too.
    static func distributeSectorOverGroup(_ mentions: inout [ActorMention], lowered: PaddedArray<String>) {
        for index in mentions.indices where mentions[index].source == .agent && mentions[index].entries.count == 2 {
            let composed = mentions[index]
            guard let code = composed.codes.first, ActorCode.hasCountry(code) else { continue }
            let sector = String(code.dropFirst(3))
            guard !sector.isEmpty, let linker = composed.tokens.first(where: { ["of", "in", "from"].contains(lowered[$0]) }), linker > composed.tokens.lowerBound else { continue }
            var last = composed.tokens.upperBound
            var next = index + 1
            while next < mentions.count {
                let candidate = mentions[next]
                let gap = Range.between(last, candidate.tokens.lowerBound)
                guard candidate.source == .name || candidate.source == .capital, candidate.codes.allSatisfy({ $0.count == 3 }),
                      !gap.isEmpty, gap.count <= 2, gap.allSatisfy({ [",", "and", "or"].contains(lowered[$0]) }) else { break }
                mentions[next].codes = candidate.codes.map { ActorCode.compose($0, sector: sector) }
                mentions[next].isPlace = false
                last = candidate.tokens.upperBound
                next += 1
            }
        }
    }

    /// "Danish media and government": a bare sector joined by "and" to a composed one takes
    /// its country.
    static func distributeCountries(_ mentions: inout [ActorMention], lowered: PaddedArray<String>) {
        for index in mentions.indices.dropFirst() {
            let mention = mentions[index]
            let previous = mentions[index - 1]
            guard mention.source == .agent, mention.codes.allSatisfy({ $0.hasPrefix(ActorCode.unknownCountry) }),
                  previous.source == .agent, let country = previous.codes.first.map(ActorCode.country(of:)), country != ActorCode.unknownCountry,
                  mention.tokens.lowerBound == previous.tokens.upperBound + 1, lowered[previous.tokens.upperBound] == "and" else { continue }
            mentions[index].codes = mention.codes.map { country + $0.dropFirst(3) }
            mentions[index].kind = previous.kind
            mentions[index].entries = previous.entries.prefix(1) + mention.entries
        }
    }

    /// "Armenian and Azerbaijani forces", "Thai and Cambodian troops": a country adjective
    /// joined by "and" or a comma to an adjective + sector takes that sector too.
    static func distributeSectors(_ mentions: inout [ActorMention], lowered: PaddedArray<String>) {
        for index in mentions.indices.dropLast().reversed() {
            let mention = mentions[index]
            let next = mentions[index + 1]
            guard mention.source == .adjective, mention.codes.allSatisfy({ $0.count == 3 }),
                  next.source == .agent, next.tokens.lowerBound == mention.tokens.upperBound + 1,
                  ["and", ",", "or"].contains(lowered[mention.tokens.upperBound]),
                  let sector = next.codes.first.map({ String($0.dropFirst(3)) }), !sector.isEmpty,
                  next.codes.allSatisfy({ ActorCode.hasCountry($0) }) else { continue }
            mentions[index].codes = mention.codes.map { ActorCode.compose($0, sector: sector) }
            mentions[index].kind = next.kind
            mentions[index].entries = mention.entries + next.entries.dropFirst()
        }
    }

    /// Only possessive markers, determiners-free modifiers, between a country and a sector noun.
    static func isModifierGap(_ gap: Range<Int>, tokens: PaddedArray<Token>, lowered: PaddedArray<String>) -> Bool {
        guard gap.count <= 4 else { return false }
        var modifiers = 0
        for i in gap {
            if lowered[i] == "'s" || lowered[i] == "\u{2019}s" || lowered[i] == "'" || lowered[i] == "\u{2019}" {
                guard i == gap.lowerBound else { return false }
                continue
            }
            if lowered[i] == "-" { continue }
            // "Ithilen's awful and evil minister": adjectives joined by "and" after a possessive.
            if lowered[i] == "and" || lowered[i] == ",", i > gap.lowerBound, i + 1 < gap.upperBound,
               ["'s", "\u{2019}s"].contains(lowered[gap.lowerBound]), tokens[i - 1].tag == .adjective, tokens[i + 1].tag == .adjective {
                continue
            }
            guard let tag = tokens[i].tag, modifierTags.contains(tag) else { return false }
            if tag == .verb {
                // Verbs only as participle modifiers after a possessive or hyphen ("Niger's
                // ruling junta", "U.S.-backed forces"), never the verb of a clause ("Mali
                // accused rebels", "a Pentagon official misled Congress").
                guard lowered[i].hasSuffix("ing") || lowered[i].hasSuffix("ed") else { return false }
                guard gap.contains(where: { ["'s", "\u{2019}s", "-"].contains(lowered[$0]) }) else { return false }
            }
            modifiers += 1
        }
        return modifiers <= 3
    }

    /// "of", "from", optionally followed by "the"; "in" too for civilian sectors ("students
    /// in Dhaka" are Bangladeshi; "troops in Mali" need not be Malian).
    static func linksByPreposition(_ gap: Range<Int>, lowered: PaddedArray<String>, sectors: [String] = []) -> Bool {
        guard let first = gap.first else { return false }
        let civilian = !sectors.isEmpty && sectors.allSatisfy { civilianSectors.contains(String($0.prefix(3))) }
        guard lowered[first] == "of" || lowered[first] == "from" || (lowered[first] == "in" && civilian) else { return false }
        return gap.count == 1 || (gap.count == 2 && lowered[first + 1] == "the")
    }

    /// Sectors whose members belong to the place they are in.
    static let civilianSectors: WordSet = ["CVL", "EDU", "LAB", "BUS", "MED", "OPP", "PTY", "REL", "HLH", "AGR", "REF", "ENV", "JUD", "LEG", "ELI", "SET"]

    static func isPlace(before index: Int, lowered: PaddedArray<String>) -> Bool {
        var i = index - 1
        // "in the north of", "in western Uganda", "in central Burkina Faso"
        var skipped = 0
        // "in a Berlin restaurant", "at a State Department facility": a name before the noun.
        while i >= 0, skipped < 2, lowered[i] == "the" || lowered[i] == "a" || lowered[i] == "an" || compassWords.contains(lowered[i]) { i -= 1; skipped += 1 }
        // "east of Port-au-Prince", "north-west of Kyiv": a direction from the place.
        if i >= 1, lowered[i] == "of", compassWords.contains(lowered[i - 1]) { return true }
        return i >= 0 && locatives.contains(lowered[i])
    }

    static let compassWords: WordSet = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
        "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest",
    ]

    /// Proper names (and names joined by "and" or commas) directly after a title.
    static func appositiveNames(after start: Int, before stop: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, codes: [String], title: [String]) -> [ActorMention] {
        var result: [ActorMention] = []
        var i = start
        while i < stop {
            var j = i
            while j < stop, tokens[j].tag == .properNoun, let first = tokens[j].text.unicodeScalars.first, first.properties.isUppercase,
                  !calendarWords.contains(lowered[j]) { j += 1 }
            guard j > i else { break }
            result.append(ActorMention(
                text: text(tokens, i..<j), span: TextSpan(start: tokens[i].span.start, end: tokens[j - 1].span.end),
                tokens: i..<j, codes: codes, source: .apposition, entries: title, kind: .person
            ))
            guard j < stop, lowered[j] == "and" || lowered[j] == "," else { break }
            i = j + 1
            if i < stop, lowered[i] == "and" { i += 1 }
        }
        return result
    }

    /// The original text of a token range, with the spaces it had.
    static func text(_ tokens: PaddedArray<Token>, _ range: Range<Int>) -> String {
        var result = ""
        var previousEnd: Int?
        for token in tokens[range] {
            if let previousEnd, token.span.start > previousEnd { result += " " }
            result += token.text
            previousEnd = token.span.end
        }
        return result
    }
}
