import EntenteCore

/// "A truce between the Saudi-led coalition and Yemen's Houthi movement", "the first summit
/// between a sitting U.S. president and a North Korean leader": the two sides named after
/// "between" when they are not one coordination group (words other than "and" join them to
/// their nouns: "-led coalition", "sitting").
extension Roles {
    /// The first actor (not a place) within three tokens after a "between" that stands within
    /// three tokens after the trigger, and the first actor within three tokens after the next
    /// "and", at most six tokens past the first actor; both with a country and not the same.
    static func betweenPair(after trigger: Int, view: SentenceView) -> (Int, Int)? {
        guard let between = Range.between(trigger + 1, min(view.tokens.count, trigger + 4)).first(where: { view.lowered[$0] == "between" }) else { return nil }
        func actor(startingWithin range: Range<Int>) -> Int? {
            view.mentions.indices.first { m in
                range.contains(view.mentions[m].tokens.lowerBound) && !view.mentions[m].isPlace
                    && view.mentions[m].codes.contains(where: ActorCode.hasCountry)
            }
        }
        guard let first = actor(startingWithin: between + 1..<between + 4) else { return nil }
        let afterFirst = view.mentions[first].tokens.upperBound
        guard let and = Range.between(afterFirst, min(view.tokens.count, afterFirst + 6)).first(where: { view.lowered[$0] == "and" }),
              // No verb between, save the second half of a compound ("Saudi-*led*").
              Range.between(afterFirst, and).allSatisfy({ (view.tokens[$0].tag != .verb || view.lowered[$0 - 1] == "-") && view.lowered[$0] != "," }),
              let second = actor(startingWithin: and + 1..<and + 4),
              Set(view.mentions[first].codes) != Set(view.mentions[second].codes) else { return nil }
        return (first, second)
    }
}
