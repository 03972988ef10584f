import EntenteCore
import Foundation

/// Reads a text file or stream in bounded pieces cut between paragraphs (or, failing that,
/// between lines or words), so a file of any size is analysed in constant memory.
public struct SegmentReader {
    /// A piece of the input, decoded.
    public struct Segment: Sendable {
        /// The decoded text.
        public var text: String
        /// Scalar offset of the piece in the whole input.
        public var offset: Int
        /// Byte offset of the piece in the whole input.
        public var byteOffset: Int
        /// Invalid UTF-8 sequences replaced in this piece.
        public var replacements: Int
        /// Absolute byte offset of the first invalid sequence, if any.
        public var firstInvalidByte: Int?
    }

    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var finished = false
    private var scalarOffset = 0
    private var byteOffset = 0
    /// The largest piece handed out so far, in bytes (for the memory-bound tests).
    public private(set) var largestSegment = 0
    /// Whether the first bytes looked binary; the caller decides what to do.
    public private(set) var looksBinary = false
    /// Total bytes read.
    public private(set) var bytesRead = 0

    /// Reads from `handle` in chunks of `chunkSize` bytes.
    public init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = max(chunkSize, 16)
    }

    /// The next piece, or nil at the end.
    public mutating func next() throws -> Segment? {
        // Read a little past the chunk so the byte after any cut is known.
        while !finished, buffer.count <= chunkSize + 4 {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            if data.isEmpty {
                finished = true
            } else {
                if bytesRead == 0 { looksBinary = DecodedText.looksBinary(data) }
                bytesRead += data.count
                buffer.append(contentsOf: data)
            }
        }
        guard !buffer.isEmpty else { return nil }
        let cut = finished && buffer.count <= chunkSize ? buffer.count : cutPoint(buffer, limit: min(buffer.count, chunkSize))
        let piece = buffer[..<cut]
        let decoded = DecodedText(piece)
        let segment = Segment(
            text: decoded.text, offset: scalarOffset, byteOffset: byteOffset,
            replacements: decoded.replacements, firstInvalidByte: decoded.firstInvalidByte.map { $0 + byteOffset }
        )
        largestSegment = max(largestSegment, cut)
        scalarOffset += decoded.text.unicodeScalars.count
        byteOffset += cut
        buffer.removeFirst(cut)
        return segment
    }

    /// Where to cut `bytes` at or before `limit`: after a blank line, else after a line break,
    /// else after a space, else (a huge unbroken run) at a UTF-8 character boundary.
    func cutPoint(_ bytes: [UInt8], limit: Int) -> Int {
        var lastNewline: Int?
        var lastSpace: Int?
        var i = limit - 1
        while i > 0 {
            if bytes[i] == 0x0A {
                // A blank line, with Unix or Windows line ends.
                if bytes[i - 1] == 0x0A || (bytes[i - 1] == 0x0D && i >= 2 && bytes[i - 2] == 0x0A) { return i + 1 }
                if lastNewline == nil { lastNewline = i + 1 }
            } else if bytes[i] == 0x20, lastSpace == nil {
                lastSpace = i + 1
            }
            i -= 1
        }
        if let lastNewline { return lastNewline }
        if let lastSpace { return lastSpace }
        var cut = limit
        while cut > 1, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
