import EntenteCoding
import EntenteCore

/// One line of `entente actors --format jsonl`: a sentence with its actors and dates.
struct SentenceRecord: Encodable {
    struct Actor: Encodable {
        var text: String
        var start: Int
        var end: Int
        var code: String?
        var codes: [String]
        var source: String
        var kind: String?
        var entry: [String]
        var place: Bool
        var antecedent: MentionReference?
    }

    struct DateRecord: Encodable {
        var text: String
        var start: Int
        var end: Int
        var date: String?
        var precision: String?
        var rule: String
    }

    var doc_id: String?
    var sentence: Int
    var text: String
    var start: Int
    var end: Int
    var dateline: String?
    var actors: [Actor]
    var dates: [DateRecord]

    init(documentID: String?, analyzed: AnalyzedSentence, datelineText: String?) {
        doc_id = documentID
        sentence = analyzed.sentence.index
        text = analyzed.sentence.text
        start = analyzed.sentence.span.start
        end = analyzed.sentence.span.end
        dateline = datelineText
        actors = analyzed.actors.map {
            Actor(text: $0.text, start: $0.span.start, end: $0.span.end, code: $0.code, codes: $0.codes, source: $0.source.rawValue,
                  kind: $0.kind?.rawValue, entry: $0.entries, place: $0.isPlace, antecedent: $0.antecedent)
        }
        dates = analyzed.dates.map {
            DateRecord(text: $0.text, start: $0.span.start, end: $0.span.end, date: $0.iso, precision: $0.precision?.rawValue, rule: $0.rule)
        }
    }
}
