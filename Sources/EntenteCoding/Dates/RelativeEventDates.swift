import EntenteCore

/// Dates counted from another event rather than from a date: "This decision came just two
/// days after Mali did the same." The act the sentence refers to — its own events before the
/// offset, else those of the sentence before ("This decision") — happened that long after the
/// other actor's same act, which is coded too when the document has not coded it yet.
///
/// Whichever of the two has a date stated in the text (day or week precision) dates the
/// other. When neither has, the later stays at the publication date, the latest it can be,
/// and the earlier is counted back from it, keeping `document` precision.
public enum RelativeEventDates {
    /// The words that relate one event's date to another's.
    static let beforeOrAfter: WordSet = ["after", "before"]

    /// Words that say the other actor did the same act.
    static let sameActPhrases: [[String]] = [
        ["did", "the", "same"], ["had", "done", "the", "same"], ["did", "so"], ["had", "done", "so"], ["followed", "suit"], ["had", "followed", "suit"],
    ]

    /// One "N units after X did the same" found in a sentence.
    struct Reference {
        /// The token of the count ("two"): the referring act comes before it.
        var countToken: Int
        /// The offset, counted forward ("after") or back ("before").
        var count: Int
        var unit: DateResolver.Unit
        /// The actor who did the same.
        var other: ActorMention
        /// The token opening the same-act phrase ("did"), the other act's trigger.
        var sameActToken: Int
    }

    /// The events of a document with dates counted from other events, and the other actors'
    /// same acts added where the document had not coded them.
    public static func apply(_ events: [Event], sentences: [AnalyzedSentence]) -> [Event] {
        var events = events
        for (index, sentence) in sentences.enumerated() {
            guard let reference = reference(in: sentence) else { continue }
            let countStart = sentence.tokens[reference.countToken].span.start
            // The referring acts: this sentence's own before the offset, else the sentence before's.
            var referring = events.indices.filter { events[$0].sentence == sentence.sentence.index && events[$0].triggerSpan.start < countStart }
            if referring.isEmpty, index > 0 {
                referring = events.indices.filter { events[$0].sentence == sentences[index - 1].sentence.index }
            }
            let otherCodes = reference.other.codes.filter(ActorCode.hasCountry)
            guard let otherCode = otherCodes.first else { continue }
            let otherCountry = ActorCode.country(of: otherCode)
            // Acts that happened, by another actor than the one who did the same.
            referring.removeAll { ActorCode.country(of: events[$0].source) == otherCountry || !events[$0].mode.isFactual }
            for later in referring {
                let act = events[later]
                let earlier = events.firstIndex { e in
                    ActorCode.country(of: e.source) == otherCountry && e.cameo == act.cameo
                        && ActorCode.country(of: e.target) == ActorCode.country(of: act.target) && e.mode == act.mode
                } ?? {
                    events.append(sameAct(as: act, by: otherCode, reference, in: sentence))
                    return events.count - 1
                }()
                let step = reference.count
                if let (day, precision) = stated(events[earlier]), let moved = DateResolver.shift(day, unit: reference.unit, by: step, period: false) {
                    (events[later].date, events[later].datePrecision) = (moved.0.iso, precision)
                } else if let (day, precision) = stated(events[later]) ?? anchored(events[later]),
                          let moved = DateResolver.shift(day, unit: reference.unit, by: -step, period: false) {
                    (events[earlier].date, events[earlier].datePrecision) = (moved.0.iso, precision)
                }
            }
        }
        // An act added is told in its own sentence, in reading order.
        return events.enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
    }

    /// A date the text states for the event, to the day or week.
    static func stated(_ event: Event) -> (Day, DatePrecision)? {
        guard let precision = event.datePrecision, precision == .day || precision == .week, let iso = event.date, let day = Day(iso: iso) else { return nil }
        return (day, precision)
    }

    /// The publication date an undated event stands at.
    static func anchored(_ event: Event) -> (Day, DatePrecision)? {
        guard event.datePrecision == .document, let iso = event.date, let day = Day(iso: iso) else { return nil }
        return (day, .document)
    }

    /// "N days after X did the same" (or "before"), the count a number or number word, X the
    /// first actor with a country between "after" and the same-act phrase.
    static func reference(in sentence: AnalyzedSentence) -> Reference? {
        let tokens = sentence.tokens
        for i in tokens.indices {
            // The rare word first, by key: a dictionary lookup a token cost more.
            guard beforeOrAfter.contains(key: sentence.keys[i + 2]),
                  let count = DateResolver.numberWords[sentence.lowered[i]] ?? Int(sentence.lowered[i]),
                  let unit = DateResolver.unit(sentence.lowered[i + 1]), ["after", "before"].contains(sentence.lowered[i + 2]) else { continue }
            let start = i + 3
            for k in Range.between(start, min(tokens.count, start + 12)) {
                guard sameActPhrases.contains(where: { words in words.indices.allSatisfy { sentence.lowered[k + $0] == words[$0] } }) else { continue }
                guard let other = sentence.actors.first(where: { m in
                    m.tokens.lowerBound >= start && m.tokens.upperBound <= k && !m.isPlace && m.codes.contains(where: ActorCode.hasCountry)
                }) else { return nil }
                let signed = sentence.lowered[i + 2] == "after" ? count : -count
                return Reference(countToken: i, count: signed, unit: unit, other: other, sameActToken: k)
            }
        }
        return nil
    }

    /// The other actor's same act: the referring event with its source replaced, triggered
    /// by the same-act phrase, in the sentence that tells it.
    static func sameAct(as act: Event, by code: String, _ reference: Reference, in sentence: AnalyzedSentence) -> Event {
        var event = act
        event.sentence = sentence.sentence.index
        event.text = sentence.sentence.text
        event.source = code
        event.sourceText = reference.other.text
        event.sourceSpan = reference.other.span
        event.reporter = nil
        // Its date is counted from the act it repeats, not copied.
        (event.date, event.datePrecision) = (nil, nil)
        let token = sentence.tokens[reference.sameActToken]
        event.trigger = token.text
        event.triggerSpan = token.span
        event.pattern = "the same act as '\(act.trigger)' (RelativeEventDates)"
        return event
    }
}
