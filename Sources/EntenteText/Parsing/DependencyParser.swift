import EntenteCore

/// Parses a tagged sentence into a labeled dependency tree with arc-eager moves, each scored
/// by the averaged-perceptron move classifier and, for arcs, labeled by the label classifier:
/// greedily (one move at a time, linear in the sentence length, nothing allocated per move) or
/// with a beam (``BeamSearch``), as wide as the model was trained for.
public enum DependencyParser {
    /// Sentences longer than this are parsed greedily whatever the beam: a beam copies its
    /// states, which costs time quadratic in the length, and such "sentences" are mostly lists
    /// and run-on text where the beam gains little.
    static let longestBeamSentence = 200

    /// The tree of `words`, given their UPOS tags (the tagger's predictions at run time),
    /// decoded with the model's own beam width. Both arrays have one entry a word; an empty
    /// sentence gives an empty tree.
    public static func parse(words: [String], tags: [PartOfSpeech], model: ParserModel) -> DependencyTree {
        parse(words: words, tags: tags, model: model, beamWidth: model.beamWidth)
    }

    /// As ``parse(words:tags:model:)`` with a beam `beamWidth` items wide; 1 is greedy.
    public static func parse(words: [String], tags: [PartOfSpeech], model: ParserModel, beamWidth: Int) -> DependencyTree {
        let count = min(words.count, tags.count)
        guard count > 0 else { return DependencyTree(heads: [], relations: []) }
        let tags = Array(tags.prefix(count))
        let nodes = ParserToken.nodes(words: Array(words.prefix(count)), tags: tags, ambiguity: model.ambiguity)
        if beamWidth > 1 && count <= longestBeamSentence {
            let state = nodes.withUnsafeBufferPointer { BeamSearch.decode($0, count: count, model: model, width: beamWidth) }
            return repaired(state, tags: tags, model: model)
        }
        var parse = IncrementalParse(nodes: nodes, tags: tags, model: model)
        parse.advance(through: count - 1)
        return parse.tree()
    }

    /// The highest-scoring valid move. `singleRoot` forbids giving the root a second child,
    /// as UD trees have one root word.
    @inline(__always)
    static func bestMove(_ state: ArcEagerState, _ nodes: UnsafeBufferPointer<ParserToken>, model: ParserModel, features: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Float>, singleRoot: Bool) -> ArcEagerState.Move {
        ParserFeatures.extract(state, nodes, into: features)
        for m in 0..<4 { scores[m] = 0 }
        model.moves.accumulate(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.count]), into: scores)
        var best = ArcEagerState.Move.shift
        var bestScore = -Float.infinity
        for move in ArcEagerState.Move.allCases where state.isValid(move) && scores[move.rawValue] > bestScore {
            if singleRoot && move == .right && state.top == 0 && state.rightCount[0] > 0 { continue }
            best = move
            bestScore = scores[move.rawValue]
        }
        return best
    }

    /// The label column for the arc `move` adds: "root" for the root's child, otherwise the
    /// label classifier's best other than "root".
    @inline(__always)
    static func bestLabel(_ state: ArcEagerState, _ move: ArcEagerState.Move, _ nodes: UnsafeBufferPointer<ParserToken>, model: ParserModel, features: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Float>) -> Int {
        if move == .right && state.top == 0 { return model.rootLabel }
        let labelCount = model.labels.count
        ParserFeatures.extractLabel(state, move, nodes, into: features)
        for l in 0..<labelCount { scores[l] = 0 }
        model.labelTable.accumulate(UnsafeBufferPointer(rebasing: features[0..<ParserFeatures.labelCount]), into: scores)
        var best = -1
        for l in 0..<labelCount where l != model.rootLabel && (best < 0 || scores[l] > scores[best]) { best = l }
        return max(best, 0)
    }

    /// The final tree: the one root word keeps the root; words left without a head (still on
    /// the stack when the buffer ran out) hang from it, as "punct" if punctuation, else "dep".
    static func repaired(_ state: ArcEagerState, tags: [PartOfSpeech], model: ParserModel) -> DependencyTree {
        let arcs = repairedArcs(state, tags: tags, model: model)
        return DependencyTree(heads: arcs.heads, relations: arcs.labels.map { model.labels[$0] })
    }

    /// ``repaired(_:tags:model:)`` as label columns of `model.labels` rather than names, so a
    /// reader that compares relations allocates no string a word.
    static func repairedArcs(_ state: ArcEagerState, tags: [PartOfSpeech], model: ParserModel) -> ParseArcs {
        let count = state.count
        var heads = [Int](repeating: 0, count: count)
        var labels = [Int](repeating: 0, count: count)
        var root = 0
        for word in 1...count where state.heads[word] == 0 {
            root = word
            break
        }
        if root == 0 {
            // No root child: the first headless word that is not punctuation, or the first one.
            let headless = (1...count).filter { state.heads[$0] < 0 }
            root = headless.first { tags[$0 - 1] != .punctuation } ?? headless.first ?? 1
        }
        for word in 1...count {
            let index = word - 1
            if word == root {
                heads[index] = 0
                labels[index] = model.rootLabel
            } else if state.heads[word] <= 0 {
                heads[index] = root
                labels[index] = tags[index] == .punctuation ? model.punctLabel : model.depLabel
            } else {
                heads[index] = Int(state.heads[word])
                labels[index] = Int(state.labels[word])
            }
        }
        return ParseArcs(heads: heads, labels: labels, isComplete: true, front: count + 1, open: [])
    }
}
