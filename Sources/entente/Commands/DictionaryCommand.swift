import ArgumentParser
import EntenteCoding
import EntenteCore
import Foundation

/// `entente dictionary …`: inspect and convert dictionaries.
struct DictionaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dictionary",
        abstract: "Check and convert actor and agent dictionaries.",
        subcommands: [DictionaryCheckCommand.self, DictionaryConvertCommand.self]
    )
}

/// `entente dictionary check`: loads a folder and reports counts and warnings.
struct DictionaryCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a dictionary folder (default: the shipped one) and report what it holds; errors name file and line."
    )

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Flag(help: "Print every warning, not just the count.")
    var warnings = false

    func run() async throws {
        var console = CheckedOutput()
        let start = Date()
        let dictionary: ActorDictionary
        let events: EventDictionary
        do {
            (dictionary, events) = try DictionaryLoading.load(folder: dictionaryOptions.dictionaries)
        } catch let error as EntenteError {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        let seconds = Date().timeIntervalSince(start)
        var byKind: [String: Int] = [:]
        for entry in dictionary.entries { byKind[entry.kind.rawValue, default: 0] += 1 }
        print("\(dictionary.entries.count) entries (\(byKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")))", to: &console)
        print("\(dictionary.actors.count) actor phrases, \(dictionary.agents.count) agent phrases, loaded in \(String(format: "%.3f", seconds)) s", to: &console)
        print("\(events.triggerCount) event triggers, \(events.patterns.count) event patterns", to: &console)
        let allWarnings = dictionary.warnings + events.warnings
        print("\(allWarnings.count) warnings\(warnings || allWarnings.isEmpty ? "" : " (--warnings lists them)")", to: &console)
        if warnings { allWarnings.forEach { print("warning: \($0)", to: &console) } }
        try console.finish()
    }
}

/// `entente dictionary convert`: PETRARCH/TABARI actor or agent file → Entente format.
struct DictionaryConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a PETRARCH/TABARI actor or agent dictionary to the Entente format.",
        discussion: "Warnings (skipped entries) go to standard error; the converted dictionary to --output or standard output."
    )

    @Argument(help: "A PETRARCH-format file, e.g. ../shared/reference/openeventdata-petrarch2/Phoenix.Countries.actors.txt")
    var file: String

    @Option(help: "Read the file as actors or agents (default: judged by its name).")
    var kind: Kind?

    @Option(help: "Where to write the Entente dictionary.")
    var output: String?

    @Flag(help: "Skip lines with syntax errors (with a warning) instead of stopping.")
    var lenient = false

    enum Kind: String, ExpressibleByArgument { case actors, agents }

    func run() async throws {
        var console = CheckedOutput()
        let contents = try FileReading.text(file)
        let name = URL(fileURLWithPath: file).lastPathComponent
        let asAgents = kind.map { $0 == .agents } ?? name.lowercased().contains("agent")
        let result: PetrarchDictionaryParser.Result
        do {
            result = asAgents ? try PetrarchDictionaryParser.parseAgents(contents, file: name, lenient: lenient) : try PetrarchDictionaryParser.parseActors(contents, file: name, lenient: lenient)
        } catch let error as EntenteError {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        result.warnings.forEach { printError("warning: \($0)") }
        let header = [
            "Converted by `entente dictionary convert` from \(name) (PETRARCH/TABARI format).",
            "Source: github.com/openeventdata/petrarch2, MIT licence, (c) 2014 Open Event Data Alliance; see NOTICE.",
            "Edit freely; later files in the folder override phrases defined here.",
        ]
        let text = EntenteDictionaryWriter.write(result.entries, header: header)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            printError("\(result.entries.count) entries → \(output) (\(result.warnings.count) warnings)")
        } else {
            print(text, to: &console)
        }
        try console.finish()
    }
}
