import EntenteCore

/// Publication dates as pages and feeds write them: ISO 8601 (`2024-03-05`,
/// `2024-03-05T09:30:00+01:00`), RFC 822 (`Tue, 05 Mar 2024 09:30:00 GMT`, the RSS
/// `pubDate`), and the looser `5 March 2024` / `March 5, 2024`. The day is the one written,
/// in the writer's time zone: that is the day the outlet dated the news.
public enum PublicationDate {
    /// The day `text` names, or nil.
    public static func day(from text: String) -> Day? {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, isSpace(first) { bytes.removeFirst() }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        if bytes.count >= 10, let day = Day(iso: String(decoding: bytes.prefix(10), as: UTF8.self)) { return day }
        if bytes.count == 8, bytes.allSatisfy(isDigit), let number = Int(String(decoding: bytes, as: UTF8.self)) {
            return Day(year: number / 10000, month: number / 100 % 100, day: number % 100)
        }
        return written(bytes)
    }

    private static let months: [[UInt8]] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { Array($0.utf8) }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A date with its month as a word, day and year as numbers, in either order, and an
    /// optional weekday first; the time, from the first colon on, is ignored.
    private static func written(_ bytes: ArraySlice<UInt8>) -> Day? {
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex, numbers.count < 2 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { break }
            if isLetter(byte) {
                var end = index
                while end < bytes.endIndex, isLetter(bytes[end]) { end += 1 }
                if month == nil, end - index >= 3, let found = months.firstIndex(of: bytes[index..<index + 3].map { $0 | 0x20 }) {
                    month = found + 1
                }
                index = end
            } else if isDigit(byte) {
                var end = index
                var value = 0
                while end < bytes.endIndex, isDigit(bytes[end]), end - index < 6 {
                    value = value * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                if end < bytes.endIndex, bytes[end] == UInt8(ascii: ":") { break }
                numbers.append((value, end - index))
                index = end
            } else {
                index += 1
            }
        }
        guard let month, numbers.count == 2, numbers[0].value <= 31 else { return nil }
        var year = numbers[1].value
        if numbers[1].digits == 2 { year += year < 50 ? 2000 : 1900 }
        return Day(year: year, month: month, day: numbers[0].value)
    }
}
