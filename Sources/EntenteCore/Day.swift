/// A calendar day in the proleptic Gregorian calendar, with arithmetic in whole days.
///
/// Entente works with days, not instants: news dates events to the day at best, and a
/// time-zone-free value keeps coding deterministic.
///
/// A day never leaves 0001-01-01…9999-12-31, the years ISO 8601 writes with four digits.
/// Arithmetic that would leave them (or overflow, on counts read from text such as
/// "9223372036854775807 days after") gives nil instead of trapping or printing `-922`.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The years a day may have.
    public static let years: ClosedRange<Int> = 1...9999
    /// The first day: 0001-01-01.
    public static let first = Day(uncheckedYear: 1, month: 1, day: 1)
    /// The last day: 9999-12-31.
    public static let last = Day(uncheckedYear: 9999, month: 12, day: 31)

    /// The year, e.g. 2024.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day if the fields name a real date in years 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.years.contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `ordinal` days after 1970-01-01, if it lies in years 1–9999.
    public init?(daysSinceEpoch ordinal: Int) {
        guard ordinal >= Day.first.daysSinceEpoch, ordinal <= Day.last.daysSinceEpoch else { return nil }
        // Howard Hinnant's civil-from-days algorithm, restated.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let m = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `count` days later (earlier when negative), or nil outside years 1–9999.
    public func adding(days count: Int) -> Day? {
        let (ordinal, overflow) = daysSinceEpoch.addingReportingOverflow(count)
        return overflow ? nil : Day(daysSinceEpoch: ordinal)
    }

    /// The same day of the month `count` months later, clamped to that month's length, or
    /// nil outside years 1–9999.
    public func adding(months count: Int) -> Day? {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(count)
        guard !overflow, index >= 0 else { return nil }
        let y = index / 12
        let m = index - y * 12 + 1
        guard Day.years.contains(y) else { return nil }
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    /// 1 January of the year `count` years later, or nil outside years 1–9999.
    public func startOfYear(adding count: Int) -> Day? {
        let (y, overflow) = year.addingReportingOverflow(count)
        return overflow ? nil : Day(year: y, month: 1, day: 1)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public var description: String { iso }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
