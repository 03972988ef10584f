import Foundation
import Testing

@testable import EntenteStore

/// The JSON writer every `--format json` and API answer goes through.
@Suite struct JSONTextTests {
    func text(_ value: Any) throws -> String { String(decoding: try JSONText.encode(value), as: UTF8.self) }

    @Test func keysAreSortedAndValuesTyped() throws {
        let missing: String? = nil
        let object: [String: Any] = ["source_text": "Niger", "sources": 2, "date": NSNull(), "goldstein": -8.0, "mean": -2.5,
                                     "quad_classes": [0, 0, 2, 1], "ok": true, "nested": ["b": 1, "a": [String: Any]()], "gone": missing as Any,
                                     "raw": RawJSON(#"{"x":1}"#)]
        let written = try text(object)
        #expect(written == #"{"date":null,"goldstein":-8,"gone":null,"mean":-2.5,"nested":{"a":{},"b":1},"ok":true,"quad_classes":[0,0,2,1],"raw":{"x":1},"source_text":"Niger","sources":2}"#, "\(written)")
    }

    @Test func stringsAreEscapedAndReadBack() throws {
        let hostile = "quote \" backslash \\ slash / line\nbreak tab\t bell \u{07} ünïcode “curly” </script>"
        let encoded = try text(["text": hostile])
        #expect(encoded.contains(#"\u0007"#) && encoded.contains(#"\n"#) && encoded.contains("/ "))
        let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: String]
        #expect(decoded?["text"] == hostile)
    }

    @Test func whatIsNotJSONIsRefused() {
        #expect(throws: (any Error).self) { try JSONText.encode(["x": Double.nan]) }
        #expect(throws: (any Error).self) { try JSONText.encode(["x": Date()]) }
    }
}
