import EntenteCore

/// Little-endian writer for model files.
struct ByteWriter {
    private(set) var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func uint8(_ v: UInt8) { data.append(v) }
    mutating func uint16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func uint32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func uint64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func float(_ v: Float) { uint32(v.bitPattern) }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        uint32(UInt32(utf8.count))
        data.append(contentsOf: utf8)
    }
}

/// Little-endian reader for model files; every read checks the bounds.
struct ByteReader {
    private let data: [UInt8]
    private var position = 0

    init(_ data: [UInt8]) { self.data = data }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= data.count else {
            throw EntenteError(.modelInvalid, "model file is truncated")
        }
        defer { position += count }
        return data[position..<position + count]
    }

    mutating func bytes(_ count: Int) throws -> [UInt8] { Array(try take(count)) }
    mutating func uint8() throws -> UInt8 { try take(1).first! }
    /// Bytes not read yet.
    var remaining: Int { data.count - position }

    mutating func uint16() throws -> UInt16 {
        let bytes = try take(2)
        return UInt16(bytes[bytes.startIndex]) | UInt16(bytes[bytes.startIndex + 1]) << 8
    }
    mutating func uint32() throws -> UInt32 {
        try take(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
    mutating func uint64() throws -> UInt64 {
        try take(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
    mutating func float() throws -> Float { Float(bitPattern: try uint32()) }
    mutating func string() throws -> String {
        let count = Int(try uint32())
        return String(decoding: try take(count), as: UTF8.self)
    }
}
