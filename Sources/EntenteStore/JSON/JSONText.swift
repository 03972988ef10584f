import Foundation

/// Already-encoded JSON, written as it is (an `Event` from `JSONEncoder`, say).
public struct RawJSON: Sendable {
    /// The JSON text.
    public var text: String

    /// Wraps JSON text.
    public init(_ text: String) {
        self.text = text
    }
}

/// Writes a tree of dictionaries, arrays, strings, numbers, booleans and nulls as compact JSON
/// with keys in code-point order and slashes as they are, the form every `--format json` and
/// API answer takes. Foundation's `JSONSerialization` sorts keys with locale-aware comparison
/// on Linux, which made an API answer of a hundred events cost tens of milliseconds.
enum JSONText {
    static func encode(_ value: Any) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try write(value, into: &out)
        return out
    }

    // Dispatch on the value's exact type first: a failed `as?` on Linux goes through
    // Foundation's bridging (NSNumber, NSString), which cost more than writing the value.
    private static let stringType = ObjectIdentifier(String.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let int64Type = ObjectIdentifier(Int64.self)
    private static let doubleType = ObjectIdentifier(Double.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let nullType = ObjectIdentifier(NSNull.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let arrayType = ObjectIdentifier([Any].self)
    private static let rawType = ObjectIdentifier(RawJSON.self)

    static func write(_ value: Any, into out: inout [UInt8]) throws {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == stringType, let string = value as? String {
            writeString(string, into: &out)
        } else if type == intType, let number = value as? Int {
            out += Array(String(number).utf8)
        } else if type == int64Type, let number = value as? Int64 {
            out += Array(String(number).utf8)
        } else if type == doubleType, let number = value as? Double {
            try writeNumber(number, into: &out)
        } else if type == boolType, let flag = value as? Bool {
            out += Array((flag ? "true" : "false").utf8)
        } else if type == nullType {
            out += Array("null".utf8)
        } else if type == rawType, let raw = value as? RawJSON {
            out += Array(raw.text.utf8)
        } else if type == objectType, let object = value as? [String: Any] {
            try object.writeJSON(into: &out)
        } else if type == arrayType, let array = value as? [Any] {
            try array.writeJSON(into: &out)
        } else if let array = value as? any JSONWritableArray {
            try array.writeJSON(into: &out)
        } else if let object = value as? any JSONWritableObject {
            try object.writeJSON(into: &out)
        } else {
            try writeOther(value, into: &out)
        }
    }

    /// The rarer values: other integer and text types, and optionals held in an `Any`.
    private static func writeOther(_ value: Any, into out: inout [UInt8]) throws {
        switch value {
        case let string as Substring: writeString(String(string), into: &out)
        case let number as Int32: out += Array(String(number).utf8)
        case let number as Float: try writeNumber(Double(number), into: &out)
        default:
            // An `Any` holding an optional: null when nil, else what it wraps.
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else { out += Array("null".utf8); return }
                try write(wrapped, into: &out)
                return
            }
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not a JSON value: \(type(of: value))"))
        }
    }

    static func writeNumber(_ number: Double, into out: inout [UInt8]) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "JSON has no \(number)"))
        }
        // Whole numbers print as integers (-8, not -8.0), as JSONSerialization printed them.
        if number == number.rounded(), abs(number) < 1e15 {
            out += Array(String(Int64(number)).utf8)
        } else {
            out += Array(String(number).utf8)
        }
    }

    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Arrays of any element type (`[String]`, `[[String: Any]]`), written without first being
/// converted to `[Any]`.
protocol JSONWritableArray {
    func writeJSON(into out: inout [UInt8]) throws
}

extension Array: JSONWritableArray {
    func writeJSON(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "["))
        for (index, element) in enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            try JSONText.write(element, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

/// Dictionaries keyed by strings with any value type (`[String: String]`).
protocol JSONWritableObject {
    func writeJSON(into out: inout [UInt8]) throws
}

extension Dictionary: JSONWritableObject where Key == String {
    func writeJSON(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            try JSONText.write(value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
