import EntenteCore

/// The tagger's feature templates: the token, its affixes and shape, its neighbours within
/// two places, and the two tags already chosen to its left.
enum FeatureTemplates {
    static let count = 29

    /// Fills `out` with the features of position `i` of `tokens`, which is padded with two
    /// start entries and two end entries: the word-only ones, then the context ones.
    @inline(__always)
    static func extract(_ tokens: [TokenFeatures], _ i: Int, previous: Int, beforePrevious: Int, into out: UnsafeMutableBufferPointer<UInt64>) {
        extractWordOnly(tokens[i], into: UnsafeMutableBufferPointer(rebasing: out[0..<wordOnlyCount]))
        extractContext(tokens, i, previous: previous, beforePrevious: beforePrevious, into: UnsafeMutableBufferPointer(rebasing: out[wordOnlyCount..<count]))
    }

    /// The templates that depend only on the token's lower-cased form (not on its case, its
    /// neighbours or the tags chosen): their summed weights can be computed once per word.
    static let wordOnlyCount = 10

    /// Fills `out` with the word-only features of `w` (bias, word, affixes, ambiguity class).
    @inline(__always)
    static func extractWordOnly(_ w: TokenFeatures, into out: UnsafeMutableBufferPointer<UInt64>) {
        out[0] = FeatureHash.feature(0, 1)
        out[1] = FeatureHash.feature(1, w.word)
        out[2] = FeatureHash.feature(2, w.suffix3)
        out[3] = FeatureHash.feature(3, w.suffix2)
        out[4] = FeatureHash.feature(4, w.suffix4)
        out[5] = FeatureHash.feature(5, w.prefix1)
        out[6] = FeatureHash.feature(6, w.prefix3)
        out[7] = FeatureHash.feature(21, w.suffix1)
        out[8] = FeatureHash.feature(23, w.ambiguity)
        out[9] = FeatureHash.feature(28, w.ambiguity, w.suffix3)
    }

    /// Fills `out` with the other features of position `i`: the shape, the neighbours and the
    /// tags already chosen (`count - wordOnlyCount` of them).
    @inline(__always)
    static func extractContext(_ tokens: [TokenFeatures], _ i: Int, previous: Int, beforePrevious: Int, into out: UnsafeMutableBufferPointer<UInt64>) {
        let w = tokens[i]
        let p = tokens[i - 1]
        let pp = tokens[i - 2]
        let n = tokens[i + 1]
        let nn = tokens[i + 2]
        let t1 = UInt64(previous)
        let t2 = UInt64(beforePrevious)
        out[0] = FeatureHash.feature(7, w.shape)
        out[1] = FeatureHash.feature(8, t1)
        out[2] = FeatureHash.feature(9, t2)
        out[3] = FeatureHash.feature(10, t1, t2 &+ 100)
        out[4] = FeatureHash.feature(11, t1, w.word)
        out[5] = FeatureHash.feature(12, p.word)
        out[6] = FeatureHash.feature(13, p.suffix3)
        out[7] = FeatureHash.feature(14, pp.word)
        out[8] = FeatureHash.feature(15, n.word)
        out[9] = FeatureHash.feature(16, n.suffix3)
        out[10] = FeatureHash.feature(17, nn.word)
        out[11] = FeatureHash.feature(18, n.shape)
        out[12] = FeatureHash.feature(19, p.word, w.word)
        out[13] = FeatureHash.feature(20, w.word, n.word)
        out[14] = FeatureHash.feature(22, t1, n.word)
        out[15] = FeatureHash.feature(24, n.ambiguity)
        out[16] = FeatureHash.feature(25, w.ambiguity, n.ambiguity)
        out[17] = FeatureHash.feature(26, nn.ambiguity)
        out[18] = FeatureHash.feature(27, t1, w.ambiguity)
    }

    /// The padded feature list of a sentence.
    static func pad(_ words: [String], lowered: [String]? = nil, ambiguity: WordTable<UInt32>) -> [TokenFeatures] {
        pad(words, lowered: lowered.map { PaddedArray(words: $0) }, keys: nil, ambiguity: ambiguity)
    }

    /// As ``pad(_:lowered:ambiguity:)``, with the lower-cased words and their keys at hand.
    static func pad(_ words: [String], lowered: PaddedArray<String>?, keys: PaddedArray<UInt64>?, ambiguity: WordTable<UInt32>) -> [TokenFeatures] {
        var result: [TokenFeatures] = [.start, .start]
        result.reserveCapacity(words.count + 4)
        for (index, word) in words.enumerated() {
            var features = TokenFeatures(word, lower: lowered?[index], lowerKey: keys?[index])
            features.ambiguity = UInt64(ambiguity[features.key] ?? 0) | 1 << 40
            result.append(features)
        }
        result.append(.end)
        result.append(.end)
        return result
    }
}
