/// Abbreviations that keep their period in news English, in lower case without the period.
enum Abbreviations {
    /// Titles and words that stand before a name or number and so never end a sentence.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "cdr", "brig", "cpl", "pvt", "gov", "sen", "rep", "rev", "st",
        "ste", "mt", "ft", "pres", "supt", "insp", "amb", "hon", "fr", "sr", "no", "nos", "vs", "v",
        "gens", "sens", "reps", "govs", "fig", "pp", "vol", "art", "para", "sec", "ch",
    ]

    /// Month abbreviations: they end a sentence only when no day number follows.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that may end a sentence ("… Ltd. The company said").
    static let mayBeFinal: Set<String> = [
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "etc", "al", "approx", "dept",
        "est", "govt", "assn", "univ", "ave", "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n",
        "u.k", "e.u", "d.c", "u.s.a",
    ]

    /// Capitalised words that typically open a sentence, used to decide whether a period
    /// after an abbreviation such as "U.S." also ends the sentence.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when",
        "while", "after", "before", "since", "there", "his", "her", "its", "their", "our", "my",
        "meanwhile", "however", "now", "then", "still", "also", "both", "some", "many", "most",
        "officials", "president", "despite", "although", "though", "amid", "according", "last",
        "earlier", "later", "on", "during", "what", "who", "why", "how", "where", "no", "one",
    ]

    /// Whether `word` (without its final period) keeps a period in a token: a known
    /// abbreviation, a single-letter initial, or a dotted acronym such as "U.S".
    static func keepsPeriod(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        if word.count == 1 { return ScalarClass.isLetter(first) }
        if isDottedAcronym(word) { return true }
        let lower = word.map { ScalarClass.lowercased($0) }.joined()
        return neverFinal.contains(lower) || months.contains(lower) || mayBeFinal.contains(lower)
    }

    /// "U.S", "U.N", "a.m": letters separated by single periods.
    static func isDottedAcronym(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 3 else { return false }
        var expectLetter = true
        for s in word {
            if expectLetter {
                guard ScalarClass.isLetter(s) else { return false }
            } else {
                guard s == "." else { return false }
            }
            expectLetter.toggle()
        }
        return !expectLetter
    }
}
