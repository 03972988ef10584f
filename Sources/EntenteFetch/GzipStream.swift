import CompressNIO
import EntenteCore
import NIOCore

/// Decompresses a gzip stream that arrives in pieces (an HTTP body, a file read in chunks),
/// refusing it as soon as its output would pass `limit`.
///
/// Output goes through one fixed window, so a zip bomb costs at most `limit` bytes of output
/// plus the window, never the size it claims to expand to. Concatenated gzip members (what
/// `cat a.gz b.gz` makes, and what some log rotators write) are read as one stream, as `gzip -d`
/// does; anything after a member that is not another member is an error, not silently dropped.
///
/// A class, not a struct: zlib's state lives behind a pointer and must not be copied.
public final class GzipStream {
    /// The most decompressed bytes this stream will produce.
    public let limit: Int
    /// Names the input in error messages: a file path or a URL.
    public let source: String
    /// Decompressed bytes produced so far.
    public private(set) var outputCount = 0
    /// Compressed bytes fed so far.
    public private(set) var inputCount = 0

    private let decompressor: ZlibDecompressor
    private var window: ByteBuffer
    /// The current member's trailer has been read; more input starts a new member.
    private var memberEnded = false

    private static let windowSize = 64 << 10

    /// Creates a stream that will refuse to produce more than `limit` bytes.
    public init(limit: Int, source: String) throws {
        precondition(limit >= 0, "a decompression limit cannot be negative")
        self.limit = limit
        self.source = source
        do {
            decompressor = try ZlibDecompressor(algorithm: .gzip)
        } catch {
            throw EntenteError(.gzipInvalid, "\(source): cannot start decompressing", cause: error)
        }
        window = ByteBufferAllocator().buffer(capacity: Self.windowSize)
    }

    /// Feeds the next compressed bytes, appending what they decompress to onto `output`.
    public func feed(_ chunk: some Collection<UInt8>, into output: inout [UInt8]) throws {
        var buffer = ByteBufferAllocator().buffer(capacity: chunk.count)
        buffer.writeBytes(chunk)
        try feed(buffer, into: &output)
    }

    /// As ``feed(_:into:)``, for a chunk already in a `ByteBuffer` (as an HTTP body arrives).
    public func feed(_ chunk: ByteBuffer, into output: inout [UInt8]) throws {
        // Nothing to learn from an empty chunk, and zlib must not be handed storage that may not exist.
        guard chunk.readableBytes > 0 else { return }
        var input = chunk
        inputCount += input.readableBytes
        while true {
            if memberEnded {
                guard input.readableBytes > 0 else { return }
                do { try decompressor.reset() } catch { throw invalid("cannot read the next gzip member", error) }
                memberEnded = false
            }
            let unread = input.readableBytes
            let produced = outputCount
            let outcome = try inflate(&input, into: &output)
            let progressed = input.readableBytes < unread || outputCount > produced
            switch outcome {
            case .windowFull:
                // zlib may hold more output even when all input is consumed: go round again.
                guard progressed else { throw invalid("cannot be decompressed: zlib made no progress", nil) }
            case .needsInput:
                return
            case .stopped:
                // zlib stops with room left either at a member's end or because the input ran
                // out; CompressNIO reports both alike, so ask zlib again with no input.
                memberEnded = try probeEnded(into: &output)
                if memberEnded { continue }
                if input.readableBytes == 0 { return }
                guard progressed else { throw invalid("cannot be decompressed: zlib made no progress", nil) }
            }
        }
    }

    /// Declares the input complete; throws when it stopped inside a member.
    public func finish() throws {
        guard inputCount > 0 else { throw invalid("is empty, not gzip data", nil) }
        guard memberEnded else { throw invalid("is truncated: the gzip stream ends early", nil) }
    }

    private enum Outcome { case windowFull, needsInput, stopped }

    private func inflate(_ input: inout ByteBuffer, into output: inout [UInt8]) throws -> Outcome {
        window.clear()
        let outcome: Outcome
        do {
            try decompressor.inflate(from: &input, to: &window)
            outcome = .stopped
        } catch let error as CompressNIOError where error == .bufferOverflow {
            outcome = .windowFull
        } catch let error as CompressNIOError where error == .inputBufferOverflow {
            outcome = .needsInput
        } catch let error as CompressNIOError where error == .corruptData {
            throw invalid("is not valid gzip data", error)
        } catch {
            throw invalid("cannot be decompressed", error)
        }
        try emit(into: &output)
        return outcome
    }

    /// Whether the current member has ended: zlib answers a finished stream with "stream end"
    /// again, and an unfinished one with "no progress possible", whatever it was given before.
    private func probeEnded(into output: inout [UInt8]) throws -> Bool {
        // Real storage behind the empty input: zlib is handed its address, which must exist.
        var empty = ByteBufferAllocator().buffer(capacity: 16)
        switch try inflate(&empty, into: &output) {
        case .stopped: return true
        case .needsInput: return false
        case .windowFull: throw invalid("cannot be decompressed: zlib produced output from no input", nil)
        }
    }

    private func emit(into output: inout [UInt8]) throws {
        let produced = window.readableBytes
        guard produced > 0 else { return }
        guard produced <= limit - outputCount else {
            throw EntenteError(.tooLarge, "\(source): decompresses to more than \(ByteCount(limit)), the limit")
        }
        output.append(contentsOf: window.readableBytesView)
        outputCount += produced
    }

    private func invalid(_ what: String, _ cause: (any Error)?) -> EntenteError {
        EntenteError(.gzipInvalid, "\(source) \(what)", cause: cause)
    }
}
