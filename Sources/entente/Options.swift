import ArgumentParser
import EntenteCore
import EntenteIngest
import EntenteText

/// How input files are read.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files; none or '-' reads standard input.")
    var files: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for documents that carry none.")
    var date: String?

    @Option(help: "Input format: text (one document a file) or jsonl (one {\"text\", …} object a line).")
    var input: InputFormat = .text

    @Option(help: "The longest JSONL record read, in bytes; a longer line is skipped with an error. Text files of any size are read in pieces.")
    var maxRecordSize: Int = LineReader.defaultMaximumLength

    func documentDate() throws -> Day? {
        try parseDateOption(date)
    }
}

/// The value of a `--date` option as a day; a clear error when it is not `YYYY-MM-DD`.
func parseDateOption(_ text: String?) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else { throw ValidationError("--date must be YYYY-MM-DD, got '\(text)'") }
    return day
}

/// Options shared by every command that codes actors.
struct DictionaryOptions: ParsableArguments {
    @Option(help: "A folder of dictionaries used instead of the shipped ones: Entente files (.actors, .agents, .verbs, .discards) or PETRARCH-format files (*actors*.txt, *agents*.txt, *verbs*.txt, *discards*.txt).")
    var dictionaries: String?

    @Flag(help: "Read roles from part-of-speech tags alone, without the dependency parser (to compare).")
    var noParser = false
}

/// The treebanks a `train` subcommand learns from and reports on.
struct TreebankOptions: ParsableArguments {
    @Option(help: "Training treebank (CoNLL-U).")
    var train: String = "../shared/reference/ud-english-ewt/en_ewt-ud-train.conllu"

    @Option(help: "Development treebank (CoNLL-U) to report scores on.")
    var dev: String = "../shared/reference/ud-english-ewt/en_ewt-ud-dev.conllu"

    /// Both treebanks, parsed.
    func read() throws -> (train: [CoNLLU.AnnotatedSentence], dev: [CoNLLU.AnnotatedSentence]) {
        (try CoNLLU.parse(try FileReading.text(train), name: train), try CoNLLU.parse(try FileReading.text(dev), name: dev))
    }
}
