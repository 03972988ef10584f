import EntenteCore

/// "Lebanon's Prime Minister Hassan Diab": a one-word name the dictionary knows as a person
/// ("Hassan", a Jordanian cleric in Phoenix's list) followed by a capitalised name it does not
/// know is someone else's first name, as "Jimmy Panetta" is not Leon Panetta. Left unmatched,
/// the title before it codes the mention ("Lebanon's Prime Minister" → `LBNGOV`).
extension ActorMatcher {
    /// Whether the one-word person match at `i` is the first name of someone the dictionaries
    /// do not know: the next token is a capitalised proper noun (not a title, an initial or a
    /// day or month) where no actor or sector phrase starts.
    static func isFirstNameOfSomeoneElse(_ i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, keys: PaddedArray<UInt64>,
                                         dictionary: ActorDictionary) -> Bool {
        let next = i + 1
        guard next < tokens.count, isUnknownFirstName(next, tokens: tokens, lowered: lowered),
              !calendarWords.contains(lowered[next]) else { return false }
        return dictionary.actors.longestMatch(in: tokens, keys: keys, from: next) == nil
            && dictionary.agents.longestMatch(in: tokens, keys: keys, from: next) == nil
    }
}
