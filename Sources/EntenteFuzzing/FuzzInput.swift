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

    /// Reads an input: by the first byte modulo 12, 0–4 a text with one of
    /// ``documentDates``, 5 a JSONL record, 6 an Entente actor dictionary, 7 an Entente event
    /// dictionary, 8 a PETRARCH verb dictionary, 9 a PETRARCH actor dictionary, 10 a
    /// PETRARCH agent dictionary, 11 a discard list. Seeds start with `0`–`;` (0x30–0x3B),
    /// which select 0–11 in order.
    public init(_ bytes: [UInt8]) {
        guard let selector = bytes.first else {
            self = .text("", date: FuzzInput.documentDates[0])
            return
        }
        let content = bytes.dropFirst()
        switch Int(selector % 12) {
        case 5: self = .jsonlRecord(Array(content))
        case 6: self = .dictionary(name: "fuzz.actors", contents: DecodedText(content).text)
        case 7: self = .dictionary(name: "fuzz.verbs", contents: DecodedText(content).text)
        case 8: self = .dictionary(name: "fuzz_verbs.txt", contents: DecodedText(content).text)
        case 9: self = .dictionary(name: "fuzz_actors.txt", contents: DecodedText(content).text)
        case 10: self = .dictionary(name: "fuzz_agents.txt", contents: DecodedText(content).text)
        case 11: self = .dictionary(name: "fuzz.discards", contents: DecodedText(content).text)
        case let index: self = .text(DecodedText(content).text, date: FuzzInput.documentDates[index])
        }
    }
}
