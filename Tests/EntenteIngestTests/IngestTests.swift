import EntenteCore
import EntenteIngest
import Foundation
import Testing

@Suite struct DecodedTextTests {
    @Test func replacesInvalidUTF8AndCountsIt() {
        let bytes: [UInt8] = Array("Mali ".utf8) + [0xFF, 0xFE] + Array(" Niger".utf8)
        let decoded = DecodedText(bytes)
        #expect(decoded.text == "Mali \u{FFFD}\u{FFFD} Niger")
        #expect(decoded.replacements == 2)
        #expect(decoded.firstInvalidByte == 5)
        #expect(DecodedText(Array("Traoré".utf8)).replacements == 0)
    }

    @Test func recognisesBinary() {
        #expect(DecodedText.looksBinary([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))
        #expect(!DecodedText.looksBinary(Array("Plain news text.\n".utf8)))
        #expect(!DecodedText.looksBinary([UInt8]()))
    }
}

@Suite struct SegmentReaderTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func streamsA50MegabyteFileInBoundedPieces() throws {
        let paragraph = Array("Niger and Mali cut ties with Ukraine on March 16, accusing it of backing rebels.\n\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes += paragraph }
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reader = SegmentReader(handle: handle, chunkSize: 1 << 20)
        var pieces = 0
        var scalars = 0
        var lastOffset = -1
        while let segment = try reader.next() {
            pieces += 1
            #expect(segment.offset == scalars)
            #expect(segment.offset > lastOffset)
            lastOffset = segment.offset
            scalars += segment.text.unicodeScalars.count
            #expect(segment.text.hasSuffix("\n\n"))
        }
        #expect(scalars == bytes.count)
        #expect(reader.bytesRead == bytes.count)
        #expect(pieces >= 50)
        #expect(reader.largestSegment <= 1 << 20)
    }

    @Test func neverCutsInsideACharacter() throws {
        let text = String(repeating: "Goïta–Traoré—", count: 2000)  // no spaces, no newlines
        let url = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        var reader = SegmentReader(handle: handle, chunkSize: 1000)
        var joined = ""
        while let segment = try reader.next() {
            #expect(segment.replacements == 0)
            joined += segment.text
        }
        #expect(joined == text)
    }

    @Test func reportsEmptyInput() throws {
        let url = try temporaryFile([])
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = SegmentReader(handle: try FileHandle(forReadingFrom: url))
        #expect(try reader.next() == nil)
        #expect(reader.bytesRead == 0)
    }
}

@Suite struct JSONLTests {
    @Test func readsRecordsWithOptionalFields() throws {
        let line = #"{"id": "a1", "date": "2024-08-07", "url": "https://x.org", "text": "Mali cut ties."}"#
        let document = try JSONLDocuments.parse(Array(line.utf8), file: "in.jsonl", line: 1).document
        #expect(document.id == "a1")
        #expect(document.date == Day(iso: "2024-08-07"))
        #expect(document.text == "Mali cut ties.")
        let minimal = try JSONLDocuments.parse(Array(#"{"text": "x", "id": 17, "title": null}"#.utf8), file: "in.jsonl", line: 2).document
        #expect(minimal.id == "17" && minimal.date == nil && minimal.title == nil)
    }

    @Test(arguments: [
        ("{not json", "in.jsonl:7: not valid JSON"),
        ("[1, 2]", "in.jsonl:7: expected a JSON object with a \"text\" field"),
        (#"{"title": "no text"}"#, "in.jsonl:7: record has no \"text\" string"),
        (#"{"text": "x", "date": "yesterday"}"#, "in.jsonl:7: \"date\" is not YYYY-MM-DD: yesterday"),
        (#"{"text": "x", "date": 5}"#, "in.jsonl:7: \"date\" must be a string, not a number"),
        (#"{"text": 42}"#, "in.jsonl:7: \"text\" must be a string, not a number"),
        (#"{"text": "x", "url": ["a"]}"#, "in.jsonl:7: \"url\" must be a string, not an array"),
        (#"{"text": "x", "title": {"a": 1}}"#, "in.jsonl:7: \"title\" must be a string, not an object"),
        (#"{"text": "x", "id": true}"#, "in.jsonl:7: \"id\" must be a string or a number, not a boolean"),
        (#"{"text": "x", "source": false}"#, "in.jsonl:7: \"source\" must be a string, not a boolean"),
    ])
    func reportsBadLinesWithTheirNumber(line: String, message: String) {
        do {
            _ = try JSONLDocuments.parse(Array(line.utf8), file: "in.jsonl", line: 7)
            Issue.record("expected an error")
        } catch let error as EntenteError {
            #expect(error.description.hasPrefix(message))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func readsLinesOfAnySize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString).jsonl")
        let long = String(repeating: "x", count: 3 << 20)
        try Data("one\r\n\(long)\nthree".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url))
        var lines: [(Int, Int)] = []
        while case .text(let number, let bytes)? = try reader.next() { lines.append((number, bytes.count)) }
        #expect(lines.map(\.0) == [1, 2, 3])
        #expect(lines.map(\.1) == [3, 3 << 20, 5])
    }

    @Test func skipsLinesOverTheLimitWithoutHoldingThem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString).jsonl")
        let long = String(repeating: "x", count: 5 << 20)
        try Data("one\n\(long)\nthree\n\(long)".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url), maximumLength: 2 << 20)
        var seen: [String] = []
        while let line = try reader.next() {
            switch line {
            case .text(let number, let bytes): seen.append("\(number): \(String(decoding: bytes, as: UTF8.self))")
            case .tooLong(let number, let length): seen.append("\(number): too long, \(length)")
            }
        }
        #expect(seen == ["1: one", "2: too long, \(5 << 20)", "3: three", "4: too long, \(5 << 20)"])
    }

    @Test func reportsInvalidUTF8InsideARecord() throws {
        let bytes = Array(#"{"text": "Mali "#.utf8) + [0xC3, 0x28] + Array(#" cut ties."}"#.utf8)
        let parsed = try JSONLDocuments.parse(bytes, file: "in.jsonl", line: 3)
        #expect(parsed.replacements == 1)
        #expect(parsed.firstInvalidByte == 15)
        #expect(parsed.document.text.contains("\u{FFFD}"))
        #expect(try JSONLDocuments.parse(Array(#"{"text": "Traoré"}"#.utf8), file: "in.jsonl", line: 1).replacements == 0)
    }
}
