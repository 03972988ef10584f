import EntenteCore

/// Lemmas: what the treebank taught, then a hand-written list of irregular verbs and nouns,
/// then suffix rules for words never seen.
public struct LemmaTable: Sendable {
    /// A lower-cased form with its tag.
    public struct Key: Hashable, Sendable {
        /// The lower-cased word form.
        public var form: String
        /// Its part of speech.
        public var tag: PartOfSpeech
    }

    /// Lemmas learned from training data, only where they differ from the lower-cased form.
    let learned: [Key: String]
    /// `learned`, keyed for lookups per token (`tableKey`).
    let learnedTable: WordTable<String>
    /// Verb lemmas known to exist: those the treebank taught and the irregular verbs. The
    /// suffix rules check a stem against them ("blamed" → "blame", not "blam").
    let knownVerbs: WordSet

    /// Creates a table from learned lemmas.
    public init(learned: [Key: String]) {
        self.learned = learned
        var table = WordTable<String>()
        for (key, lemma) in learned { table[LemmaTable.tableKey(key.form, key.tag)] = lemma }
        learnedTable = table
        var verbs = Set(IrregularForms.verbs.values)
        for (key, lemma) in learned where key.tag == .verb || key.tag == .auxiliary { verbs.insert(lemma) }
        knownVerbs = WordSet(verbs)
    }

    static func tableKey(_ form: String, _ tag: PartOfSpeech) -> UInt64 {
        WordKey.combine(WordKey.of(form), tagKeys[tag.columnIndex])
    }

    /// The key of each tag's name, by `PartOfSpeech.allCases` order.
    static let tagKeys: [UInt64] = PartOfSpeech.allCases.map { WordKey.of($0.rawValue) }

    /// The lemma of `word` read as `tag`: proper nouns keep their form; other words are lower-cased.
    /// `lowerKey`, the `WordKey` of the lower-cased word, saves hashing it again.
    public func lemma(of word: String, lower given: String? = nil, lowerKey: UInt64? = nil, tag: PartOfSpeech) -> String {
        if tag == .properNoun || tag == .punctuation || tag == .numeral || tag == .symbol { return word }
        let lower = given ?? word.lowercased()
        let key = given == nil ? WordKey.of(lower) : lowerKey ?? WordKey.of(lower)
        if let known = learnedTable[WordKey.combine(key, LemmaTable.tagKeys[tag.columnIndex])] { return known }
        switch tag {
        case .verb, .auxiliary:
            if let irregular = IrregularForms.verbTable[key] { return irregular }
            return LemmaRules.verb(lower, isKnown: { knownVerbs.contains($0) })
        case .noun:
            if let irregular = IrregularForms.nounTable[key] { return irregular }
            return LemmaRules.noun(lower)
        case .adjective:
            return lower
        default:
            return lower
        }
    }
}

/// Suffix rules for regular English inflection.
enum LemmaRules {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// "accused" → "accuse", "expelled" → "expel", "stationed" → "station", "cutting" → "cut".
    static func verb(_ word: String, isKnown: (String) -> Bool) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ied"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for (suffix, length) in [("ing", 3), ("ed", 2)] where word.hasSuffix(suffix) && word.count > length + 2 {
            let stem = String(word.dropLast(length))
            return restore(stem, isKnown: isKnown)
        }
        if word.hasSuffix("es"), word.count > 3 {
            let stem = String(word.dropLast(2))
            // "passes", "fixes", "watches", "pushes", "goes" lose "es"; "imposes", "seizes" only "s".
            if isKnown(stem) || ["ss", "x", "zz", "ch", "sh", "o"].contains(where: { stem.hasSuffix($0) }) { return stem }
            return String(word.dropLast())
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 2 { return String(word.dropLast()) }
        return word
    }

    /// Puts back what "-ed"/"-ing" took: a final e, or undoes a doubled consonant.
    static func restore(_ stem: String, isKnown: (String) -> Bool) -> String {
        if isKnown(stem) { return stem }
        if isKnown(stem + "e") { return stem + "e" }
        let chars = Array(stem)
        guard let last = chars.last, chars.count >= 2 else { return stem }
        let beforeLast = chars[chars.count - 2]
        if last == beforeLast, !vowels.contains(last), chars.count >= 3 { return String(chars.dropLast()) }
        if ["v", "u", "c", "z"].contains(last) { return stem + "e" }
        // "mediated", "examined", "secured", "required": stems of "-ate", "-ine", "-ure" and
        // "-ire" verbs; "defeated", "gained", "repaired" keep theirs (a vowel before).
        if chars.count >= 4, ["t", "n", "r"].contains(last), ["a", "i", "u"].contains(beforeLast) {
            let third = chars[chars.count - 3]
            let keeps: Bool
            switch (beforeLast, last) {
            case ("a", "t"): keeps = third == "e" || third == "o"
            case ("i", "n"): keeps = vowels.contains(third)
            case ("u", "r"): keeps = vowels.contains(third) || third == "r"
            case ("i", "r"): keeps = ["a", "e", "o"].contains(third)
            default: keeps = true
            }
            if !keeps { return stem + "e" }
        }
        if last == "s", vowels.contains(beforeLast) { return stem + "e" }
        // "resumed", "assumed", "consumed": "-ume" verbs.
        if last == "m", beforeLast == "u" { return stem + "e" }
        if last == "l", ["b", "p", "t", "d", "g", "k", "c", "f", "z"].contains(beforeLast) { return stem + "e" }
        if chars.count <= 3, !vowels.contains(last), vowels.contains(beforeLast), last != "w", last != "x", last != "y" {
            return stem + "e"
        }
        return stem
    }

    /// "ties" → "tie", "countries" → "country", "troops" → "troop", "buses" → "bus", "vetoes" → "veto".
    static func noun(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ies") { return String(word.dropLast()) }
        // "vetoes", "embargoes", "heroes" (a consonant before "-oes"; "shoes", "canoes" are rare in news).
        if word.hasSuffix("oes"), word.count > 5, let consonant = word.dropLast(3).last, !vowels.contains(consonant) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("zes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 2 {
            return String(word.dropLast())
        }
        return word
    }
}
