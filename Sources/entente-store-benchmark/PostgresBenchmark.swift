import EntenteCore
import EntentePostgres
import EntenteStore
import Foundation

// The PostgreSQL half of the store benchmark (ENTENTE_BENCHMARK_POSTGRES names a server whose
// role may create databases): ingest through the queue by 1, 2 and 4 worker processes, and
// query latency over generated events. Its figures go to BENCHMARKS.md beside SQLite's.

/// psql on `url`; its rows, `|`-separated. The benchmark's own SQL (database names and the
/// bulk generator) is text it writes itself, never input.
@discardableResult
func psql(_ url: PostgresURL, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
    process.arguments = ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", url.host, "-p", String(url.port), "-U", url.user, "-d", url.database, "-c", sql]
    process.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": url.password ?? ""]) { $1 }
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw EntenteError(.storeFailed, "psql failed: \(sql.prefix(200))") }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

/// A fresh database named `name` on `server` (dropped first if it exists).
func freshDatabase(_ name: String, on server: PostgresURL) throws -> PostgresURL {
    try psql(server, "DROP DATABASE IF EXISTS \(name)")
    try psql(server, "CREATE DATABASE \(name)")
    return server.with(database: name)
}

/// The URL with its password, as `--db` takes it (the benchmark's own throwaway server).
func argument(_ url: PostgresURL) -> String {
    "postgres://\(url.user):\(url.password ?? "")@\(url.host):\(url.port)/\(url.database)"
}

/// Ingest of `corpus` through the queue by 1, 2 and 4 worker processes (each coding one
/// document at a time), each into a fresh database.
func benchmarkWorkers(server: PostgresURL, corpus: String, documents: Int) async throws {
    print("PostgreSQL ingest through the queue (entente enqueue, then N × entente worker --concurrency 1 --until-empty):")
    for workers in [1, 2, 4] {
        let url = try freshDatabase("entente_bench_workers_\(workers)", on: server)
        let enqueue = try timed(["enqueue", corpus, "--db", argument(url)])
        let start = DispatchTime.now().uptimeNanoseconds
        let results = try await withThrowingTaskGroup(of: (Double, Double, String).self) { group in
            for _ in 0..<workers {
                group.addTask { try timed(["worker", "--db", argument(url), "--until-empty", "--concurrency", "1"]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let store = try await PostgresEventStore.connect(url, connections: 1)
        let counts = try await store.counts()
        await store.close()
        let peak = results.map(\.1).max() ?? .nan
        print("  \(workers) worker(s): \(format(seconds, 2)) s, \(format(Double(counts.documents["coded"] ?? 0) / seconds)) documents/s, "
              + "\(format(Double(counts.mentions) / seconds)) event mentions/s, \(format(Double(counts.events) / seconds)) events/s, "
              + "peak \(format(peak)) MB a worker (enqueue took \(format(enqueue.seconds, 2)) s)")
    }
}

/// Query latency over `count` generated events, made in bulk by SQL with the sides, codes
/// and dates of the SQLite benchmark's, one mention each (storing them through the store
/// runs at ingest's speed, about 350 mentions a second a worker). No relation facts are
/// generated: a pair's report reads its facts through their own index either way.
func benchmarkPostgresQueries(server: PostgresURL, count: Int) async throws {
    let name = "entente_bench_events_\(count)"
    var url = server.with(database: name)
    let exists = (try? psql(url, "SELECT count(*) FROM event")).flatMap(Int.init) ?? 0
    let build = DispatchTime.now().uptimeNanoseconds
    if exists < count {
        url = try freshDatabase(name, on: server)
        let store = try await PostgresEventStore.connect(url, connections: 2)
        try generate(url, events: count)
        await store.close()
        try psql(url, "VACUUM ANALYZE")
    }
    let store = try await PostgresEventStore.connect(url, connections: 2)
    let counts = try await store.counts()
    let bytes = Double(try psql(url, "SELECT pg_database_size(current_database())")) ?? .nan
    print("PostgreSQL store of \(counts.mentions) mentions in \(counts.events) merged events"
          + (exists < count ? ", built in \(format(Double(DispatchTime.now().uptimeNanoseconds - build) / 1e9)) s" : " (kept from an earlier run)")
          + ": \(format(bytes / 1_048_576)) MB (\(format(bytes / 1_048_576 / (Double(counts.events) / 1_000_000))) MB a million events)")
    for (pass, seed) in [("first pass", UInt64(3)), ("second pass, other pairs", UInt64(5))] {
        print("query latency over random pairs and dates (500 runs each, 20 for every pair's state; \(pass)):")
        try await latency("relations A B --as-of (facts, evidence, series, recent events)", seed: seed) { a, b, asOf in
            _ = try await store.dyad(a, b, asOf: asOf, recent: 10)
        }
        try await latency("events --dyad A,B over the year before a date (first 100)", seed: seed) { a, b, asOf in
            let from = Day(daysSinceEpoch: (Day(iso: asOf)?.daysSinceEpoch ?? 0) - 365)?.iso
            _ = try await store.mergedEvents(MentionQuery(dyad: [a, b], from: from, to: asOf, limit: 100))
        }
        try await latency("network over the 30 days before a date", seed: seed) { _, _, asOf in
            _ = try await store.network(asOf: asOf, windowDays: 30)
        }
        try await latency("relations --as-of (every pair's state)", runs: 20, seed: seed) { _, _, asOf in _ = try await store.relations(asOf: asOf, actor: nil) }
    }
    await store.close()
}

/// Generates `events` events with one mention each in bulk, by SQL: random sides, code and
/// day in the ten years from 2009-12-22, one in ten negated; what a store that has coded
/// years of news holds, built in minutes. Each event is written with its summary (one
/// mention, one article, one source), so the trigger that keeps summaries is deferred.
func generate(_ url: PostgresURL, events: Int) throws {
    let sideList = sides.map { "'\($0)'" }.joined(separator: ",")
    let types = codes.compactMap(CAMEO.type)
    let codeList = types.map { "'\($0.code)'" }.joined(separator: ",")
    let goldsteinList = types.map { String($0.goldstein) }.joined(separator: ",")
    let quadList = types.map { String($0.quadClass.rawValue) }.joined(separator: ",")
    let documents = (events + 49) / 50
    try psql(url, """
        SET entente.defer_summaries = on;
        SELECT entente_ensure_month((extract(year FROM d) * 100 + extract(month FROM d))::int) FROM generate_series(date '2009-12-01', date '2020-01-01', interval '1 month') AS d;
        CREATE TABLE bench_side AS SELECT * FROM unnest(ARRAY[\(sideList)]) WITH ORDINALITY AS s(side, n);
        CREATE TABLE bench_code AS SELECT * FROM unnest(ARRAY[\(codeList)], ARRAY[\(goldsteinList)]::float8[], ARRAY[\(quadList)]::int[])
            WITH ORDINALITY AS c(code, goldstein, quad, n);
        INSERT INTO document (identity, text, ingested_at, dictionary_version, status)
            SELECT 'id:bench-' || g, 'Synthetic document.', '2026-01-01T00:00:00Z', 'benchmark', 'coded' FROM generate_series(1, \(documents)) AS g;
        INSERT INTO sentence (document_id, number, start, "end", text, tells_event)
            SELECT id, 0, 0, 19, 'Synthetic sentence.', true FROM document ORDER BY id;
        INSERT INTO event (month, source, target, cameo, mode, date, date_precision, source_side, target_side, family, mode_class,
                           mentions, documents, sources, quad_class, goldstein)
            SELECT (extract(year FROM x.d) * 100 + extract(month FROM x.d))::int, s.side, t.side, c.code, x.mode, to_char(x.d, 'YYYY-MM-DD'), 'day', s.side, t.side,
                   left(c.code, 3), CASE WHEN x.mode = 'asserted' THEN 'factual' ELSE x.mode END, 1, 1, 1, c.quad, c.goldstein
            FROM (SELECT date '2009-12-22' + floor(random() * 3650)::int AS d, 1 + floor(random() * \(sides.count))::int AS si,
                         floor(random() * \(sides.count - 1))::int AS ti, 1 + floor(random() * \(types.count))::int AS ci,
                         CASE WHEN random() < 0.1 THEN 'negated' ELSE 'asserted' END AS mode
                  FROM generate_series(1, \(events))) AS x
            JOIN bench_side s ON s.n = x.si JOIN bench_side t ON t.n = (x.si + x.ti) % \(sides.count) + 1 JOIN bench_code c ON c.n = x.ci;
        INSERT INTO mention (event_id, month, document_id, sentence_id, source, target, cameo, root, goldstein, quad_class, mode, date,
                             date_precision, source_text, target_text, source_start, source_end, target_start, target_end, trigger,
                             trigger_start, trigger_end, pattern)
            SELECT e.id, e.month, 1 + (e.id - 1) / 50, 1 + (e.id - 1) / 50, e.source, e.target, e.cameo, left(e.cameo, 2), c.goldstein,
                   c.quad, e.mode, e.date, 'day', e.source, e.target, 0, 1, 2, 3, 'x', 1, 2, 'benchmark'
            FROM event e JOIN bench_code c ON c.code = e.cameo;
        DROP TABLE bench_side;
        DROP TABLE bench_code;
        """)
}
