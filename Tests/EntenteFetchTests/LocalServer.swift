import Foundation

/// Fixtures/server.py running on a free loopback port, one per test so that tests running in
/// parallel share no state. The server also exits by itself when its standard input closes,
/// so a test run that crashes leaves no process behind.
struct LocalServer {
    let port: Int
    private let process: Process
    /// Held open for the server's lifetime: closing it is what tells the server to exit.
    private let input: Pipe

    /// The URL of `path` on this server.
    func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Runs `body` with a started server and stops the server afterwards, whatever happens.
    @discardableResult
    static func with<Result>(_ body: (LocalServer) async throws -> Result) async throws -> Result {
        let server = try await start()
        let result: Result
        do {
            result = try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        return result
    }

    private static func start() async throws -> LocalServer {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError("the Fixtures folder is not in the test bundle")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixtures.appendingPathComponent("server.py").path]
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        let line = await firstLine(of: output.fileHandleForReading)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw FixtureError("server.py printed no port but \(line.debugDescription)")
        }
        return LocalServer(port: port, process: process, input: input)
    }

    private func stop() async {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        let process = process
        await offThePool { process.waitUntilExit() }
    }

    /// Reads up to the first newline; blocks until Python has started, so off the pool.
    private static func firstLine(of handle: FileHandle) async -> String {
        await offThePool {
            var data = Data()
            while !data.contains(UInt8(ascii: "\n")) {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
