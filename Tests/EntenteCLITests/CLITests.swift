import Foundation
import Testing

/// Runs the built `entente` binary, as a user would.
enum CLI {
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("entente")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/entente").standardized
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary (or `executable`, such as a wrapper that runs it) with `arguments`.
    static func run(_ arguments: [String], stdin: Data? = nil, executable: URL = binary) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporary(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

@Suite(.serialized) struct CLITests {
    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "build the package first: \(CLI.binary.path)")
    }

    @Test(arguments: [[], ["actors"], ["code"], ["explain"], ["evaluate"], ["evaluate-classes"], ["dictionary", "check"], ["dictionary", "convert"], ["train", "tagger"], ["score-tagger"]])
    func everyCommandHasHelp(command: [String]) throws {
        let result = try CLI.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }

    @Test func codesTheSampleAsJSONL() throws {
        let result = try CLI.run(["actors", "Examples/sahel-ties.txt", "--date", "2024-08-07", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 19)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["doc_id"] as? String == "Examples/sahel-ties.txt")
        let actors = first["actors"] as! [[String: Any]]
        #expect(actors.map { $0["code"] as? String } .contains("UKR"))
        #expect(actors.contains { $0["text"] as? String == "it" && $0["code"] as? String == "UKR" })
        #expect(result.stdout.contains(#""date":"2024-03-16""#))
    }

    @Test func readsStandardInputAndTables() throws {
        let result = try CLI.run(["actors", "--date", "2024-08-07"], stdin: Data("Malian troops met U.S. officials on Saturday.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("MLIMIL"))
        #expect(result.stdout.contains("2024-08-03 (day)"))
    }

    @Test func reportsBadJSONLLinesAndKeepsGoing() throws {
        let path = try CLI.temporary("in.jsonl", Array("""
            {"id": "a", "date": "2024-08-07", "text": "Mali cut ties with Ukraine."}
            {this is not json}
            {"id": "c", "text": "Niger expelled U.S. troops."}
            """.utf8))
        let result = try CLI.run(["actors", path, "--input", "jsonl", "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("in.jsonl:2: not valid JSON"))
        #expect(result.stdout.contains(#""doc_id":"a""#))
        #expect(result.stdout.contains(#""doc_id":"c""#))
    }

    @Test func warnsOnInvalidUTF8AndCodesTheRest() throws {
        let path = try CLI.temporary("bad.txt", Array("Mali ".utf8) + [0xC3, 0x28] + Array(" accused Ukraine.".utf8))
        let result = try CLI.run(["actors", path, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("invalid UTF-8 at byte 5"))
        #expect(result.stdout.contains("UKR"))
    }

    @Test func refusesBinaryAndReportsEmptyFiles() throws {
        let binary = try CLI.temporary("blob.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64))
        let empty = try CLI.temporary("empty.txt", [])
        let good = try CLI.temporary("good.txt", Array("Niger accused Ukraine.".utf8))
        let result = try CLI.run(["actors", binary, empty, good, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("blob.bin: looks like a binary file"))
        #expect(result.stderr.contains("empty.txt: empty input"))
        #expect(result.stdout.contains("NER"))
        let missing = try CLI.run(["actors", "/nonexistent/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot open file"))
    }

    @Test func reportsDictionaryErrorsWithFileAndLine() throws {
        let path = try CLI.temporary("local.actors", Array("entry Niger\n  code NER\n  nmae Niger\n".utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let result = try CLI.run(["actors", "--dictionaries", folder], stdin: Data("Niger.".utf8))
        #expect(result.status != 0)
        #expect(result.stderr.contains("local.actors:3: unknown keyword 'nmae'"))
    }

    @Test func rejectsABadDate() throws {
        let result = try CLI.run(["actors", "--date", "07/08/2024"], stdin: Data("Mali.".utf8))
        #expect(result.status != 0)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    /// A dictionary folder with the shipped actors and a small event dictionary.
    static func eventFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-cli-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shipped = CLI.packageRoot.appendingPathComponent("Sources/EntenteCoding/Resources/Dictionaries")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where !name.hasSuffix(".verbs") {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data("set &ties = ties; relations\nverb cut\n  16 *\n  161 * diplomatic? &ties\nverb accuse\n  112 *\n".utf8)
            .write(to: folder.appendingPathComponent("10-test.verbs"))
        return folder.path
    }

    @Test func codesEventsInEveryFormat() throws {
        let folder = try Self.eventFolder()
        let text = Data("Niger and Mali cut diplomatic ties with Ukraine, accusing it of supporting terrorists.".utf8)
        let jsonl = try CLI.run(["code", "--date", "2024-08-07", "--format", "jsonl", "--dictionaries", folder], stdin: text)
        #expect(jsonl.status == 0)
        let events = jsonl.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(events.count == 4)
        let first = try #require(events.first)
        for field in ["doc_id", "sentence", "text", "source", "target", "source_text", "target_text", "cameo", "root", "plover", "goldstein", "quad_class", "mode", "date", "date_precision"] {
            #expect(first[field] != nil, "missing \(field)")
        }
        #expect(first["cameo"] as? String == "161")
        #expect(first["date_precision"] as? String == "document")
        let tsv = try CLI.run(["code", "--date", "2024-08-07", "--format", "tsv", "--dictionaries", folder], stdin: text)
        #expect(tsv.stdout.split(separator: "\n").count == 5)
        let table = try CLI.run(["code", "--date", "2024-08-07", "--dictionaries", folder], stdin: text)
        #expect(table.stdout.contains("Reduce or break diplomatic relations"))
    }

    @Test func printsOneActorEventsOnlyWhenAsked() throws {
        let folder = try Self.eventFolder()
        let text = Data("Niger cut diplomatic ties with Ukraine. Mali accused on Friday.".utf8)
        let dyadsOnly = try CLI.run(["code", "--date", "2024-08-07", "--format", "tsv", "--dictionaries", folder], stdin: text)
        #expect(dyadsOnly.status == 0 && dyadsOnly.stdout.split(separator: "\n").count == 2, "\(dyadsOnly.stdout)")
        let all = try CLI.run(["code", "--date", "2024-08-07", "--format", "jsonl", "--one-actor", "--dictionaries", folder], stdin: text)
        let events = all.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(events.count == 2)
        let oneActor = try #require(events.last)
        #expect(oneActor["source"] as? String == "MLI" && oneActor["target"] as? String == "" && oneActor["cameo"] as? String == "112")
        let explained = try CLI.run(["explain", "Mali accused on Friday.", "--dictionaries", folder])
        #expect(explained.stdout.contains("MLI 112 (no target) (asserted) — a one-actor event"), "\(explained.stdout)")
    }

    @Test func explainsCandidates() throws {
        let folder = try Self.eventFolder()
        let result = try CLI.run(["explain", "Mali did not cut ties with Ukraine.", "--dictionaries", folder])
        #expect(result.status == 0)
        #expect(result.stdout.contains("trigger cut"))
        #expect(result.stdout.contains("mode negated"))
        #expect(result.stdout.contains("printed only with --all-modes"))
    }

    @Test func evaluatesAndNamesBadGoldLines() throws {
        let folder = try Self.eventFolder()
        let gold = try CLI.temporary("gold.jsonl", Array("""
            {"id": "g1", "date": "2024-08-07", "text": "Niger cut diplomatic ties with Ukraine.", "events": [{"source": "NER", "target": "UKR", "codes": ["16"]}]}
            {"id": "g2", "text": "broken
            {"id": "g3", "date": "2024-08-07", "text": "It rained in Bamako.", "events": []}
            """.utf8))
        let result = try CLI.run(["evaluate", "--gold", gold, "--dictionaries", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("gold.jsonl:2: not valid JSON"))
        #expect(result.stdout.contains("P=1.000 R=1.000 F1=1.000 tp=1 fp=0 gold=1 records_all_right=2/2"))
    }

    @Test func scoresFiveClassSentencesAndNamesBadLines() throws {
        let folder = try Self.eventFolder()
        // Windows line ends, as the ConfliBERT files have ("\r\n" is one Character in Swift).
        let sentences = try CLI.temporary("classes.tsv", Array("""
            Niger cut diplomatic ties with Ukraine.\t3
            It rained in Bamako.\t0
            no label here
            Niger cut diplomatic ties with Ukraine.\t9
            Niger cut diplomatic ties with Ukraine.\t4
            """.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let result = try CLI.run(["evaluate-classes", sentences, "--dictionaries", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("classes.tsv:3: expected text<TAB>label"))
        #expect(result.stderr.contains("classes.tsv:4: expected text<TAB>label"))
        // Three sentences scored: two coded as class 3 (16 reduces relations), one right.
        #expect(result.stdout.contains("coverage=0.667 accuracy_when_coded=0.500"), "\(result.stdout)")
    }
}
