import EntenteCore

/// A document's text as HTML with its actors and event triggers marked, everything else
/// escaped. Spans are Unicode scalar offsets into the text, as the coder gives them.
enum DocumentHighlight {
    static func html(_ text: String, mentions: [Event]) -> String {
        let scalars = Array(text.unicodeScalars)
        // Per scalar: bit 1 an actor, bit 2 a trigger.
        var marks = [UInt8](repeating: 0, count: scalars.count)
        func mark(_ span: TextSpan, _ bit: UInt8) {
            let start = max(0, min(span.start, scalars.count))
            let end = max(start, min(span.end, scalars.count))
            for index in start..<end { marks[index] |= bit }
        }
        for mention in mentions {
            mark(mention.sourceSpan, 1)
            mark(mention.targetSpan, 1)
            mark(mention.triggerSpan, 2)
        }
        var html = ""
        var index = 0
        while index < scalars.count {
            let kind = marks[index]
            var end = index
            while end < scalars.count, marks[end] == kind { end += 1 }
            var run = String.UnicodeScalarView()
            run.append(contentsOf: scalars[index..<end])
            let escaped = Markup.escape(String(run))
            switch kind {
            case 0: html += escaped
            case 1: html += #"<mark class="actor">"# + escaped + "</mark>"
            case 2: html += #"<mark class="trigger">"# + escaped + "</mark>"
            default: html += #"<mark class="actor trigger">"# + escaped + "</mark>"
            }
            index = end
        }
        return html
    }
}
