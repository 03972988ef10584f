import Foundation
import Testing

/// Bad input and broken output, as a user's shell meets them: each ends with a clear
/// message and loses nothing else.
@Suite(.serialized) struct HostileInputCLITests {
    @Test func aFullDiskIsAnErrorNotATrap() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["code", "Examples/sahel-ties.txt", "--date", "2024-08-07"]
        process.currentDirectoryURL = CLI.packageRoot
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot write to standard output: No space left on device"))
    }

    @Test func aClosedPipeStopsQuietly() throws {
        let process = Process()
        process.executableURL = CLI.binary
        let big = try CLI.temporary("big.txt", Array(String(repeating: "Niger expelled French troops and Mali cut ties with Ukraine.\n\n", count: 4000).utf8))
        process.arguments = ["code", big, "--date", "2024-08-07"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.readData(ofLength: 100)
        try out.fileHandleForReading.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Killed by SIGPIPE, or (when the parent ignores it) exiting with 128 + SIGPIPE:
        // either way no message and no trap.
        #expect(message.isEmpty, "\(message)")
        #expect(process.terminationStatus == 13 || process.terminationStatus == 141)
    }

    @Test func aFolderThatLoadsNothingIsAnError() throws {
        let path = try CLI.temporary("empty.actors", Array("# nothing here yet\n".utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let result = try CLI.run(["dictionary", "check", "--dictionaries", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no actor entries or event patterns loaded"))
    }

    @Test func windowsLineEndsInADictionaryLoad() throws {
        let path = try CLI.temporary("local.actors", Array("entry Gondor\r\n  code GON\r\n  name Gondor\r\n".utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let result = try CLI.run(["actors", "--dictionaries", folder, "--date", "2024-08-07"], stdin: Data("Gondor sent envoys.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("GON"))
    }

    @Test func badJSONLFieldsAreErrorsForTheirLineAndTheRestIsCoded() throws {
        let lines = [
            #"{"id": "a", "text": "Niger expelled French troops.", "date": 5}"#,
            #"{"id": "b", "text": "Niger expelled French troops.", "date": "2024-08-07"}"#,
            #"{"id": "c", "text": 7}"#,
        ]
        let result = try CLI.run(["code", "--input", "jsonl", "--format", "jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:1: \"date\" must be a string, not a number"))
        #expect(result.stderr.contains("<stdin>:3: \"text\" must be a string, not a number"))
        #expect(result.stdout.contains(#""doc_id":"b""#))
    }

    @Test func invalidUTF8InsideJSONLIsReported() throws {
        let bytes = Array(#"{"id": "a", "text": "Niger expelled "#.utf8) + [0xFF] + Array(#" French troops."}"#.utf8)
        let result = try CLI.run(["code", "--input", "jsonl", "--date", "2024-08-07"], stdin: Data(bytes))
        #expect(result.stderr.contains("<stdin>:1: invalid UTF-8"))
        #expect(result.stdout.contains("NER"))
    }

    @Test func aRecordOverTheSizeLimitIsSkippedWithAMessage() throws {
        let long = #"{"id": "big", "text": ""# + String(repeating: "x", count: 5000) + #""}"#
        let small = #"{"id": "ok", "text": "Niger expelled French troops.", "date": "2024-08-07"}"#
        let result = try CLI.run(["code", "--input", "jsonl", "--max-record-size", "1000", "--format", "jsonl"], stdin: Data((long + "\n" + small + "\n").utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:1: record of 5025 bytes is over the --max-record-size limit of 1000 bytes; skipped"))
        #expect(result.stdout.contains(#""doc_id":"ok""#))
    }

    @Test func aByteOrderMarkedSampleCodesAsThePlainOne() throws {
        let sample = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/sahel-ties.txt"))
        let marked = try CLI.temporary("marked.txt", [0xEF, 0xBB, 0xBF] + [UInt8](sample))
        let plain = try CLI.run(["code", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--format", "tsv"])
        let withMark = try CLI.run(["code", marked, "--date", "2024-08-07", "--format", "tsv"])
        func codes(_ output: String) -> [String] {
            output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").dropFirst(2).prefix(3).joined(separator: " ") }
        }
        #expect(withMark.status == 0)
        #expect(codes(withMark.stdout) == codes(plain.stdout))
        #expect(codes(plain.stdout).count >= 11)
    }
}
