import EntenteCore
import EntenteIngest

/// What one fuzzer input means. The first byte chooses the kind of input and the rest is
/// its content, so a seed file stays readable: `0Niger cut ties with Ukraine.` is a text
/// dated 2024-08-07, `6Niger [NER]` an actor dictionary.
public enum FuzzInput: Sendable, Equatable {
    /// A document's text (invalid UTF-8 replaced, as the readers do) and its date.
    case text(String, date: Day?)
    /// One line of the JSONL record format.
    case jsonlRecord([UInt8])
    /// A dictionary file with this name and contents.
    case dictionary(name: String, contents: String)

    /// Document dates the fuzzer tries: an ordinary one, none, and the calendar's edges.
    static let documentDates: [Day?] = [
        Day(iso: "2024-08-07"), nil, Day(iso: "0001-01-01"), Day(iso: "9999-12-31"), Day(iso: "2000-02-29"),
    ]

    /// Reads an input: by the first byte modulo 8, 0–4 a text with one of
    /// ``documentDates``, 5 a JSONL record, 6 an actor dictionary, 7 an event dictionary.
    public init(_ bytes: [UInt8]) {
        guard let selector = bytes.first else {
            self = .text("", date: FuzzInput.documentDates[0])
            return
        }
        let content = bytes.dropFirst()
        switch Int(selector % 8) {
        case 5: self = .jsonlRecord(Array(content))
        case 6: self = .dictionary(name: "fuzz.actors", contents: DecodedText(content).text)
        case 7: self = .dictionary(name: "fuzz.verbs", contents: DecodedText(content).text)
        case let index: self = .text(DecodedText(content).text, date: FuzzInput.documentDates[index])
        }
    }
}
