import EntenteCore

/// The date an event takes: a date stated in the trigger's sentence (the nearest one), else
/// the document date at `document` precision, else none.
enum EventDating {
    static func date(for trigger: Int, in sentence: AnalyzedSentence, documentDate: Day?) -> (String?, DatePrecision?) {
        let resolved = sentence.dates.filter { $0.isResolved }
        if let nearest = resolved.min(by: { distance($0.tokens, trigger) < distance($1.tokens, trigger) }), let iso = nearest.iso {
            return (iso, nearest.precision)
        }
        guard let documentDate else { return (nil, nil) }
        return (documentDate.iso, .document)
    }

    static func distance(_ range: Range<Int>, _ index: Int) -> Int {
        range.contains(index) ? 0 : range.lowerBound > index ? range.lowerBound - index : index - range.upperBound + 1
    }
}
