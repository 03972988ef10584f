import EntenteCore
import EntenteFetch
import Foundation
import Testing

@Suite struct GzipTests {
    /// Deterministic "random" bytes, so a failure can be replayed.
    func noise(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    func expectCode(_ code: EntenteError.Code, mentioning text: String? = nil, _ work: () throws -> Void) {
        do {
            try work()
            Issue.record("expected \(code.rawValue), got no error")
        } catch let error as EntenteError {
            #expect(error.code == code, "\(error)")
            if let text { #expect(error.description.contains(text), "\(error)") }
        } catch {
            Issue.record("expected an EntenteError, got \(error)")
        }
    }

    @Test func recognisesTheMagicNumber() async throws {
        let compressed = try await pythonGzip(Array("x".utf8))
        #expect(Gzip.isCompressed(compressed))
        #expect(Gzip.isCompressed([0x1F, 0x8B] as [UInt8]))
        #expect(Gzip.isCompressed(Data([0x1F, 0x8B, 0x08])))
        #expect(!Gzip.isCompressed([0x1F] as [UInt8]))
        #expect(!Gzip.isCompressed([0x8B, 0x1F] as [UInt8]))
        #expect(!Gzip.isCompressed([UInt8]()))
        #expect(!Gzip.isCompressed(Array("{\"id\": 1}".utf8)))
    }

    @Test func roundTripsWhatPythonCompressed() async throws {
        let text = Array(String(repeating: "Niger and Mali cut ties with Ukraine; Goïta spoke. ", count: 5000).utf8)
        let compressed = try await pythonGzip(text)
        #expect(compressed.count < text.count / 10)
        #expect(try Gzip.decompress(compressed, limit: 16 << 20) == text)
        let empty = try await pythonGzip([])
        #expect(try Gzip.decompress(empty, limit: 0) == [])
    }

    @Test func acceptsExactlyTheLimitAndRefusesOneByteMore() async throws {
        let text = Array(String(repeating: "a", count: 100_000).utf8)
        let compressed = try await pythonGzip(text)
        #expect(try Gzip.decompress(compressed, limit: text.count) == text)
        expectCode(.tooLarge, mentioning: "99999 bytes") {
            _ = try Gzip.decompress(compressed, limit: text.count - 1)
        }
    }

    @Test func readsConcatenatedMembersAsOneStream() async throws {
        let first = Array("{\"id\": \"a\"}\n".utf8)
        let second = Array("{\"id\": \"b\"}\n".utf8)
        let joined = try await pythonGzip(first) + (try await pythonGzip(second))
        #expect(try Gzip.decompress(joined, limit: 1 << 20) == first + second)
    }

    /// 100 MiB of zeros as gzip, about 100 KiB.
    func bomb() async throws -> [UInt8] {
        try await python("""
            import sys, zlib
            c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            z = bytes(1 << 20)
            sys.stdout.buffer.write(b"".join([c.compress(z) for _ in range(100)] + [c.flush()]))
            """)
    }

    @Test func refusesAZipBombAtTheLimit() async throws {
        let bomb = try await bomb()
        #expect(bomb.count < 1 << 20)
        expectCode(.tooLarge, mentioning: "bomb.gz: decompresses to more than 1 MiB") {
            _ = try Gzip.decompress(bomb, limit: 1 << 20, source: "bomb.gz")
        }
        // Fed in pieces, the stream stops within the first hundredth of the input, having
        // produced no more than the limit.
        let stream = try GzipStream(limit: 1 << 20, source: "bomb.gz")
        var output: [UInt8] = []
        var fed = 0
        do {
            for piece in stride(from: 0, to: bomb.count, by: 256) {
                fed += 1
                try stream.feed(bomb[piece..<min(piece + 256, bomb.count)], into: &output)
            }
            Issue.record("the whole bomb was decompressed")
        } catch let error as EntenteError {
            #expect(error.code == .tooLarge)
        }
        #expect(output.count <= 1 << 20)
        #expect(stream.outputCount <= 1 << 20)
        #expect(fed * 256 < bomb.count / 50, "fed \(fed * 256) of \(bomb.count) bytes")
    }

    @Test func refusesATruncatedStream() async throws {
        let whole = try await pythonGzip(Array(String(repeating: "Sahel alliance. ", count: 1000).utf8))
        expectCode(.gzipInvalid, mentioning: "truncated") {
            _ = try Gzip.decompress(Array(whole.prefix(whole.count / 2)), limit: 1 << 20)
        }
        // Every byte of the data is there; only the CRC and length trailer is missing.
        expectCode(.gzipInvalid, mentioning: "truncated") {
            _ = try Gzip.decompress(Array(whole.dropLast(8)), limit: 1 << 20)
        }
        expectCode(.gzipInvalid, mentioning: "truncated") {
            _ = try Gzip.decompress([0x1F, 0x8B], limit: 1 << 20)
        }
    }

    @Test func refusesCorruptStreams() async throws {
        expectCode(.gzipInvalid, mentioning: "not valid gzip") {
            _ = try Gzip.decompress(noise(count: 4096, seed: 1), limit: 1 << 20, source: "noise.gz")
        }
        // A gzip header followed by noise.
        expectCode(.gzipInvalid) {
            _ = try Gzip.decompress([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03] + noise(count: 4096, seed: 2), limit: 1 << 20)
        }
        // One flipped bit in the data fails the CRC check.
        var flipped = try await pythonGzip(Array(String(repeating: "Bamako. ", count: 500).utf8))
        flipped[flipped.count - 9] ^= 0x01
        expectCode(.gzipInvalid) { _ = try Gzip.decompress(flipped, limit: 1 << 20) }
        expectCode(.gzipInvalid, mentioning: "empty") { _ = try Gzip.decompress([], limit: 1 << 20) }
    }

    @Test func refusesTrailingBytesThatAreNotAnotherMember() async throws {
        let whole = try await pythonGzip(Array("Niamey".utf8))
        expectCode(.gzipInvalid, mentioning: "not valid gzip") {
            _ = try Gzip.decompress(whole + Array("junk".utf8), limit: 1 << 20)
        }
    }

    @Test func neverTrapsOnNoise() async throws {
        for seed in 0..<200 as Range<UInt64> {
            let bytes = [0x1F, 0x8B, 0x08] + noise(count: Int(seed % 64) * 17, seed: seed)
            #expect(throws: EntenteError.self) { try Gzip.decompress(bytes, limit: 1 << 16) }
        }
    }
}

@Suite struct GzipStreamTests {
    @Test func givesTheSameBytesFedOneByteAtATime() async throws {
        let text = Array(String(repeating: "Ouagadougou, Niamey, Bamako. ", count: 300).utf8)
        let compressed = try await pythonGzip(text) + (try await pythonGzip(text))
        let stream = try GzipStream(limit: 1 << 20, source: "pieces")
        var output: [UInt8] = []
        for byte in compressed {
            try stream.feed(CollectionOfOne(byte), into: &output)
            try stream.feed(EmptyCollection(), into: &output)
        }
        try stream.finish()
        #expect(output == text + text)
        #expect(stream.outputCount == output.count)
        #expect(stream.inputCount == compressed.count)
    }

    @Test func isNotFinishedInsideAMember() async throws {
        let compressed = try await pythonGzip(Array("Accra".utf8))
        let stream = try GzipStream(limit: 1 << 20, source: "part")
        var output: [UInt8] = []
        try stream.feed(compressed.dropLast(), into: &output)
        #expect(throws: EntenteError.self) { try stream.finish() }
        try stream.feed(compressed.suffix(1), into: &output)
        try stream.finish()
        #expect(output == Array("Accra".utf8))
    }
}

@Suite struct GzipFileTests {
    @Test func decompressesAFileInChunks() async throws {
        let lines = (0..<20_000).map { "{\"id\": \"\($0)\", \"text\": \"Niger expels U.S. troops.\"}\n" }.joined()
        let text = Array(lines.utf8)
        let path = temporaryPath(".jsonl.gz")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Two members, and chunks small enough that member boundaries fall inside chunks.
        let members = try await pythonGzip(text) + (try await pythonGzip(Array("last\n".utf8)))
        try Data(members).write(to: URL(fileURLWithPath: path))
        #expect(try Gzip.decompress(fileAt: path, limit: 16 << 20, chunkSize: 999) == text + Array("last\n".utf8))
        #expect(try Gzip.decompress(fileAt: path, limit: 16 << 20) == text + Array("last\n".utf8))
    }

    @Test func refusesABombOnDiskAtTheLimit() async throws {
        let path = temporaryPath(".gz")
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await python("""
            import gzip, sys
            with gzip.open(sys.argv[1], "wb") as f:
                z = bytes(1 << 20)
                for _ in range(100):
                    f.write(z)
            """, path)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size > 0 && size < 1 << 20)
        do {
            _ = try Gzip.decompress(fileAt: path, limit: 1 << 20)
            Issue.record("a 100 MiB expansion passed a 1 MiB limit")
        } catch let error as EntenteError {
            #expect(error.code == .tooLarge)
            #expect(error.description.contains(path))
        }
    }

    @Test func reportsAMissingFile() {
        do {
            _ = try Gzip.decompress(fileAt: "/nonexistent/entente.jsonl.gz", limit: 1 << 20)
            Issue.record("a missing file decompressed")
        } catch let error as EntenteError {
            #expect(error.code == .fileUnreadable)
            #expect(error.description.contains("/nonexistent/entente.jsonl.gz"))
        } catch {
            Issue.record("expected an EntenteError, got \(error)")
        }
    }
}
