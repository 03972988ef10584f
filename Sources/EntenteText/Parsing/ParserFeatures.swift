import EntenteCore

/// What the parser's features read about one node, hashed once per sentence.
struct ParserToken {
    /// The normalised form (as the tagger normalises it), hashed.
    var word: UInt64
    /// The UPOS column plus 2 (0 is "no node", 1 the root).
    var tag: UInt64
    /// `word` and `tag` mixed together.
    var wordTag: UInt64
    /// The last three letters, hashed: a tag-independent cue for unseen words.
    var suffix: UInt64
    /// The set of tags the word had in training, as bits (0 when rare): what the word can be,
    /// whatever the tagger chose this time.
    var ambiguity: UInt64 = 0

    /// Stands for a node that does not exist (no child, past the end of the buffer).
    static let none = ParserToken(word: FeatureHash.hash("-NONE-"), tag: 0, suffix: FeatureHash.hash("-NONE-"))
    /// The artificial root.
    static let root = ParserToken(word: FeatureHash.hash("-ROOT-"), tag: 1, suffix: FeatureHash.hash("-ROOT-"))

    init(word: UInt64, tag: UInt64, suffix: UInt64) {
        self.word = word
        self.tag = tag
        self.suffix = suffix
        wordTag = FeatureHash.feature(999, word, tag)
    }

    /// The nodes of a sentence: the root, then one per word. `lowered`, the words lower-cased
    /// (one a word), saves lower-casing them again.
    static func nodes(words: [String], tags: [PartOfSpeech], ambiguity: WordTable<UInt32>, lowered: [String]? = nil) -> [ParserToken] {
        var nodes = [ParserToken.root]
        nodes.reserveCapacity(words.count + 1)
        for (index, (word, tag)) in zip(words, tags).enumerated() {
            let normalized = TokenFeatures.normalize(word, lower: lowered.flatMap { index < $0.count ? $0[index] : nil })
            var suffix = FeatureHash.offsetBasis
            for scalar in normalized.unicodeScalars.suffix(3) {
                suffix = (suffix ^ UInt64(scalar.value)) &* FeatureHash.prime
            }
            var token = ParserToken(word: FeatureHash.hash(normalized), tag: UInt64(tag.columnIndex + 2), suffix: suffix)
            token.ambiguity = UInt64(ambiguity[WordKey.of(normalized)] ?? 0) | 1 << 40
            nodes.append(token)
        }
        return nodes
    }
}

/// The feature templates of the parser, in the style of Zhang & Nivre (2011): words and tags
/// of the stack top (S0), its head and grandparent, the first three buffer words (N0–N2),
/// the outermost children of S0 and N0 and their labels, the S0–N0 distance, valencies and
/// label sets, with pairs and triples of these. The move classifier reads them all; the
/// label classifier reads a smaller set about the arc being labeled.
enum ParserFeatures {
    /// Number of move features.
    static let count = 90
    /// Number of label features.
    static let labelCount = 33

    /// The distance between two nodes, bucketed: exact up to 5, then coarser.
    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        switch d {
        case 0...5: return UInt64(d)
        case 6...8: return 6
        case 9...14: return 7
        default: return 8
        }
    }

    @inline(__always)
    private static func f(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        FeatureHash.feature(template, a, b)
    }

    /// Packs up to four small values (tags, labels, distances) into one.
    @inline(__always)
    private static func pack(_ a: UInt64, _ b: UInt64, _ c: UInt64 = 0, _ d: UInt64 = 0) -> UInt64 {
        a | b << 16 | c << 32 | d << 48
    }

    /// Fills `out` (`count` long) with the move features of `state`; its buffer may be empty
    /// (a beam popping the stack), the front then reads as no node.
    @inline(__always)
    static func extract(_ state: ArcEagerState, _ nodes: UnsafeBufferPointer<ParserToken>, into out: UnsafeMutableBufferPointer<UInt64>) {
        let n = state.count
        @inline(__always) func node(_ i: Int) -> ParserToken { i >= 0 && i <= n ? nodes[i] : .none }
        @inline(__always) func label(_ i: Int) -> UInt64 { i >= 0 ? UInt64(state.labels[i] + 1) : 0 }
        @inline(__always) func at(_ array: [Int32], _ i: Int) -> Int { i >= 0 ? Int(array[i]) : -1 }

        let s0i = state.top
        let n0i = state.front
        let s1i = state.stack.count >= 2 ? Int(state.stack[state.stack.count - 2]) : -1
        let s0hi = at(state.heads, s0i)
        let s0h2i = at(state.heads, s0hi)
        let s0li = at(state.leftmost, s0i), s0l2i = at(state.leftmost2, s0i)
        let s0ri = at(state.rightmost, s0i), s0r2i = at(state.rightmost2, s0i)
        let n0li = at(state.leftmost, n0i), n0l2i = at(state.leftmost2, n0i)

        let s0 = node(s0i), n0 = node(n0i), n1 = node(n0i + 1), n2 = node(n0i + 2), s1 = node(s1i)
        let s0h = node(s0hi), s0h2 = node(s0h2i)
        let s0l = node(s0li), s0l2 = node(s0l2i), s0r = node(s0ri), s0r2 = node(s0r2i)
        let n0l = node(n0li), n0l2 = node(n0l2i)
        let d = s0i == 0 ? 15 : distance(s0i, n0i)
        let s0vl = UInt64(state.leftCount[s0i]), s0vr = UInt64(state.rightCount[s0i]), n0vl = UInt64(state.leftCount[n0i])
        let s0sl = state.leftLabels[s0i], s0sr = state.rightLabels[s0i], n0sl = state.leftLabels[n0i]

        var i = 0
        @inline(__always) func put(_ value: UInt64) { out[i] = value; i += 1 }
        // Single words.
        put(f(0, 1))
        put(f(1, s0.wordTag)); put(f(2, s0.word)); put(f(3, s0.tag))
        put(f(4, n0.wordTag)); put(f(5, n0.word)); put(f(6, n0.tag))
        put(f(7, n1.wordTag)); put(f(8, n1.word)); put(f(9, n1.tag))
        put(f(10, n2.wordTag)); put(f(11, n2.word)); put(f(12, n2.tag))
        // Word pairs.
        put(f(13, s0.wordTag, n0.wordTag)); put(f(14, s0.wordTag, n0.word)); put(f(15, s0.word, n0.wordTag))
        put(f(16, s0.wordTag, n0.tag)); put(f(17, s0.tag, n0.wordTag)); put(f(18, s0.word, n0.word))
        put(f(19, pack(s0.tag, n0.tag))); put(f(20, pack(n0.tag, n1.tag)))
        // Three words.
        put(f(21, pack(n0.tag, n1.tag, n2.tag))); put(f(22, pack(s0.tag, n0.tag, n1.tag)))
        put(f(23, pack(s0h.tag, s0.tag, n0.tag))); put(f(24, pack(s0.tag, s0l.tag, n0.tag)))
        put(f(25, pack(s0.tag, s0r.tag, n0.tag))); put(f(26, pack(s0.tag, n0.tag, n0l.tag)))
        // Distance.
        put(f(27, s0.word, d)); put(f(28, s0.tag, d)); put(f(29, n0.word, d)); put(f(30, n0.tag, d))
        put(f(31, s0.word, n0.word ^ d)); put(f(32, pack(s0.tag, n0.tag, d)))
        // Valency.
        put(f(33, s0.word, s0vr)); put(f(34, pack(s0.tag, s0vr))); put(f(35, s0.word, s0vl))
        put(f(36, pack(s0.tag, s0vl))); put(f(37, n0.word, n0vl)); put(f(38, pack(n0.tag, n0vl)))
        // Unigrams of heads and children.
        put(f(39, s0h.word)); put(f(40, s0h.tag)); put(f(41, label(s0i)))
        put(f(42, s0l.word)); put(f(43, s0l.tag)); put(f(44, label(s0li)))
        put(f(45, s0r.word)); put(f(46, s0r.tag)); put(f(47, label(s0ri)))
        put(f(48, n0l.word)); put(f(49, n0l.tag)); put(f(50, label(n0li)))
        // Third order.
        put(f(51, s0h2.word)); put(f(52, s0h2.tag)); put(f(53, label(s0hi)))
        put(f(54, s0l2.word)); put(f(55, s0l2.tag)); put(f(56, label(s0l2i)))
        put(f(57, s0r2.word)); put(f(58, s0r2.tag)); put(f(59, label(s0r2i)))
        put(f(60, n0l2.word)); put(f(61, n0l2.tag)); put(f(62, label(n0l2i)))
        put(f(63, pack(s0.tag, s0l.tag, s0l2.tag))); put(f(64, pack(s0.tag, s0r.tag, s0r2.tag)))
        put(f(65, pack(s0.tag, s0h.tag, s0h2.tag))); put(f(66, pack(n0.tag, n0l.tag, n0l2.tag)))
        // Label sets.
        put(f(67, s0.word, s0sr)); put(f(68, s0.tag, s0sr)); put(f(69, s0.word, s0sl))
        put(f(70, s0.tag, s0sl)); put(f(71, n0.word, n0sl)); put(f(72, n0.tag, n0sl))
        // Beyond Zhang & Nivre: the second stack node, suffixes, labels with tags.
        put(f(73, s1.wordTag)); put(f(74, pack(s1.tag, s0.tag, n0.tag)))
        put(f(75, n0.suffix, n0.tag)); put(f(76, s0.suffix, s0.tag))
        put(f(77, pack(s0.tag, label(s0i), n0.tag))); put(f(78, pack(s0.tag, label(s0li), label(s0ri), n0.tag)))
        put(f(79, pack(n0.tag, label(n0li), n1.tag))); put(f(80, n0.wordTag, n1.tag))
        put(f(81, pack(s1.tag, label(s1i), s0.tag, label(s0i))))
        put(f(82, n0.ambiguity)); put(f(83, s0.ambiguity)); put(f(84, n1.ambiguity))
        put(f(85, n0.ambiguity, n0.tag)); put(f(86, s0.ambiguity, n0.ambiguity)); put(f(87, s0.tag, n0.ambiguity))
        put(f(88, n0.suffix)); put(f(89, n1.suffix, n1.tag))
    }

    /// Fills `out` (`labelCount` long) with the features for labeling the arc `move` (left or
    /// right) would add in `state`.
    @inline(__always)
    static func extractLabel(_ state: ArcEagerState, _ move: ArcEagerState.Move, _ nodes: UnsafeBufferPointer<ParserToken>, into out: UnsafeMutableBufferPointer<UInt64>) {
        let n = state.count
        @inline(__always) func node(_ i: Int) -> ParserToken { i >= 0 && i <= n ? nodes[i] : .none }
        @inline(__always) func label(_ i: Int) -> UInt64 { i >= 0 ? UInt64(state.labels[i] + 1) : 0 }
        let isLeft = move == .left
        let hi = isLeft ? state.front : state.top
        let di = isLeft ? state.top : state.front
        let dir: UInt64 = isLeft ? 1 : 2
        let h = node(hi), dep = node(di)
        let hh = node(hi >= 0 ? Int(state.heads[hi]) : -1)
        let dl = node(Int(state.leftmost[di])), dr = node(Int(state.rightmost[di]))
        let hl = node(Int(state.leftmost[hi])), hr = node(Int(state.rightmost[hi]))
        let dist = hi == 0 ? 15 : distance(hi, di)
        let dPrev = node(di - 1), dNext = node(di + 1)
        let hPrev = hi == 0 ? ParserToken.none : node(hi - 1), hNext = node(hi + 1)
        let n1 = node(state.front + 1)

        var i = 0
        @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) {
            out[i] = f(template &+ 100 &* dir, a, b)
            i += 1
        }
        put(200, 1)
        put(201, h.wordTag); put(202, h.word); put(203, h.tag)
        put(204, dep.wordTag); put(205, dep.word); put(206, dep.tag)
        put(207, h.wordTag, dep.wordTag); put(208, h.word, dep.tag); put(209, h.tag, dep.word)
        put(210, pack(h.tag, dep.tag)); put(211, pack(h.tag, dep.tag, dist)); put(212, dep.word, dist)
        put(213, pack(h.tag, dep.tag, hh.tag)); put(214, pack(h.tag, dep.tag, label(hi)))
        put(215, pack(dep.tag, dl.tag, dr.tag)); put(216, pack(dep.tag, label(Int(state.leftmost[di])), label(Int(state.rightmost[di]))))
        put(217, pack(h.tag, dep.tag), state.leftLabels[hi]); put(218, pack(h.tag, dep.tag), state.rightLabels[hi])
        put(219, pack(dep.tag, dep.tag), state.leftLabels[di] ^ state.rightLabels[di] << 1)
        put(220, pack(dep.tag, dPrev.tag, dNext.tag)); put(221, pack(h.tag, hPrev.tag, hNext.tag))
        put(222, pack(h.tag, dep.tag, n1.tag)); put(223, dep.suffix, dep.tag); put(224, h.suffix, h.tag)
        put(225, pack(h.tag, dep.tag, hl.tag, hr.tag)); put(226, dep.wordTag, h.tag)
        put(227, dep.word, dl.word); put(228, pack(dep.tag, dPrev.tag), dPrev.word); put(229, h.word, hh.tag)
        put(230, dep.ambiguity); put(231, h.ambiguity, dep.ambiguity); put(232, dep.ambiguity, h.tag)
    }
}
