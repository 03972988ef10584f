import EntenteCore

/// CAMEO tells a killing of many (202, "engage in mass killings") from an attack that kills
/// (18x, 19x) by its toll, which a pattern cannot weigh: "killed hundreds of civilians",
/// "massacred more than 100 villagers", "killed at least 1,000 people" are 202.
enum MassKillings {
    /// Verbs whose object is who was killed.
    static let killingVerbs: WordSet = ["kill", "murder", "slay", "slaughter", "massacre", "execute", "butcher"]

    /// Words of a toll in the hundreds or more ("hundreds of", "tens of thousands of").
    static let largeTollWords: WordSet = ["hundreds", "thousands", "millions"]

    /// The smallest toll written as a number that makes a mass killing.
    static let smallestToll = 100

    /// Words that may stand between the verb and its toll: "at least", "more than", "about",
    /// "tens of" (thousands).
    static let approximations: WordSet = ["at", "least", "more", "than", "over", "about", "around", "some", "nearly", "almost", "up", "to", "an", "estimated", "as", "many", "roughly", "tens", "of"]

    /// 202 for a killing verb of root 18 or 19 whose object starts with a toll of a hundred
    /// or more (within six tokens), else the code unchanged.
    static func code(_ code: String, trigger: Int, view: SentenceView) -> String {
        guard code.hasPrefix("18") || code.hasPrefix("19"), killingVerbs.contains(key: view.lemmaKeys[trigger]) else { return code }
        var i = trigger + 1
        while i < view.tokens.count, i <= trigger + 6 {
            if largeTollWords.contains(key: view.keys[i]) { return "202" }
            if let toll = Int(view.lowered[i].replacingOccurrences(of: ",", with: "")) { return toll >= smallestToll ? "202" : code }
            guard approximations.contains(key: view.keys[i]) else { return code }
            i += 1
        }
        return code
    }
}
