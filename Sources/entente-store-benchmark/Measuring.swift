import EntenteCore
import Foundation

/// The `entente` binary built beside this one.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("entente").path

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// Runs `entente` with `arguments` under GNU time (its peak memory, from the kernel's
/// account of the child); wall seconds, peak megabytes, and standard output when asked.
func timed(_ arguments: [String], keepOutput: Bool = false) throws -> (seconds: Double, peakMegabytes: Double, stdout: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "peak-kilobytes %M", binary] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = keepOutput ? out : FileHandle.nullDevice
    process.standardError = err
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    let text = keepOutput ? String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let peak = errors.split(separator: "\n").last { $0.hasPrefix("peak-kilobytes ") }.flatMap { Double($0.dropFirst(15)) } ?? .nan
    return (seconds, peak / 1024, text)
}


// Three-letter codes, as countries have (a longer code is an actor within a country: its
// first three letters are its side), so each pair is its own.
let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
let sides = (SyntheticNews.countries.count..<150).map { "Q\(letters[$0 / 26])\(letters[$0 % 26])" } + ["NER", "MLI", "BFA", "UKR", "RUS", "FRA", "USA", "DZA", "TCD", "SDN"]
let codes = CAMEO.byCode.keys.sorted()

/// p50 and p99 of `body` over `runs` random pairs, in milliseconds.
func latency(_ label: String, runs: Int = 500, seed: UInt64 = 3, _ body: (String, String, String) async throws -> Void) async throws {
    var times: [Double] = []
    var pick = SyntheticNews(seed: seed)
    for _ in 0..<runs {
        let a = sides[pick.next(sides.count)]
        let b = sides[pick.next(sides.count)]
        let asOf = Day(daysSinceEpoch: 14_600 + pick.next(3_650))!.iso
        let start = DispatchTime.now().uptimeNanoseconds
        try await body(a, b, asOf)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    print("  \(label): p50 \(format(times[times.count / 2], 2)) ms, p99 \(format(times[times.count * 99 / 100], 2)) ms")
}
