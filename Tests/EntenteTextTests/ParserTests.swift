import EntenteCore
@testable import EntenteText
import Foundation
import Testing

/// The shipped parser, loaded once for all parser tests.
enum ShippedParser {
    static let model: ParserModel = {
        let url = BundledModels.parserURL!
        return try! ParserModel(data: [UInt8](FileManager.default.contents(atPath: url.path)!))
    }()
}

/// Random projective trees: every subtree is a contiguous span, a node's children split the
/// rest of its span into contiguous pieces.
struct ProjectiveTrees {
    var random: SplitMix

    mutating func tree(_ count: Int) -> [Int] {
        var heads = [Int](repeating: 0, count: count)
        func attach(_ low: Int, _ high: Int, to head: Int, single: Bool) {
            var low = low
            while low <= high {
                let end = single ? high : low + Int(random.next() % UInt64(high - low + 1))
                let root = low + Int(random.next() % UInt64(end - low + 1))
                heads[root - 1] = head
                attach(low, root - 1, to: root, single: false)
                attach(root + 1, end, to: root, single: false)
                low = end + 1
            }
        }
        attach(1, count, to: 0, single: true)
        return heads
    }
}

let parserFixture = """
    # text = Niger expelled the American troops.
    1\tNiger\tNiger\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
    4\tAmerican\tAmerican\tADJ\tJJ\t_\t5\tamod\t_\t_
    5\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_
    6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    1\tMali\tMali\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tcut\tcut\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tties\ttie\tNOUN\tNNS\t_\t2\tobj\t_\t_
    4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_
    5\tFrance\tFrance\tPROPN\tNNP\t_\t2\tobl\t_\t_
    6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
    2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
    3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
    4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_
    5\ttalks\ttalk\tNOUN\tNNS\t_\t7\tnsubj\t_\t_
    6\thad\thave\tAUX\tVBD\t_\t7\taux\t_\t_
    7\tfailed\tfail\tVERB\tVBN\t_\t3\tccomp\t_\t_
    8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
    2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
    4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_
    5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_
    6\tkilled\tkill\tVERB\tVBD\t_\t2\tconj\t_\t_
    7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tobj\t_\t_
    8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    """

/// Follows moves of cost 0 (the first such, in move order) from `state` to the end.
func followOracle(_ state: inout ArcEagerState, gold: [Int32], labels: [Int32]? = nil) -> Bool {
    while !state.isFinal {
        let c = DynamicOracle.costs(state, gold: gold)
        let costs = [c.shift, c.reduce, c.left, c.right]
        guard let m = costs.firstIndex(of: 0), let move = ArcEagerState.Move(rawValue: m) else { return false }
        var label = 0
        if let labels, move == .left || move == .right { label = Int(labels[move == .left ? state.top : state.front]) }
        state.apply(move, label: label)
    }
    return true
}

@Suite struct ParserTests {
    @Test func readsHeadsAndRelations() throws {
        let sentences = try CoNLLU.parse(parserFixture, name: "fixture.conllu")
        #expect(sentences.count == 4)
        #expect(sentences[0].words.map(\.head) == [2, 0, 5, 5, 2, 2])
        #expect(sentences[0].words[0].relation == "nsubj")
        #expect(sentences.allSatisfy { $0.hasTree })
        let sub = try CoNLLU.parse("1\tx\tx\tPRON\t_\t_\t2\tnmod:poss\t_\t_\n2\ty\ty\tNOUN\t_\t_\t0\troot\t_\t_\n", name: "sub.conllu")
        #expect(sub[0].words[0].relation == "nmod:poss")
        #expect(sub[0].words[0].universalRelation == "nmod")
    }

    @Test func rejectsMalformedHeads() {
        for (bad, line) in [("1\tx\tx\tNOUN\t_\t_\tone\troot\t_\t_\n", 1),
                            ("1\tx\tx\tNOUN\t_\t_\t0\troot\t_\t_\n2\ty\ty\tNOUN\t_\t_\t-1\tdep\t_\t_\n", 2),
                            ("1\tx\tx\tNOUN\t_\t_\t1\troot\t_\t_\n", 1),
                            ("1\tx\tx\tNOUN\t_\t_\t0\troot\t_\t_\n2\ty\ty\tNOUN\t_\t_\t7\tdep\t_\t_\n\n", 2)] {
            do {
                _ = try CoNLLU.parse(bad, name: "bad.conllu")
                Issue.record("expected an error for \(bad)")
            } catch let error as EntenteError {
                #expect(error.code == .trainingData)
                #expect(error.description.hasPrefix("bad.conllu:\(line):"), "\(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func projectivityCheck() {
        #expect(DependencyTree.isProjective([2, 0, 2]))
        #expect(!DependencyTree.isProjective([3, 0, 2, 1]))
        #expect(DependencyTree.isProjective([]))
    }

    @Test func oracleReproducesEveryProjectiveTree() throws {
        var generator = ProjectiveTrees(random: SplitMix(seed: 7))
        var trees = (1...300).map { generator.tree(1 + $0 % 25) }
        trees += try CoNLLU.parse(parserFixture, name: "fixture").map { $0.words.map(\.head) }
        for heads in trees {
            #expect(DependencyTree.isProjective(heads))
            let gold = [Int32(-1)] + heads.map { Int32($0) }
            let labels = [Int32(-1)] + heads.indices.map { Int32($0 % 7) }
            var state = ArcEagerState(count: heads.count)
            #expect(followOracle(&state, gold: gold, labels: labels))
            // The state's arrays have a spare slot past the last word (the empty buffer's front).
            #expect(Array(state.heads[1...heads.count]) == gold.dropFirst().map { $0 }, "\(heads)")
            #expect(Array(state.labels[1...heads.count]) == Array(labels.dropFirst()))
        }
    }

    /// From any state reached by any moves, a move of cost 0 exists, and the costs add up:
    /// the gold arcs still got at the end are exactly those not charged on the way.
    @Test func costsAreExactFromEveryConfiguration() {
        var generator = ProjectiveTrees(random: SplitMix(seed: 11))
        var random = SplitMix(seed: 3)
        for round in 0..<400 {
            let heads = generator.tree(1 + round % 30)
            let gold = [Int32(-1)] + heads.map { Int32($0) }
            var state = ArcEagerState(count: heads.count)
            var charged = 0
            let prefix = Int(random.next() % UInt64(2 * heads.count + 1))
            for _ in 0..<prefix where !state.isFinal {
                let c = DynamicOracle.costs(state, gold: gold)
                let costs = [c.shift, c.reduce, c.left, c.right]
                #expect(costs.contains(0), "no cost-0 move in \(heads)")
                let valid = ArcEagerState.Move.allCases.filter { state.isValid($0) }
                #expect(valid.map(\.rawValue) == costs.indices.filter { costs[$0] != Int.max })
                let move = valid[Int(random.next() % UInt64(valid.count))]
                charged += costs[move.rawValue]
                state.apply(move)
            }
            #expect(followOracle(&state, gold: gold))
            let correct = (1...heads.count).filter { state.heads[$0] == gold[$0] }.count
            #expect(correct == heads.count - charged, "\(heads)")
        }
    }

    @Test func trainsAndRoundTripsAModel() throws {
        let sentences = try CoNLLU.parse(parserFixture, name: "fixture")
        let tags = sentences.map { $0.words.map(\.tag) }
        let model = try ParserTrainer.train(sentences, tags: tags, options: .init(iterations: 10))
        let data = model.serialized()
        let reloaded = try ParserModel(data: data)
        let again = try ParserModel(data: reloaded.serialized())
        #expect(again.serialized() == reloaded.serialized())
        for (sentence, sentenceTags) in zip(sentences, tags) {
            let words = sentence.words.map(\.form)
            let first = DependencyParser.parse(words: words, tags: sentenceTags, model: reloaded)
            #expect(first == DependencyParser.parse(words: words, tags: sentenceTags, model: again))
            #expect(first == DependencyParser.parse(words: words, tags: sentenceTags, model: model))
            // Four sentences, ten passes: the model has learnt its training data.
            #expect(first == DependencyTree(sentence), "\(words)")
        }
    }

    @Test func corruptModelsAreErrorsNotCrashes() throws {
        let sentences = try CoNLLU.parse(parserFixture, name: "fixture")
        let data = try ParserTrainer.train(sentences, tags: sentences.map { $0.words.map(\.tag) }, options: .init(iterations: 2)).serialized()
        #expect(throws: EntenteError.self) { try ParserModel(data: Array("not a model".utf8)) }
        #expect(throws: EntenteError.self) { try ParserModel(data: []) }
        for cut in stride(from: 0, to: data.count, by: max(1, data.count / 300)) {
            do {
                _ = try ParserModel(data: Array(data.prefix(cut)))
                Issue.record("a model cut at \(cut) of \(data.count) bytes loaded")
            } catch let error as EntenteError {
                #expect(error.code == .modelInvalid)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        // Flipped bytes either load (weights changed) or fail cleanly; they never trap.
        var random = SplitMix(seed: 5)
        for _ in 0..<200 {
            var corrupt = data
            let at = Int(random.next() % UInt64(data.count))
            corrupt[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            if let model = try? ParserModel(data: corrupt) {
                _ = DependencyParser.parse(words: ["Mali", "cut", "ties", "."], tags: [.properNoun, .verb, .noun, .punctuation], model: model)
            }
        }
    }

    @Test func shippedModelParsesNewsEnglish() {
        let words = ["Niger", "expelled", "the", "American", "troops", "."]
        let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
        let tree = DependencyParser.parse(words: words, tags: tags, model: ShippedParser.model)
        #expect(tree.heads[0] == 2 && tree.relations[0] == "nsubj")
        #expect(tree.heads[4] == 2 && tree.relations[4] == "obj")
        #expect(tree.heads[1] == 0 && tree.relations[1] == "root")
    }

    @Test func extremeSentencesDoNotCrash() {
        let empty = DependencyParser.parse(words: [], tags: [], model: ShippedParser.model)
        #expect(empty.heads.isEmpty)
        let pattern = ["The", "rebels", "attacked", "the", "town", "and", "killed", "soldiers", ",", "officials", "said"]
        let words = (0..<2_000).map { pattern[$0 % pattern.count] }
        let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
        let tree = DependencyParser.parse(words: words, tags: tags, model: ShippedParser.model)
        #expect(tree.heads.count == 2_000)
        #expect(tree.heads.filter { $0 == 0 }.count == 1)
        // Every word reaches the root: a tree, no cycles.
        for start in 1...2_000 {
            var node = start
            var steps = 0
            while node != 0 && steps <= 2_000 { node = tree.heads[node - 1]; steps += 1 }
            #expect(node == 0)
        }
        let single = DependencyParser.parse(words: ["Go"], tags: [.verb], model: ShippedParser.model)
        #expect(single.heads == [0] && single.relations == ["root"])
    }

    @Test func attachmentScoresCountPunctuationSeparately() throws {
        let sentence = try CoNLLU.parse(parserFixture, name: "fixture")[0]
        var parsed = DependencyTree(sentence)
        parsed.heads[5] = 5
        parsed.relations[0] = "obj"
        var score = AttachmentScore()
        score.add(gold: sentence, parsed: parsed)
        #expect(score.words == 6 && score.unlabeled == 5 && score.labeled == 4)
        #expect(score.wordsNoPunct == 5 && score.unlabeledNoPunct == 5 && score.labeledNoPunct == 4)
    }

    /// Every word has one head in range, exactly one word hangs from the root, and no arcs cross.
    static func isWellFormed(_ tree: DependencyTree, count: Int) -> Bool {
        tree.heads.count == count && tree.relations.count == count
            && tree.heads.allSatisfy { (0...count).contains($0) }
            && tree.heads.filter { $0 == 0 }.count == (count > 0 ? 1 : 0)
            && tree.heads.enumerated().allSatisfy { $0.element != $0.offset + 1 }
            && DependencyTree.isProjective(tree.heads)
    }

    /// News sentences, tokenized, with words shuffled into odd orders too, so that decoding
    /// meets states a treebank's sentences would not lead to.
    static func varietyOfSentences() -> [[String]] {
        let texts = [
            "Niger expelled the American troops .",
            "The minister said that talks with the rebels had failed , officials told reporters on Monday .",
            "Russia and China vetoed the resolution , which France had drafted after the attack on the convoy .",
            "Protesters who gathered outside the embassy were dispersed by police firing tear gas .",
            "\" We will not negotiate , \" the president , speaking in Abuja , said .",
            "Go",
            "Mali cut ties with France and Sweden ; Burkina Faso followed .",
        ]
        var random = SplitMix(seed: 17)
        var sentences = texts.map { $0.split(separator: " ").map(String.init) }
        for text in sentences {
            var shuffled = text
            random.shuffle(&shuffled)
            sentences.append(shuffled)
        }
        return sentences
    }

    @Test func beamOfOneIsGreedy() {
        let model = ShippedParser.model
        for words in Self.varietyOfSentences() {
            let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
            let greedy = DependencyParser.parse(words: words, tags: tags, model: model, beamWidth: 1)
            let nodes = ParserToken.nodes(words: words, tags: tags, ambiguity: model.ambiguity)
            let state = nodes.withUnsafeBufferPointer { BeamSearch.decode($0, count: words.count, model: model, width: 1) }
            #expect(DependencyParser.repaired(state, tags: tags, model: model) == greedy, "\(words)")
        }
    }

    @Test func beamDecodingGivesWellFormedTrees() throws {
        let fixture = try CoNLLU.parse(parserFixture, name: "fixture")
        let small = try ParserTrainer.train(fixture, tags: fixture.map { $0.words.map(\.tag) }, options: .init(iterations: 3, beamWidth: 4))
        for model in [ShippedParser.model, small] {
            for words in Self.varietyOfSentences() {
                let tags = PerceptronTagger.tags(of: words, model: ShippedTagger.model)
                for width in [2, 4, 8] {
                    let tree = DependencyParser.parse(words: words, tags: tags, model: model, beamWidth: width)
                    #expect(Self.isWellFormed(tree, count: words.count), "beam \(width): \(words) → \(tree.heads)")
                }
            }
        }
    }

    @Test func keepBestKeepsTheTopInOrder() {
        var random = SplitMix(seed: 9)
        for _ in 0..<200 {
            let candidates = (0..<Int(random.next() % 30)).map { i in
                BeamSearch.Candidate(item: i / 4, move: i % 4, score: Float(random.next() % 7))
            }
            for width in [1, 2, 4, 8] {
                var kept = candidates
                BeamSearch.keepBest(&kept, width: width)
                let sorted = candidates.sorted(by: BeamSearch.Candidate.ranksBefore).prefix(width)
                #expect(kept.map(\.item) == sorted.map(\.item) && kept.map(\.move) == sorted.map(\.move))
            }
        }
    }

    @Test func trainsABeamModel() throws {
        let sentences = try CoNLLU.parse(parserFixture, name: "fixture")
        let tags = sentences.map { $0.words.map(\.tag) }
        let model = try ParserTrainer.train(sentences, tags: tags, options: .init(iterations: 10, beamWidth: 4))
        #expect(model.beamWidth == 4)
        let reloaded = try ParserModel(data: model.serialized())
        #expect(reloaded.beamWidth == 4)
        for (sentence, sentenceTags) in zip(sentences, tags) {
            let words = sentence.words.map(\.form)
            let tree = DependencyParser.parse(words: words, tags: sentenceTags, model: reloaded)
            #expect(tree == DependencyTree(sentence), "\(words)")
        }
    }

    @Test func oldModelVersionIsAClearError() throws {
        let sentences = try CoNLLU.parse(parserFixture, name: "fixture")
        var data = try ParserTrainer.train(sentences, tags: sentences.map { $0.words.map(\.tag) }, options: .init(iterations: 1)).serialized()
        data[8] = 2
        do {
            _ = try ParserModel(data: data)
            Issue.record("a version 2 model loaded")
        } catch let error as EntenteError {
            #expect(error.code == .modelInvalid)
            #expect(error.description.contains("version 2"), "\(error)")
        }
    }
}
