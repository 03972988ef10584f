import EntenteCore
import EntenteText

/// A pattern's words before its trigger name what acts: "*rescue teams* arrived" (073),
/// "*police officers* landed" (074). The subject's head noun is often not next to the verb:
/// "Rescue **teams** from Colombia, Mexico and Venezuela arrived in Ecuador", "The first 400
/// Kenyan police **officers** of a UN-backed mission landed". When the words are not found
/// right before the trigger, they are looked for further back in the trigger's clause, up to
/// the subject's modifiers ("from …", "of …", "carrying …", "planted by …") but not past another
/// verb.
extension PatternMatcher {
    /// How far back, in tokens (hyphens not counted), a subject's head noun is looked for.
    static let subjectHeadReach = 8

    /// The position of a head noun (no noun right after it) matching `words` before `start`
    /// (going left, not below `limit`),
    /// with no verb between it and the trigger other than an "-ing" form ("Planes *carrying*
    /// medical supplies landed"): nil if none.
    static func subjectHead(_ words: WordSet, before start: Int, limit: Int, view: SentenceView) -> Int? {
        var k = start
        var counted = 0
        while k >= limit, counted < subjectHeadReach {
            // A head noun, not a modifier of the next one ("aid workers": workers).
            if view.tokens[k].tag == .noun, view.tokens[k + 1].tag != .noun,
               words.contains(key: view.lemmaKeys[k]) || words.contains(key: view.keys[k]), !isInNamesComplement(k, view: view) { return k }
            // "a UN*-backed* mission": the second half of a hyphenated modifier is no verb; nor
            // is a reduced passive's participle ("a roadside bomb *planted* by al-Shabaab").
            if view.tokens[k].tag == .verb, !view.lowered[k].hasSuffix("ing"), view.lowered[k - 1] != "-", view.lowered[k + 1] != "by" { return nil }
            // Only a noun phrase's own words lie between: no pronoun, auxiliary or
            // subordinator ("the teams *that* had arrived").
            if let tag = view.tokens[k].tag, [.pronoun, .auxiliary, .subordinatingConjunction].contains(tag) || view.lowered[k] == "that" { return nil }
            // "Rescue teams from Spain, Britain, Qatar and the United Arab Emirates": a list of
            // actors is one modifier however long; each name counts once, and the commas and
            // "and" between names not at all.
            if let mention = view.mentionEnding[k], view.mentions[mention].tokens.lowerBound < k {
                // "Troops from Chad, Niger and Benin": the head may be the first name's own noun
                // (a sector noun's, not a name's: "the Organisation for the Prohibition of
                // Chemical *Weapons*" names no weapons).
                if view.mentions[mention].source != .name, let head = view.mentions[mention].tokens.reversed().first(where: { i in
                    i >= limit && view.tokens[i].tag == .noun && view.tokens[i + 1].tag != .noun
                        && (words.contains(key: view.lemmaKeys[i]) || words.contains(key: view.keys[i]))
                }) { return head }
                counted += 1
                k = max(view.mentions[mention].tokens.lowerBound, limit) - 1
                continue
            }
            if k > limit, view.mentionEnding[k - 1] != nil, [",", "and", "or"].contains(view.lowered[k]) {
                k -= 1
                continue
            }
            // Hyphens split one word ("UN-backed") into three tokens; they do not count.
            if view.lowered[k] != "-" { counted += 1 }
            k -= 1
        }
        return nil
    }
}
