import EntenteCoding
import EntenteCore
import EntenteIngest
import EntenteText
import Foundation

// Benchmarks of the analysis stage (sentences → tokens → tags → actors, dates, coreference)
// on one core. Run with: swift run -c release entente-benchmark [EWT-CONLLU] [SAMPLE.txt]

func peakMemoryMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kilobytes / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

let arguments = CommandLine.arguments.dropFirst()
let ewtPath = arguments.first ?? "../shared/reference/ud-english-ewt/en_ewt-ud-test.conllu"
let samplePath = arguments.dropFirst().first ?? "Examples/sahel-ties.txt"

var dictionary: ActorDictionary!
var eventDictionary: EventDictionary!
let dictionarySeconds = try seconds {
    let files = try FolderReader.textFiles(in: BundledDictionaries.folderURL!) { $0.hasSuffix(".actors") || $0.hasSuffix(".agents") || $0.hasSuffix(".verbs") }
    let sources = files.map { ActorDictionary.SourceFile(name: $0.name, contents: $0.contents) }
    dictionary = try ActorDictionary.load(sources)
    eventDictionary = try EventDictionary.load(sources)
}
var tagger: TaggerModel!
let taggerSeconds = try seconds {
    tagger = try TaggerModel(data: [UInt8](FileManager.default.contents(atPath: BundledModels.taggerURL!.path)!))
}
var parser: ParserModel!
let parserSeconds = try seconds {
    // ENTENTE_BENCHMARK_PARSER=FILE times another parser model (a pruned one, say) in place of the bundled one.
    let path = ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_PARSER"] ?? BundledModels.parserURL!.path
    parser = try ParserModel(data: [UInt8](FileManager.default.contents(atPath: path)!))
}
let analyzer = Analyzer(tagger: tagger, dictionary: dictionary)
// ENTENTE_BENCHMARK_NO_PARSER=1 measures the tag-based coder, to compare.
let withoutParser = ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_NO_PARSER"] == "1"
let coder = Coder(analyzer: analyzer, events: EventCoder(dictionary: eventDictionary, parser: withoutParser ? nil : parser))
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(format(Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, 1)) GiB; one core used")
print("dictionary load: \(format(dictionarySeconds, 3)) s (\(dictionary.entries.count) actor entries, \(eventDictionary.patterns.count) event patterns); tagger load: \(format(taggerSeconds, 3)) s (\(tagger.featureCount) features)")
print("parser load: \(format(parserSeconds, 3)) s (\(parser.featureCount) features)\(withoutParser ? "; the coder runs without it (ENTENTE_BENCHMARK_NO_PARSER)" : "")")

/// Paragraphs of raw text to analyse.
func corpus(_ name: String) throws -> [String] {
    let text = try String(contentsOfFile: name, encoding: .utf8)
    if name.hasSuffix(".conllu") {
        // The treebank's own sentence texts as raw text, one a paragraph, ten a document.
        let sentences = text.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map { String($0.dropFirst(9)) }
        return stride(from: 0, to: sentences.count, by: 10).map { sentences[$0..<min($0 + 10, sentences.count)].joined(separator: "\n\n") }
    }
    return [text]
}

/// Rates from one pass over the corpus timed many times: the best pass is the figure least
/// disturbed by other work on a shared machine, and the median shows the spread.
struct PassRates {
    var best: Double
    var median: Double

    init(sentences: Int, passes: Int, _ body: () -> Void) {
        var durations: [Double] = []
        for _ in 0..<passes { durations.append(seconds(body)) }
        durations.sort()
        best = Double(sentences) / durations[0]
        median = Double(sentences) / durations[durations.count / 2]
    }

    var description: String { "\(format(best)) sentences/s best pass, \(format(median)) median" }
}

// ENTENTE_BENCHMARK_COUNT_PASSES=N codes each corpus end to end N times and times nothing
// else, so `perf stat -e instructions` of two counts gives a pass's work free of the host's
// noise (the difference of the two runs, loading cancelled out).
let countedPasses = ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_COUNT_PASSES"].flatMap { Int($0) }

func run(_ label: String, _ paragraphs: [String], minimumSeconds: Double = 3) {
    let documents = paragraphs.map { Document(date: Day(iso: "2024-08-07"), text: $0) }
    if let countedPasses {
        var events = 0
        for _ in 0..<countedPasses { for document in documents { events += coder.code(document).events.count } }
        let sentences = documents.reduce(0) { $0 + analyzer.analyze($1).count }
        print("\(label): \(sentences) sentences, \(countedPasses) passes end to end, \(events) events")
        return
    }
    var sentences = 0
    var actors = 0
    for document in documents {
        let analyzed = analyzer.analyze(document)
        sentences += analyzed.count
        actors += analyzed.reduce(0) { $0 + $1.actors.count }
    }
    let warmup = seconds {
        for _ in 0..<3 { for document in documents { _ = analyzer.analyze(document) } }
    }
    let passes = max(5, Int(minimumSeconds / max(warmup / 3, 1e-6)))
    let analysis = PassRates(sentences: sentences, passes: passes) {
        for document in documents { _ = analyzer.analyze(document) }
    }
    let splitting = PassRates(sentences: sentences, passes: passes) {
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            for sentence in SentenceSplitter.split(scalars: scalars) {
                _ = Tokenizer.tokenize(scalars: scalars, range: sentence.span.start..<sentence.span.end)
            }
        }
    }
    var events = 0
    for document in documents { events += coder.code(document).events.count }
    let endToEnd = PassRates(sentences: sentences, passes: passes) {
        for document in documents { _ = coder.code(document) }
    }
    // The event coder alone, on sentences analysed beforehand.
    let analyzedDocuments = documents.map { analyzer.analyze($0) }
    let eventCoding = PassRates(sentences: sentences, passes: passes) {
        for (document, analyzed) in zip(documents, analyzedDocuments) {
            for sentence in analyzed { _ = coder.events.code(sentence, documentID: document.id, documentDate: document.date) }
        }
    }
    print("\(label): \(sentences) sentences, \(actors) actor mentions, \(events) events, \(passes) timed passes per figure")
    print("  end to end (text → events): \(endToEnd.description)")
    print("  analysis stage (text → actors, dates): \(analysis.description)")
    print("  event coding stage (analysed sentences → events): \(eventCoding.description)")
    print("  splitting + tokenizing: \(splitting.description)")
}

if FileManager.default.fileExists(atPath: ewtPath) {
    run("UD EWT test text", try corpus(ewtPath))
} else {
    print("UD EWT test text: \(ewtPath) not found, skipped")
}
run("sample article", try corpus(samplePath))
print("peak memory (VmHWM): \(format(peakMemoryMegabytes(), 1)) MB")
