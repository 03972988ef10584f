import EntenteCore
import EntenteStore
import Foundation

/// A pair's story as SVG on one time axis: each relationship's states as bands (NER–UKR
/// diplomatic `broken` from the day it broke), the daily Goldstein sum, and the daily counts
/// by QuadClass.
enum DyadSVG {
    static let width = 960.0
    static let left = 16.0
    static let right = 16.0

    /// The fill of a state's band.
    static func fill(_ state: String) -> String {
        switch state {
        case "broken", "expelled", "active", "imposed": return "#c0392b"
        case "reduced", "left", "withdrawn": return "#e67e22"
        case "normal", "restored", "lifted", "ceasefire": return "#1e8449"
        case "member", "allied": return "#2e5c8a"
        default: return "#7f8c8d"
        }
    }

    static let quadColours = ["#1e8449", "#7dcea0", "#f0b27a", "#c0392b"]
    static let quadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

    static func render(_ report: DyadReport) -> String {
        let days = report.series.compactMap { Day(iso: $0.day)?.daysSinceEpoch }
        let starts = report.facts.compactMap { Day(iso: String($0.state.since.prefix(10)))?.daysSinceEpoch }
        let asOf = report.asOf.flatMap(Day.init(iso:))?.daysSinceEpoch
        guard let first = (days + starts).min() else {
            return #"<svg class="dyad" viewBox="0 0 \#(Markup.number(width)) 60" role="img" aria-label="No events between them" xmlns="http://www.w3.org/2000/svg"><text x="16" y="34" class="empty">No events between them yet</text></svg>"#
        }
        var last = max((days + starts).max() ?? first, asOf ?? first)
        var start = first - 3
        if last - start < 30 {
            start -= (30 - (last - start)) / 2
            last = start + 30
        }
        let end = last + 3
        let plotWidth = width - left - right
        func x(_ day: Int) -> Double { left + Double(day - start) / Double(max(1, end - start)) * plotWidth }

        // One band row a relationship (kind and ordered pair).
        var rows: [(key: String, facts: [DyadFact])] = []
        for fact in report.facts {
            let key = "\(fact.state.kind) \(fact.state.actorA)–\(fact.state.actorB)"
            if let index = rows.firstIndex(where: { $0.key == key }) { rows[index].facts.append(fact) } else { rows.append((key, [fact])) }
        }
        let bandHeight = 26.0
        let bandsTop = 28.0
        let goldsteinTop = bandsTop + Double(max(1, rows.count)) * (bandHeight + 8) + 24
        let goldsteinHeight = 110.0
        let countsTop = goldsteinTop + goldsteinHeight + 36
        let countsHeight = 90.0
        let height = countsTop + countsHeight + 48
        var svg = #"<svg class="dyad" viewBox="0 0 \#(Markup.number(width)) \#(Markup.number(height))" role="img" aria-labelledby="dyad-title" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="dyad-title">\#(Markup.escape(report.dyad.joined(separator: "–"))): states over time, daily Goldstein sum and events by QuadClass</title>"#
        svg += #"<text x="\#(Markup.number(left))" y="18" class="heading">Relationship states</text>"#
        if rows.isEmpty {
            svg += #"<text x="\#(Markup.number(left))" y="\#(Markup.number(bandsTop + 18))" class="empty">No state recorded</text>"#
        }
        for (offset, row) in rows.enumerated() {
            let top = bandsTop + Double(offset) * (bandHeight + 8)
            for fact in row.facts {
                guard let since = Day(iso: String(fact.state.since.prefix(10)))?.daysSinceEpoch else { continue }
                let until = fact.until.flatMap { Day(iso: String($0.prefix(10)))?.daysSinceEpoch } ?? end
                let bandX = x(since)
                let bandWidth = max(3, x(until) - bandX)
                let label = "\(fact.state.kind) \(fact.state.state) from \(fact.state.since)" + (fact.until.map { " to \($0)" } ?? "")
                    + (fact.state.through.map { " (through \($0))" } ?? "")
                svg += #"<g class="band" data-kind="\#(Markup.escape(fact.state.kind))" data-state="\#(Markup.escape(fact.state.state))" data-since="\#(Markup.escape(fact.state.since))">"#
                svg += #"<title>\#(Markup.escape(fact.state.actorA))–\#(Markup.escape(fact.state.actorB)) \#(Markup.escape(label))</title>"#
                svg += #"<rect x="\#(Markup.number(bandX))" y="\#(Markup.number(top))" width="\#(Markup.number(bandWidth))" height="\#(Markup.number(bandHeight))" rx="3" fill="\#(fill(fact.state.state))"/>"#
                let textX = min(bandX + 6, width - right - 300)
                svg += #"<text x="\#(Markup.number(textX))" y="\#(Markup.number(top + 17))" class="band-label">\#(Markup.escape(fact.state.actorA))–\#(Markup.escape(fact.state.actorB)) \#(Markup.escape(label))</text></g>"#
            }
        }
        // Daily Goldstein sum: bars up (cooperation) and down (conflict) from zero.
        let largest = max(1, report.series.map { abs($0.goldsteinSum) }.max() ?? 1)
        let zero = goldsteinTop + goldsteinHeight / 2
        let barWidth = max(2, min(14, plotWidth / Double(max(1, end - start)) * 0.8))
        svg += #"<text x="\#(Markup.number(left))" y="\#(Markup.number(goldsteinTop - 8))" class="heading">Goldstein sum by day</text>"#
        svg += #"<line x1="\#(Markup.number(left))" y1="\#(Markup.number(zero))" x2="\#(Markup.number(width - right))" y2="\#(Markup.number(zero))" class="axis"/>"#
        for day in report.series {
            guard let number = Day(iso: day.day)?.daysSinceEpoch else { continue }
            let barHeight = abs(day.goldsteinSum) / largest * (goldsteinHeight / 2)
            let top = day.goldsteinSum >= 0 ? zero - barHeight : zero
            svg += #"<rect class="goldstein" x="\#(Markup.number(x(number) - barWidth / 2))" y="\#(Markup.number(top))" width="\#(Markup.number(barWidth))" height="\#(Markup.number(max(1, barHeight)))" fill="\#(day.goldsteinSum >= 0 ? "#1e8449" : "#c0392b")"><title>\#(Markup.escape(day.day)): Goldstein sum \#(String(format: "%+.1f", day.goldsteinSum)), mean \#(String(format: "%+.1f", day.goldsteinMean))</title></rect>"#
        }
        // Daily counts, stacked by QuadClass.
        let most = max(1, report.series.map(\.events).max() ?? 1)
        svg += #"<text x="\#(Markup.number(left))" y="\#(Markup.number(countsTop - 8))" class="heading">Events by day and QuadClass</text>"#
        let base = countsTop + countsHeight
        svg += #"<line x1="\#(Markup.number(left))" y1="\#(Markup.number(base))" x2="\#(Markup.number(width - right))" y2="\#(Markup.number(base))" class="axis"/>"#
        for day in report.series {
            guard let number = Day(iso: day.day)?.daysSinceEpoch else { continue }
            var top = base
            for (quad, count) in day.quadClasses.enumerated() where count > 0 {
                let segment = Double(count) / Double(most) * countsHeight
                top -= segment
                svg += #"<rect class="quad" x="\#(Markup.number(x(number) - barWidth / 2))" y="\#(Markup.number(top))" width="\#(Markup.number(barWidth))" height="\#(Markup.number(segment))" fill="\#(quadColours[quad % 4])"><title>\#(Markup.escape(day.day)): \#(count) \#(quadNames[quad % 4])</title></rect>"#
            }
        }
        // The time axis, with about six dates.
        let axisY = base + 18
        let step = max(1, (end - start) / 6)
        var tick = start
        while tick <= end {
            if let day = Day(daysSinceEpoch: tick) {
                let tickX = min(max(x(tick), left + 34), width - right - 34)
                svg += #"<text x="\#(Markup.number(tickX))" y="\#(Markup.number(axisY))" text-anchor="middle" class="tick">\#(day.iso)</text>"#
            }
            tick += step
        }
        if let asOf {
            svg += #"<line x1="\#(Markup.number(x(asOf)))" y1="\#(Markup.number(bandsTop - 6))" x2="\#(Markup.number(x(asOf)))" y2="\#(Markup.number(base))" class="as-of"><title>as of \#(Markup.escape(report.asOf ?? ""))</title></line>"#
        }
        for (quad, name) in quadNames.enumerated() {
            let legendX = left + Double(quad) * 220
            svg += #"<rect x="\#(Markup.number(legendX))" y="\#(Markup.number(axisY + 12))" width="12" height="12" fill="\#(quadColours[quad])"/><text x="\#(Markup.number(legendX + 18))" y="\#(Markup.number(axisY + 22))" class="legend">\#(name)</text>"#
        }
        svg += "</svg>"
        return svg
    }
}
