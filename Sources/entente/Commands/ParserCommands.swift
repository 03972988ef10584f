import ArgumentParser
import EntenteCore
import EntenteText
import Foundation

/// `entente train parser`: trains the dependency parser on CoNLL-U files.
struct TrainParserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on a CoNLL-U treebank.",
        discussion: """
            Trains on tags predicted by taggers that did not see the sentence (jackknifing: \
            --jackknife folds, each tagged by a tagger trained on the others), so training sees \
            tagging errors like those at run time. Reports dev UAS/LAS with the shipped tagger's \
            tags after each pass. Tune on dev; report on test with `entente score-parser`.
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(help: "Where to write the model.")
    var output: String = "Sources/EntenteText/Resources/Models/en-ewt.parser"

    @Option(help: "Passes over the training data.")
    var iterations: Int = 15

    @Option(help: "Passes that follow the oracle only before exploring the model's own mistakes.")
    var exploreAfter: Int = 1

    @Option(help: "Chance of following a wrong move while exploring.")
    var exploreProbability: Double = 0.9

    @Option(help: "Train a global model for a beam this wide (1: greedy, with the dynamic oracle's exploration).")
    var beam: Int = 1

    @Option(help: "Folds for jackknifed training tags; 0 trains on gold tags, 1 on the shipped tagger's tags.")
    var jackknife: Int = 10

    @Option(help: "Drop averaged weights smaller than this in magnitude.")
    var prune: Float = 1

    @Flag(help: "Score dev after every pass, not only at the end.")
    var everyPass = false

    func run() async throws {
        var console = CheckedOutput()
        let (trainSentences, devSentences) = try treebanks.read()
        let shippedTagger = try ModelLoading.tagger()
        let start = Date()
        let trainTags = jackknifedTags(trainSentences, shipped: shippedTagger)
        printError("training tags ready in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        let devTags = devSentences.map { PerceptronTagger.tags(of: $0.words.map(\.form), model: shippedTagger) }
        let options = ParserTrainer.Options(iterations: iterations, exploreAfter: exploreAfter, exploreProbability: exploreProbability, beamWidth: beam)
        let model = try ParserTrainer.train(trainSentences, tags: trainTags, options: options) { iteration, accuracy, snapshot in
            var line = "iteration \(iteration): move accuracy \(String(format: "%.4f", accuracy)) (\(String(format: "%.0f", Date().timeIntervalSince(start))) s)"
            if everyPass {
                let score = AttachmentScore.of(snapshot(), on: devSentences, tags: devTags)
                line += "; dev UAS \(String(format: "%.2f", score.uas)) LAS \(String(format: "%.2f", score.las))"
            }
            printError(line)
        }
        let trainingTime = Date().timeIntervalSince(start)
        let data = model.serialized(threshold: prune)
        try Data(data).write(to: URL(fileURLWithPath: output))
        let reloaded = try ParserModel(data: data)
        let score = AttachmentScore.of(reloaded, on: devSentences, tags: devTags)
        print("trained on \(trainSentences.count) sentences in \(String(format: "%.1f", trainingTime)) s; \(reloaded.featureCount) features, \(data.count) bytes → \(output)", to: &console)
        print(ScoreParserCommand.report(score, on: treebanks.dev, tagging: "predicted tags"), to: &console)
        try console.finish()
    }

    /// Predicted tags for the training sentences: with k folds, each fold is tagged by a
    /// tagger trained on the other folds, so its error rate is close to that on unseen text.
    private func jackknifedTags(_ sentences: [CoNLLU.AnnotatedSentence], shipped: TaggerModel) -> [[PartOfSpeech]] {
        if jackknife <= 0 { return sentences.map { $0.words.map(\.tag) } }
        if jackknife == 1 { return sentences.map { PerceptronTagger.tags(of: $0.words.map(\.form), model: shipped) } }
        var tags = [[PartOfSpeech]](repeating: [], count: sentences.count)
        for fold in 0..<jackknife {
            let held = sentences.indices.filter { $0 % jackknife == fold }
            let rest = sentences.indices.filter { $0 % jackknife != fold }.map { sentences[$0] }
            let tagger = TaggerTrainer.train(rest)
            for index in held { tags[index] = PerceptronTagger.tags(of: sentences[index].words.map(\.form), model: tagger) }
            printError("jackknife fold \(fold + 1)/\(jackknife) tagged")
        }
        return tags
    }
}

/// `entente score-parser`: attachment scores of the shipped parser on a CoNLL-U file.
struct ScoreParserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-parser",
        abstract: "Report the parser's UAS and LAS on a CoNLL-U file (gold tokens).",
        discussion: """
            Tags with the shipped tagger first unless --gold-tags. Scores count every word, \
            punctuation included; a second line leaves out words whose gold relation is \
            "punct". LAS compares full relations (nmod:poss); "universal LAS" compares them \
            without subtypes, as the CoNLL 2018 shared task does. The speed line times parsing \
            alone, one core, tags given.
            """
    )

    @Argument(help: "CoNLL-U file, e.g. ../shared/reference/ud-english-ewt/en_ewt-ud-test.conllu")
    var file: String

    @Option(help: "A parser model to score instead of the shipped one.")
    var model: String?

    @Flag(help: "Parse with the file's gold UPOS tags instead of the tagger's.")
    var goldTags = false

    @Option(help: "Decode with a beam this wide instead of the model's own (1: greedy).")
    var beam: Int?

    func run() async throws {
        var console = CheckedOutput()
        let sentences = try CoNLLU.parse(try FileReading.text(file), name: file).filter(\.hasTree)
        let loadStart = Date()
        let parser = try ModelLoading.parser(path: model)
        let loadTime = Date().timeIntervalSince(loadStart)
        let tags: [[PartOfSpeech]]
        if goldTags {
            tags = sentences.map { $0.words.map(\.tag) }
        } else {
            let tagger = try ModelLoading.tagger()
            tags = sentences.map { PerceptronTagger.tags(of: $0.words.map(\.form), model: tagger) }
        }
        let words = sentences.map { $0.words.map(\.form) }
        let parseStart = DispatchTime.now()
        var trees: [DependencyTree] = []
        trees.reserveCapacity(sentences.count)
        for (sentenceWords, sentenceTags) in zip(words, tags) {
            trees.append(DependencyParser.parse(words: sentenceWords, tags: sentenceTags, model: parser, beamWidth: beam ?? parser.beamWidth))
        }
        let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - parseStart.uptimeNanoseconds) / 1e9
        var score = AttachmentScore()
        for (sentence, tree) in zip(sentences, trees) { score.add(gold: sentence, parsed: tree) }
        print(Self.report(score, on: file, tagging: goldTags ? "gold tags" : "predicted tags"), to: &console)
        print(String(format: "speed: %d sentences, %d words parsed in %.3f s: %.0f sentences/s, %.0f words/s (model loaded in %.2f s, %d features)",
                     sentences.count, score.words, parseSeconds, Double(sentences.count) / parseSeconds, Double(score.words) / parseSeconds, loadTime, parser.featureCount), to: &console)
        try console.finish()
    }

    /// The two score lines for `score` on `file`.
    static func report(_ score: AttachmentScore, on file: String, tagging: String) -> String {
        "\(file) (\(tagging)): "
            + String(format: "UAS %.2f  LAS %.2f  universal LAS %.2f  (%d words, punctuation included)\n  without punctuation: UAS %.2f  LAS %.2f  (%d words)",
                     score.uas, score.las, score.universalLAS, score.words, score.uasNoPunct, score.lasNoPunct, score.wordsNoPunct)
    }
}
