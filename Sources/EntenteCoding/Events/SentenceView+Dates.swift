import EntenteCore

extension SentenceView {
    /// Prepositions that lead a date phrase: "on Thursday", "in March", "during 2019".
    static let datePrepositions: WordSet = ["on", "in", "during", "since", "until", "by", "at"]

    /// Where a date phrase that starts (reading right, `step` 1) or ends (reading left, `step`
    /// -1) at `position` stops: the position past it, or nil when none is there.
    ///
    /// News puts the day between a verb and what it governs ("declined *on Thursday* to
    /// comment", "expelled *last week* the ambassador of …"); the date says when the act was
    /// done, not what was done, so a pattern reads past it as past an adverb. Only a date the
    /// resolver found counts, with the one preposition before it.
    func datePhraseEnd(from position: Int, step: Int) -> Int? {
        guard !sentence.dates.isEmpty else { return nil }
        let leadsDate = SentenceView.datePrepositions.contains(key: keys[position])
        for date in sentence.dates {
            if step > 0 {
                if date.tokens.lowerBound == position || leadsDate && date.tokens.lowerBound == position + 1 {
                    return date.tokens.upperBound
                }
            } else if date.tokens.upperBound - 1 == position {
                let before = date.tokens.lowerBound - 1
                return before >= 0 && SentenceView.datePrepositions.contains(key: keys[before]) ? before - 1 : before
            }
        }
        return nil
    }
}
