import ArgumentParser
import EntenteCoding
import EntenteCore
import Foundation

/// `entente explain`: everything the coder saw and decided for one sentence.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show tokens, tags, actors, dates, clauses, the patterns tried and why each event was kept or dropped."
    )

    @Argument(help: "The sentence (or short text) to explain.")
    var text: String

    @Option(help: "Publication date (YYYY-MM-DD).")
    var date: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        var console = CheckedOutput()
        let coder = try loadCoder(dictionaryOptions)
        let day = try parseDateOption(date)
        for sentence in coder.analyzer.analyze(Document(date: day, text: text)) {
            print("sentence #\(sentence.sentence.index): \(sentence.sentence.text)", to: &console)
            print("tokens:  " + sentence.tokens.enumerated().map { "\($0.offset):\($0.element.text)/\($0.element.tag?.rawValue ?? "?")" }.joined(separator: " "), to: &console)
            print("lemmas:  " + sentence.tokens.map { $0.lemma ?? $0.text }.joined(separator: " "), to: &console)
            print(ActorTable.render(sentence, documentID: nil, dateline: nil).split(separator: "\n").dropFirst().joined(separator: "\n"), to: &console)
            for (range, subject) in coder.events.clauses(of: sentence) {
                let words = sentence.tokens[range].map(\.text).joined(separator: " ")
                print("clause  \(range.lowerBound)-\(range.upperBound - 1)  subject: \(subject ?? "none")  | \(words)", to: &console)
            }
            if let reason = coder.events.skipReason(sentence) {
                print("skipped by the event coder: \(reason)", to: &console)
                continue
            }
            if let arcs = coder.events.tree(of: sentence) {
                print("tree:    " + arcs.joined(separator: "  "), to: &console)
            }
            for explanation in coder.events.explain(sentence) {
                print("trigger \(explanation.trigger) (\(explanation.lookup))", to: &console)
                for (pattern, score) in explanation.tried {
                    print("    \(score.map { "matched, score \($0)" } ?? "no match")  \(pattern)", to: &console)
                }
                if let candidate = explanation.candidate {
                    print("    chose: \(candidate.pattern.provenance); mode \(candidate.mode.rawValue); \(candidate.note)", to: &console)
                }
                for kept in explanation.kept { print("    event: \(kept)", to: &console) }
                for dropped in explanation.dropped { print("    dropped: \(dropped)", to: &console) }
            }
        }
        try console.finish()
    }
}
