/// How exactly a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    /// A single day ("March 16", "on Saturday", "yesterday").
    case day
    /// Some day in a given week ("last week"); the date given is the week's Monday.
    case week
    /// Some day in a month ("late July", "in March 2023"); the date given is the 1st.
    case month
    /// Some day in a year ("in 2015"); the date given is 1 January.
    case year
    /// No date in the text: the document's publication date stands in, or a date counted from
    /// it ("two days after Mali did the same", neither act dated).
    case document

    /// Renders `day` in ISO 8601 to this precision: `2024-03-16`, `2024-07`, `2015`.
    public func iso(_ day: Day) -> String {
        switch self {
        case .day, .week, .document: return day.iso
        case .month: return String(day.iso.prefix(7))
        case .year: return String(day.iso.prefix(4))
        }
    }
}
