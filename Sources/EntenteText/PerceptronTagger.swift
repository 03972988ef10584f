import EntenteCore

/// Tags tokens with UPOS tags and lemmas using a greedy averaged-perceptron model.
public enum PerceptronTagger {
    /// Sets `tag` and `lemma` on every token; `lowered`, the tokens' texts in lower case, may
    /// be passed when the caller has them already.
    /// `keys`, the `WordKey`s of `lowered`, may be passed too.
    public static func tag(_ tokens: inout [Token], lowered: [String]? = nil, keys: [UInt64]? = nil, model: TaggerModel) {
        tag(&tokens, lowered: lowered.map { PaddedArray(words: $0) }, keys: keys.map { PaddedArray(keys: $0) }, model: model)
    }

    /// As ``tag(_:lowered:keys:model:)``, with the words and keys padded as the analyzer
    /// keeps them.
    public static func tag(_ tokens: inout [Token], lowered: PaddedArray<String>?, keys: PaddedArray<UInt64>?, model: TaggerModel) {
        let columns = predict(tokens.map(\.text), lowered: lowered, keys: keys, model: model)
        for index in tokens.indices {
            let tag = model.tags[columns[index]]
            tokens[index].tag = tag
            tokens[index].lemma = model.lemmas.lemma(of: tokens[index].text, lower: lowered?[index], lowerKey: keys?[index], tag: tag)
        }
    }

    /// The UPOS tags of `words` (already tokenized), as the parser wants them.
    public static func tags(of words: [String], model: TaggerModel) -> [PartOfSpeech] {
        predict(words, model: model).map { model.tags[$0] }
    }

    /// The tag columns of `words`, left to right, each choice feeding the next.
    static func predict(_ words: [String], model: TaggerModel) -> [Int] {
        predict(words, lowered: nil, keys: nil, model: model)
    }

    /// As ``predict(_:model:)``, with the lower-cased words and their keys at hand.
    static func predict(_ words: [String], lowered: PaddedArray<String>?, keys: PaddedArray<UInt64>?, model: TaggerModel) -> [Int] {
        let padded = FeatureTemplates.pad(words, lowered: lowered, keys: keys, ambiguity: model.ambiguityTable)
        let tagCount = model.tags.count
        let startTag = tagCount
        var previous = startTag
        var beforePrevious = startTag + 1
        var result = [Int](repeating: 0, count: words.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureTemplates.count) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: tagCount) { scores in
                for i in 0..<words.count {
                    let choice: Int
                    if let fixed = model.fixedTags[padded[i + 2].key] {
                        choice = Int(fixed)
                    } else {
                        let token = padded[i + 2]
                        if let row = model.wordRows[token.key] {
                            // A frequent word: its word-only features are summed already (the
                            // cache holds no number classes, so its form is the lower-cased one).
                            let base = Int(row) * tagCount
                            for t in 0..<tagCount { scores[t] = model.wordWeights[base + t] }
                            FeatureTemplates.extractContext(padded, i + 2, previous: previous, beforePrevious: beforePrevious, into: features)
                            model.table.accumulate(UnsafeBufferPointer(rebasing: features[0..<(FeatureTemplates.count - FeatureTemplates.wordOnlyCount)]), into: scores)
                        } else {
                            FeatureTemplates.extract(padded, i + 2, previous: previous, beforePrevious: beforePrevious, into: features)
                            for t in 0..<tagCount { scores[t] = 0 }
                            model.table.accumulate(UnsafeBufferPointer(features), into: scores)
                        }
                        var best = 0
                        for t in 1..<tagCount where scores[t] > scores[best] { best = t }
                        choice = best
                    }
                    result[i] = choice
                    beforePrevious = previous
                    previous = choice
                }
            }
        }
        return result
    }
}
