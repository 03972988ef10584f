import EntenteCoding
import EntenteCore

/// The people-readable rendering of `entente actors`.
enum ActorTable {
    static func render(_ analyzed: AnalyzedSentence, documentID: String?, dateline: String?) -> String {
        var lines = ["[\(documentID ?? "-") #\(analyzed.sentence.index)] \(analyzed.sentence.text.split(whereSeparator: \.isNewline).joined(separator: " "))"]
        if let dateline { lines.append("    dateline  \(dateline)") }
        for actor in analyzed.actors {
            var code = actor.codes.isEmpty ? "(no code)" : actor.codes.joined(separator: "+")
            if actor.isPlace { code += " (place)" }
            var via = actor.source.rawValue
            if let antecedent = actor.antecedent { via += " → #\(antecedent.sentence).\(antecedent.mention)" }
            lines.append("    actor  \(pad(actor.text, 34)) \(pad("\(actor.span.start)-\(actor.span.end)", 10)) \(pad(code, 16)) \(pad(via, 20)) \(actor.entries.joined(separator: " + "))")
        }
        for date in analyzed.dates {
            let value = date.iso.map { "\($0) (\(date.precision!.rawValue))" } ?? "unresolved"
            lines.append("    date   \(pad(date.text, 34)) \(pad("\(date.span.start)-\(date.span.end)", 10)) \(pad(value, 16)) \(date.rule)")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
