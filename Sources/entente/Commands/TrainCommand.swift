import ArgumentParser
import EntenteCore
import EntenteText
import Foundation

/// `entente train …`: builds the models Entente ships.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the models Entente ships.",
        subcommands: [TrainTaggerCommand.self, TrainParserCommand.self]
    )
}

/// `entente train tagger`: trains the part-of-speech tagger and lemma table on CoNLL-U files.
struct TrainTaggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the UPOS tagger and lemma table on a CoNLL-U treebank.",
        discussion: "Reports accuracy on --dev after training. Tune on dev; report on test with `entente score-tagger`."
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(help: "Where to write the model.")
    var output: String = "Sources/EntenteText/Resources/Models/en-ewt.tagger"

    @Option(help: "Passes over the training data.")
    var iterations: Int = 10

    @Option(help: "Drop averaged weights smaller than this in magnitude.")
    var prune: Float = 0.001

    func run() async throws {
        var console = CheckedOutput()
        let (trainSentences, devSentences) = try treebanks.read()
        let start = Date()
        let model = TaggerTrainer.train(trainSentences, options: .init(iterations: iterations)) { iteration, accuracy in
            printError("iteration \(iteration): training accuracy \(String(format: "%.4f", accuracy))")
        }
        let data = model.serialized(threshold: prune)
        try Data(data).write(to: URL(fileURLWithPath: output))
        let reloaded = try TaggerModel(data: data)
        let (correct, total) = TaggerTrainer.accuracy(reloaded, on: devSentences)
        print("trained on \(trainSentences.count) sentences in \(String(format: "%.1f", Date().timeIntervalSince(start))) s; \(reloaded.featureCount) features, \(data.count) bytes → \(output)", to: &console)
        print("dev UPOS accuracy: \(String(format: "%.2f", 100 * Double(correct) / Double(total)))% (\(correct)/\(total))", to: &console)
        try console.finish()
    }
}

/// `entente score-tagger`: UPOS accuracy of the shipped tagger on a CoNLL-U file.
struct ScoreTaggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-tagger",
        abstract: "Report the shipped tagger's UPOS accuracy on a CoNLL-U file (gold tokens)."
    )

    @Argument(help: "CoNLL-U file, e.g. ../shared/reference/ud-english-ewt/en_ewt-ud-test.conllu")
    var file: String

    @Option(help: "A tagger model to score instead of the shipped one.")
    var model: String?

    func run() async throws {
        var console = CheckedOutput()
        let sentences = try CoNLLU.parse(try FileReading.text(file), name: file)
        let tagger = try ModelLoading.tagger(path: model)
        let (correct, total) = TaggerTrainer.accuracy(tagger, on: sentences)
        print("UPOS accuracy on \(file): \(String(format: "%.2f", 100 * Double(correct) / Double(total)))% (\(correct)/\(total) words, \(sentences.count) sentences)", to: &console)
        try console.finish()
    }
}
