import EntenteCore
import EntentePostgres
import EntenteStore
import Foundation

// The store's benchmarks: ingest throughput against `entente code` on the same synthetic
// news, and query latency over a store of a million events. Run with:
//   swift build -c release && .build/release/entente-store-benchmark [DOCUMENTS] [EVENTS]
// With ENTENTE_BENCHMARK_POSTGRES=postgres://… (a role that may create databases), the same
// corpus is also coded through the queue by 1, 2 and 4 workers, and queries are timed over
// PostgreSQL stores of the sizes in ENTENTE_BENCHMARK_POSTGRES_EVENTS (default 1000000);
// ENTENTE_BENCHMARK_ONLY=postgres skips SQLite, ENTENTE_BENCHMARK_SKIP_WORKERS=1 the workers. Figures go to BENCHMARKS.md.

let arguments = CommandLine.arguments.dropFirst()
let documentCount = arguments.first.flatMap(Int.init) ?? 10_000
let eventCount = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-store-benchmark-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(format(Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)) GiB")

// MARK: Ingest

var news = SyntheticNews(seed: 7)
var lines: [String] = []
var bytes = 0
let encoder = JSONEncoder()
for index in 0..<documentCount {
    let (date, text) = news.article()
    let record = ["id": "synthetic-\(index)", "date": date.iso, "text": text]
    let line = String(decoding: try encoder.encode(record), as: UTF8.self)
    bytes += line.utf8.count
    lines.append(line)
}
let sample = try String(contentsOfFile: "Examples/sahel-ties.txt", encoding: .utf8)
lines.append(String(decoding: try encoder.encode(["id": "sahel-ties", "date": "2024-08-07", "text": sample]), as: UTF8.self))
let corpus = folder.appendingPathComponent("news.jsonl").path
try lines.joined(separator: "\n").write(toFile: corpus, atomically: true, encoding: .utf8)
print("corpus: \(lines.count) documents (\(documentCount) synthetic + the sample article), \(format(Double(bytes) / 1_048_576)) MB")

let environment = ProcessInfo.processInfo.environment
if let text = environment["ENTENTE_BENCHMARK_POSTGRES"], !text.isEmpty {
    let server = try PostgresURL(text)
    if environment["ENTENTE_BENCHMARK_SKIP_WORKERS"] != "1" {
        try await benchmarkWorkers(server: server, corpus: corpus, documents: lines.count)
    }
    for size in (environment["ENTENTE_BENCHMARK_POSTGRES_EVENTS"] ?? "1000000").split(separator: ",").compactMap({ Int($0) }) {
        try await benchmarkPostgresQueries(server: server, count: size)
    }
    if environment["ENTENTE_BENCHMARK_ONLY"] == "postgres" { exit(0) }
}

let code = try timed(["code", corpus, "--format", "jsonl"])
print("entente code: \(format(code.seconds, 2)) s, \(format(Double(lines.count) / code.seconds)) documents/s, peak \(format(code.peakMegabytes)) MB")
let store = folder.appendingPathComponent("ingest.sqlite").path
let ingest = try timed(["ingest", corpus, "--db", store], keepOutput: true)
let summary = ingest.stdout.split(separator: "\n").first.map(String.init) ?? ""
let mentions = summary.split(separator: ";").last.flatMap { $0.split(separator: " ").first(where: { Int($0) != nil }) }.flatMap { Int($0) } ?? 0
print("entente ingest: \(format(ingest.seconds, 2)) s, \(format(Double(lines.count) / ingest.seconds)) documents/s, "
      + "\(format(Double(mentions) / ingest.seconds)) event mentions/s, peak \(format(ingest.peakMegabytes)) MB; "
      + "\(format(100 * code.seconds / ingest.seconds, 0))% of entente code's throughput")
print("  \(summary)")
let ingestSize = ((try? FileManager.default.attributesOfItem(atPath: store)[.size]) as? Int) ?? 0
print("  store: \(format(Double(ingestSize) / 1_048_576)) MB")

// MARK: Queries over a million events

// ENTENTE_BENCHMARK_STORE keeps the store (for Scripts/http-benchmark.sh), and reuses one
// that already holds enough events.
let big = ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_STORE"] ?? folder.appendingPathComponent("million.sqlite").path
let events = try SQLiteEventStore(path: big)
var random = SyntheticNews(seed: 11)
let perDocument = 50
let build = DispatchTime.now().uptimeNanoseconds
var stored = try await events.counts().mentions
while stored < eventCount {
    let document = Document(date: Day(iso: "2020-01-01"), text: "Synthetic document \(stored).")
    guard case .code(let id) = try await events.begin(IncomingDocument(externalID: "m\(stored)", document: document, dictionaryVersion: "benchmark")) else { continue }
    let sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 10), text: "Synthetic sentence.")
    let batch = (0..<perDocument).map { _ -> Event in
        let source = sides[random.next(sides.count)]
        var target = sides[random.next(sides.count)]
        if target == source { target = sides[(sides.firstIndex(of: source)! + 1) % sides.count] }
        let day = Day(daysSinceEpoch: 14_600 + random.next(3_650))!
        let mode: EventMode = random.next(10) == 0 ? .negated : .asserted
        return Event(docID: nil, sentence: 0, text: "", source: source, target: target, sourceText: source, targetText: target,
                     sourceSpan: TextSpan(start: 0, end: 1), targetSpan: TextSpan(start: 2, end: 3),
                     type: CAMEO.type(codes[random.next(codes.count)])!, mode: mode, reporter: nil, date: day.iso, datePrecision: .day,
                     place: nil, trigger: "x", triggerSpan: TextSpan(start: 1, end: 2), pattern: "benchmark")
    }
    try await events.complete(id, sentences: [sentence], mentions: batch)
    stored += perDocument
}
let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - build) / 1e9
let counts = try await events.counts()
let size = ["", "-wal"].reduce(0) { $0 + (((try? FileManager.default.attributesOfItem(atPath: big + $1)[.size]) as? Int) ?? 0) }
print("store of \(counts.mentions) mentions in \(counts.events) merged events: built in \(format(buildSeconds)) s "
      + "(\(format(Double(counts.mentions) / buildSeconds, 0)) mentions/s), \(format(Double(size) / 1_048_576)) MB "
      + "(\(format(Double(size) / 1_048_576 / (Double(counts.events) / 1_000_000))) MB a million events)")

// Two passes over different random pairs: the first reads pages from disk into SQLite's
// caches (a freshly opened store), the second is a store that has been serving a while.
for (pass, seed) in [("first pass, fresh caches", UInt64(3)), ("second pass, other pairs", UInt64(5))] {
    print("query latency over random pairs and dates (500 runs each, 20 for the whole table; \(pass)):")
    try await latency("relations A B --as-of (facts, evidence, series, recent events)", seed: seed) { a, b, asOf in
        _ = try await events.dyad(a, b, asOf: asOf, recent: 10)
    }
    try await latency("daily series of a pair", seed: seed) { a, b, asOf in _ = try await events.dailySeries(a, b, asOf: asOf) }
    try await latency("events --dyad A,B (first 100)", seed: seed) { a, b, _ in _ = try await events.exportEvents(MentionQuery(dyad: [a, b], limit: 100)) }
    try await latency("relations --as-of (every pair's state)", runs: 20, seed: seed) { _, _, asOf in _ = try await events.relations(asOf: asOf, actor: nil) }
}
