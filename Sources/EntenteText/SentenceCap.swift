import EntenteCore

extension SentenceSplitter {
    /// The most tokens a sentence may have; a longer run of text is cut into pieces of at
    /// most this many.
    ///
    /// Some of the coder's rules look across the whole sentence for each trigger, so a
    /// sentence's cost grows with the square of its length. News sentences rarely pass 80
    /// tokens; text with no sentence end at all (a table, a list, a scraped page run
    /// together) could otherwise cost minutes a megabyte. With the cap, cost is linear in
    /// input size.
    public static let maximumTokens = 400

    /// Where to cut a sentence of `tokens` into pieces of at most `limit` tokens: after the
    /// last semicolon, else colon, else comma, in the second half of each piece; before a
    /// coordinating "and", "but" or "or" there; else after exactly `limit` tokens.
    /// One range, the whole sentence, when it is short enough.
    public static func pieces(of tokens: [Token], limit: Int = maximumTokens) -> [Range<Int>] {
        let limit = max(limit, 2)
        guard tokens.count > limit else { return [0..<tokens.count] }
        var result: [Range<Int>] = []
        var start = 0
        while tokens.count - start > limit {
            let end = bestCut(tokens, from: start, limit: limit)
            result.append(start..<end)
            start = end
        }
        result.append(start..<tokens.count)
        return result
    }

    /// The end of the piece starting at `start`.
    static func bestCut(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        let window = (start + limit / 2)..<(start + limit)
        // Cut after the strongest punctuation, the last of its kind in the window.
        for mark in [";", ":", ",", "\u{2014}", "-"] {
            if let found = window.last(where: { tokens[$0].text == mark }) { return found + 1 }
        }
        if let found = window.last(where: { ["and", "but", "or"].contains(tokens[$0].text.lowercased()) }), found > start {
            return found
        }
        return start + limit
    }
}
