import EntenteCore

/// Finds date expressions in a sentence and resolves them against the document date:
/// "March 16" (the latest such day not after the document date), "on 4 August 2024",
/// "on Saturday", "yesterday", "last week", "late July", "in 2015", "two days ago",
/// "two days later" (counted from the last date the document stated).
///
/// With no document date, only expressions that carry their own year are resolved; the rest
/// are reported unresolved rather than guessed.
public enum DateResolver {
    /// What the resolver knows besides the sentence.
    public struct Context: Sendable {
        /// The document's publication date.
        public var documentDate: Day?
        /// The last date stated earlier in the document, for "two days later".
        public var anchor: Day?

        /// Creates a context.
        public init(documentDate: Day?, anchor: Day? = nil) {
            self.documentDate = documentDate
            self.anchor = anchor
        }
    }

    // Tables keyed like the analyzer's words (`WordTable`): a month, weekday or number word is
    // looked up at every "a", "this" and digit, where hashing a `String` key each time cost
    // more than the lookup.
    static let monthNumbers = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]
    static let months = WordTable(words: monthNumbers)
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let weekdays = WordTable(words: weekdayNames.enumerated().map { ($1, $0 + 1) })
    static let numberWordValues = [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15), ("twenty", 20),
        ("thirty", 30),
    ]
    static let numberWords = WordTable(words: numberWordValues)
    static let yearPrepositions: WordSet = ["in", "since", "by", "until", "till", "during", "from", "before", "after", "of", "throughout", "early", "late", "mid", "mid-"]
    static let partsOfMonthWords = ["early", "mid", "late", "end", "beginning", "middle"]
    static let partsOfMonth = WordSet(partsOfMonthWords)

    enum Unit { case day, week, month, year }

    /// Vague counts, as written from their first word: "a few days later", "several weeks
    /// later", "a couple of days later" — a count and how many tokens it takes. Days and weeks
    /// so counted are one precision coarser than a count's (a few days later: that week).
    static func vagueCount(at i: Int, _ word: (Int) -> String?) -> (count: Int, length: Int)? {
        switch (word(i), word(i + 1), word(i + 2)) {
        case ("a", "few", _): return (3, 2)
        case ("a", "couple", "of"): return (2, 3)
        case ("several", _, _): return (4, 1)
        default: return nil
        }
    }

    /// Words that can open a date expression; with digits, the only tokens worth a closer look.
    static let triggers = WordSet(monthNumbers.map(\.0) + weekdayNames + numberWordValues.map(\.0) + partsOfMonthWords
        + ["today", "tonight", "yesterday", "tomorrow", "last", "this", "next", "past", "several"])

    /// The date mentions of `tokens`, in order.
    public static func resolve(_ tokens: [Token], context: Context) -> [DateMention] {
        resolve(tokens, lowered: tokens.map { $0.text.lowercased() }, context: context)
    }

    /// As ``resolve(_:context:)``, with the lower-cased token texts already at hand.
    public static func resolve(_ tokenArray: [Token], lowered rawLowered: [String], context initial: Context) -> [DateMention] {
        resolve(PaddedArray(tokens: tokenArray), lowered: PaddedArray(words: rawLowered), context: initial)
    }

    /// As ``resolve(_:lowered:context:)``, with the tokens already padded (the analyzer pads
    /// them once for every stage).
    static func resolve(_ tokens: PaddedArray<Token>, lowered rawLowered: PaddedArray<String>, keys: PaddedArray<UInt64>? = nil, context initial: Context) -> [DateMention] {
        var context = initial
        var result: [DateMention] = []
        var lowered: PaddedArray<String>?
        let triggers = Self.triggers
        var i = 0
        while i < tokens.count {
            let word = rawLowered[i]
            let (first, last) = Self.endBytes(word)
            // By the analyzer's key where it has one: hashing every token again cost more.
            let isTrigger = keys.map { triggers.contains(key: $0[i]) } ?? triggers.contains(word)
            guard (first >= 0x30 && first <= 0x39) || isTrigger || (last == 0x2E && triggers.contains(String(word.dropLast()))) else {
                i += 1
                continue
            }
            if lowered == nil {
                lowered = PaddedArray(count: rawLowered.count, padding: "") { k in
                    // The last byte first: a suffix test for every word cost more than the rest.
                    Self.endBytes(rawLowered[k]).last == 0x2E && rawLowered[k].count > 2 ? String(rawLowered[k].dropLast()) : rawLowered[k]
                }
            }
            if let (length, value, precision, rule) = match(at: i, tokens: tokens, lowered: lowered!, context: context) {
                let range = i..<i + length
                result.append(DateMention(
                    text: ActorMatcher.text(tokens, range),
                    span: TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end),
                    tokens: range, value: value, precision: precision, rule: rule
                ))
                // "left on March 3, and two days later …" counts from March 3.
                if precision == .day, let value { context.anchor = value }
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    typealias Hit = (Int, Day?, DatePrecision?, String)

    /// The first and last UTF-8 bytes of `word` (0 when empty), read from its storage: the
    /// generic `utf8.first` and `utf8.last` cost more than the rest of the test every token takes.
    @inline(__always)
    static func endBytes(_ word: String) -> (first: UInt8, last: UInt8) {
        var copy = word
        return copy.withUTF8 { bytes in bytes.isEmpty ? (0, 0) : (bytes[0], bytes[bytes.count - 1]) }
    }

    static func match(at i: Int, tokens: PaddedArray<Token>, lowered: PaddedArray<String>, context: Context) -> Hit? {
        let n = tokens.count
        guard i >= 0 && i < n else { return nil }
        func word(_ k: Int) -> String? { k >= 0 && k < n ? lowered[k] : nil }
        /// A count or day number as written: never negative, so negating it cannot overflow.
        func number(_ k: Int) -> Int? {
            let text = lowered[k]
            guard text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return nil }
            if let value = Int(text) { return value }
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
                if let value = Int(text.dropLast(2)) { return value }
            }
            return nil
        }
        func year(_ k: Int) -> Int? {
            guard lowered[k].count == 4, let value = Int(lowered[k]), (1800...2100).contains(value) else { return nil }
            return value
        }
        func month(_ k: Int) -> Int? {
            guard let value = months[lowered[k]] else { return nil }
            // Month names are capitalised; "may" and "march" in lower case are verbs.
            guard let first = tokens[k].text.unicodeScalars.first, first.properties.isUppercase else { return nil }
            return value
        }

        // Month Day[, Year]  /  Day Month [Year]
        if let m = month(i), let d = number(i + 1), (1...31).contains(d) {
            var length = 2
            var y: Int?
            if word(i + 2) == ",", let found = year(i + 3) { y = found; length = 4 } else if let found = year(i + 2) { y = found; length = 3 }
            return dayHit(length, year: y, month: m, day: d, context: context, rule: "month-day")
        }
        if let d = number(i), (1...31).contains(d), let m = month(i + 1) {
            var length = 2
            var y: Int?
            if let found = year(i + 2) { y = found; length = 3 }
            return dayHit(length, year: y, month: m, day: d, context: context, rule: "day-month")
        }
        // (early|mid|late) Month [Year]; Month Year
        if partsOfMonth.contains(lowered[i]) {
            var k = i + 1
            if word(k) == "-" || word(k) == "of" { k += 1 }
            if let m = month(k) {
                return monthHit(k + 1 - i, month: m, yearAt: year(k + 1), context: context, rule: "part-of-month")
            }
        }
        if let m = month(i), let y = year(i + 1) {
            return (2, Day(year: y, month: m, day: 1), .month, "month-year")
        }
        if let m = month(i), i > 0, lowered[i - 1] == "in" || lowered[i - 1] == "since" || lowered[i - 1] == "until" || lowered[i - 1] == "by", m != 5 || tokens[i].text == "May" {
            return monthHit(1, month: m, yearAt: nil, context: context, rule: "month")
        }
        // in 2015
        if let y = year(i), i > 0, yearPrepositions.contains(lowered[i - 1]) {
            return (1, Day(year: y, month: 1, day: 1), .year, "year")
        }
        // "next Monday", "last Friday", "this Tuesday"
        if ["next", "last", "this"].contains(lowered[i]), let weekday = word(i + 1).flatMap({ weekdays[$0] }) {
            guard let date = context.documentDate else { return (2, nil, nil, "weekday") }
            switch lowered[i] {
            case "next":
                let ahead = (weekday - date.weekday + 7) % 7
                return dayOrUnresolved(2, date.adding(days: ahead == 0 ? 7 : ahead), rule: "weekday")
            case "last":
                let back = (date.weekday - weekday + 7) % 7
                return dayOrUnresolved(2, date.adding(days: back == 0 ? -7 : -back), rule: "weekday")
            default:
                return dayOrUnresolved(2, date.adding(days: weekday - date.weekday), rule: "weekday")
            }
        }
        // Weekdays
        if let weekday = weekdays[lowered[i]] {
            guard let date = context.documentDate else { return (1, nil, nil, "weekday") }
            let back = (date.weekday - weekday + 7) % 7
            return dayOrUnresolved(1, date.adding(days: -back), rule: "weekday")
        }
        // Deictic days
        switch lowered[i] {
        case "today", "tonight": return (1, context.documentDate, context.documentDate.map { _ in .day }, "deictic")
        case "yesterday": return dayOrUnresolved(1, context.documentDate?.adding(days: -1), rule: "deictic")
        case "tomorrow": return dayOrUnresolved(1, context.documentDate?.adding(days: 1), rule: "deictic")
        default: break
        }
        // last/this/next week|month|year
        if ["last", "this", "next", "past"].contains(lowered[i]), let unitWord = word(i + 1), let unit = unit(unitWord), !unitWord.hasSuffix("s") {
            let step = lowered[i] == "last" || lowered[i] == "past" ? -1 : lowered[i] == "next" ? 1 : 0
            guard let date = context.documentDate else { return (2, nil, nil, "relative-period") }
            let shifted = shift(date, unit: unit, by: step, period: true)
            return (2, shifted?.0, shifted?.1, "relative-period")
        }
        // A few units ago / later / earlier: the date a count gives, one precision coarser.
        if let (count, length) = vagueCount(at: i, word), let unitWord = word(i + length), let unit = unit(unitWord),
           let direction = word(i + length + 1), ["ago", "later", "earlier"].contains(direction) {
            let anchor = direction == "ago" ? context.documentDate : context.anchor
            guard let anchor, let (day, precision) = shift(anchor, unit: unit, by: direction == "earlier" || direction == "ago" ? -count : count, period: false) else {
                return (length + 2, nil, nil, "relative-offset-vague")
            }
            switch precision {
            case .day:
                // Some day of that week, given as its Monday.
                return (length + 2, day.adding(days: 1 - day.weekday), .week, "relative-offset-vague")
            case .week:
                return (length + 2, Day(year: day.year, month: day.month, day: 1), .month, "relative-offset-vague")
            default:
                return (length + 2, day, precision, "relative-offset-vague")
            }
        }
        // N units ago / later / earlier / after|before <date>
        if let count = numberWords[lowered[i]] ?? number(i), let unitWord = word(i + 1), let unit = unit(unitWord), let direction = word(i + 2) {
            switch direction {
            case "ago":
                guard let date = context.documentDate else { return (3, nil, nil, "relative-offset") }
                let shifted = shift(date, unit: unit, by: -count, period: false)
                return (3, shifted?.0, shifted?.1, "relative-offset")
            case "later", "earlier":
                guard let anchor = context.anchor else { return (3, nil, nil, "relative-offset") }
                let shifted = shift(anchor, unit: unit, by: direction == "later" ? count : -count, period: false)
                return (3, shifted?.0, shifted?.1, "relative-offset")
            case "after", "before":
                if let (length, value, precision, _) = match(at: i + 3, tokens: tokens, lowered: lowered, context: context), let value, precision == .day {
                    let shifted = shift(value, unit: unit, by: direction == "after" ? count : -count, period: false)
                    return (3 + length, shifted?.0, shifted?.1, "relative-offset")
                }
                return (3, nil, nil, "relative-offset")
            default:
                break
            }
        }
        return nil
    }

    static func unit(_ word: String) -> Unit? {
        switch word {
        case "day", "days": return .day
        case "week", "weeks", "weekend": return .week
        case "month", "months": return .month
        case "year", "years": return .year
        default: return nil
        }
    }

    /// The longest offset read from text, in years: "10,000 years ago" and beyond leave the
    /// date unresolved, whatever the document date.
    static let longestOffsetInYears = 10_000

    /// The same limit in each unit.
    static func limit(_ unit: Unit) -> Int {
        switch unit {
        case .day: return longestOffsetInYears * 366
        case .week: return longestOffsetInYears * 53
        case .month: return longestOffsetInYears * 12
        case .year: return longestOffsetInYears
        }
    }

    /// A date moved by `count` units; for whole periods ("last week") the start of the period.
    /// Nil when the count is beyond ``longestOffsetInYears`` or the date would leave 0001–9999.
    static func shift(_ date: Day, unit: Unit, by count: Int, period: Bool) -> (Day, DatePrecision)? {
        // Counts come from text; the bound keeps the arithmetic below far from overflow.
        guard count.magnitude <= UInt(limit(unit)) else { return nil }
        switch unit {
        case .day:
            return date.adding(days: count).map { ($0, .day) }
        case .week:
            guard let moved = date.adding(days: 7 * count) else { return nil }
            guard period else { return (moved, .week) }
            return moved.adding(days: 1 - moved.weekday).map { ($0, .week) }
        case .month:
            guard let moved = date.adding(months: count), let first = Day(year: moved.year, month: moved.month, day: 1) else { return nil }
            return (first, .month)
        case .year:
            return date.startOfYear(adding: count).map { ($0, .year) }
        }
    }

    /// A day-precise hit, or an unresolved one when the day fell outside the calendar.
    static func dayOrUnresolved(_ length: Int, _ value: Day?, rule: String) -> Hit {
        (length, value, value.map { _ in .day }, rule)
    }

    /// A day-precise date; without a year, the latest such day not after the document date.
    static func dayHit(_ length: Int, year: Int?, month: Int, day: Int, context: Context, rule: String) -> Hit? {
        if let year {
            guard let value = Day(year: year, month: month, day: day) else { return nil }
            return (length, value, .day, rule)
        }
        guard let date = context.documentDate else { return (length, nil, nil, rule) }
        if let value = Day(year: date.year, month: month, day: day), value <= date { return (length, value, .day, rule) }
        guard let value = Day(year: date.year - 1, month: month, day: day) else { return nil }
        return (length, value, .day, rule)
    }

    /// A month-precise date; without a year, the latest such month not after the document date.
    static func monthHit(_ length: Int, month: Int, yearAt year: Int?, context: Context, rule: String) -> Hit {
        if let year {
            let value = Day(year: year, month: month, day: 1)
            return (length + 1, value, value.map { _ in .month }, rule)
        }
        guard let date = context.documentDate else { return (length, nil, nil, rule) }
        let y = month <= date.month ? date.year : date.year - 1
        let value = Day(year: y, month: month, day: 1)
        return (length, value, value.map { _ in .month }, rule)
    }
}
