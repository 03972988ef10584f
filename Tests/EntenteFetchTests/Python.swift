import Foundation

/// Runs a Python snippet and returns its standard output: gzip fixtures are made by Python's
/// gzip module, an implementation independent of the zlib binding under test.
func python(_ code: String, _ arguments: String...) async throws -> [UInt8] {
    try await offThePool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("python3 exited with status \(process.terminationStatus)")
        }
        return [UInt8](data)
    }
}

/// `bytes` compressed by Python's gzip module.
func pythonGzip(_ bytes: [UInt8]) async throws -> [UInt8] {
    let input = temporaryPath(".plain")
    try Data(bytes).write(to: URL(fileURLWithPath: input))
    defer { try? FileManager.default.removeItem(atPath: input) }
    return try await python("import gzip, sys; sys.stdout.buffer.write(gzip.compress(open(sys.argv[1], 'rb').read()))", input)
}

/// A new temporary file path, removed by the caller.
func temporaryPath(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString)\(suffix)").path
}
