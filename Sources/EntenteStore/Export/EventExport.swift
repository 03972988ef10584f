import EntenteCore
import Foundation

/// The merged events in the formats analysts already load: GDELT 2.0's event table, ICEWS's
/// event table and PLOVER (POLECAT-style) JSON lines. Only events the text presents as
/// having happened (asserted, reported) are exported: the three formats have no mode.
public enum EventExport {
    /// An export format.
    public enum Format: String, Sendable, CaseIterable {
        /// GDELT 2.0 events: 61 tab-separated columns, no header, as in GDELT's daily files.
        case gdelt
        /// ICEWS events: 20 tab-separated columns with ICEWS's header.
        case icews
        /// PLOVER events as JSON lines (events whose CAMEO code maps to PLOVER).
        case plover
        /// Entente's own table of merged events, with a header: every mode, with counts.
        case csv
        /// The same records as JSON lines.
        case jsonl
    }

    /// Whether a mode is exported in the GDELT, ICEWS and PLOVER formats.
    static func isExported(_ row: ExportEvent) -> Bool {
        EventMode(rawValue: row.event.mode)?.isFactual ?? false
    }

    /// The lines of `rows` in `format`; `countryName` names a country code for ICEWS.
    public static func lines(_ rows: [ExportEvent], format: Format, countryName: (String) -> String? = { _ in nil }) -> [String] {
        let exported = rows.filter(isExported)
        switch format {
        case .gdelt: return exported.map(gdelt)
        case .icews: return [icewsHeader] + exported.map { icews($0, countryName: countryName) }
        case .plover: return exported.compactMap(plover)
        // Entente's own records carry the mode, so they keep every event.
        case .csv: return [tableColumns.joined(separator: ",")] + rows.map { tableFields($0).map(csvField).joined(separator: ",") }
        case .jsonl: return rows.compactMap(jsonRecord)
        }
    }

    // MARK: GDELT

    /// One GDELT 2.0 event row: GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, the ten
    /// fields of each actor, IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass,
    /// GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone, the eight geography
    /// fields of each actor and of the action, DATEADDED, SOURCEURL.
    static func gdelt(_ row: ExportEvent) -> String {
        let day = Day(iso: paddedDate(row.event.date))
        let compact = day.map { $0.iso.replacingOccurrences(of: "-", with: "") } ?? ""
        let fraction = day.map { day -> String in
            let start = Day(year: day.year, month: 1, day: 1)!
            return String(format: "%.4f", Double(day.year) + Double(day.daysSinceEpoch - start.daysSinceEpoch) / 365)
        } ?? ""
        var fields = [String(row.event.id), compact, String(compact.prefix(6)), String(compact.prefix(4)), fraction]
        fields += gdeltActor(row.event.source, name: row.sourceText)
        fields += gdeltActor(row.event.target, name: row.targetText)
        let cameo = row.event.cameo
        fields += [row.sentenceNumber == 0 ? "1" : "0", cameo, String(cameo.prefix(3)), String(cameo.prefix(2)), String(row.quadClass),
                   String(row.goldstein), String(row.event.mentions), String(row.event.sources), String(row.event.documents), ""]
        let noPlace = Array(repeating: "", count: 8)
        fields += noPlace + noPlace
        // ActionGeo: the place as written, not yet geocoded (type, name, then six empty fields).
        fields += row.place.map { ["", $0] + Array(repeating: "", count: 6) } ?? noPlace
        fields += [gdeltTimestamp(row.ingestedAt), row.url ?? row.documentID]
        return fields.map(clean).joined(separator: "\t")
    }

    /// Code, name, country, known group, ethnic, religion 1 and 2, types 1–3.
    static func gdeltActor(_ code: String, name: String) -> [String] {
        guard !code.isEmpty else { return Array(repeating: "", count: 10) }
        let prefix = ActorCode.country(of: code)
        let isOrganisation = ["IGO", "NGO", "IMG", "MNC"].contains(prefix)
        let country = ActorCode.hasCountry(code) && !isOrganisation ? prefix : ""
        let group = isOrganisation ? String(code.dropFirst(3).prefix(3)) : ""
        let rest = ActorCode.hasCountry(code) ? String(code.dropFirst(isOrganisation ? 6 : 3)) : code
        let types = stride(from: 0, to: 9, by: 3).map { offset -> String in
            let start = rest.index(rest.startIndex, offsetBy: min(offset, rest.count))
            return String(rest[start...].prefix(3))
        }
        return [code, name.uppercased(), country, group, "", "", ""] + types
    }

    /// `2024-08-07T10:15:00Z` → `20240807101500`.
    static func gdeltTimestamp(_ iso: String) -> String {
        String(iso.filter(\.isNumber).prefix(14))
    }

    // MARK: ICEWS

    static let icewsHeader = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
                              "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
                              "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"].joined(separator: "\t")

    static func icews(_ row: ExportEvent, countryName: (String) -> String?) -> String {
        func country(_ code: String) -> String {
            guard ActorCode.hasCountry(code) else { return "" }
            let prefix = ActorCode.country(of: code)
            return countryName(prefix) ?? prefix
        }
        func sectors(_ code: String) -> String {
            let rest = ActorCode.hasCountry(code) ? String(code.dropFirst(3)) : code
            return stride(from: 0, to: rest.count, by: 3).map { offset -> String in
                let start = rest.index(rest.startIndex, offsetBy: offset)
                return String(rest[start...].prefix(3))
            }.joined(separator: ",")
        }
        let fields = [
            String(row.event.id), paddedDate(row.event.date), row.sourceText, sectors(row.event.source), country(row.event.source),
            CAMEO.type(row.event.cameo)?.name ?? "", row.event.cameo, String(row.goldstein), row.targetText,
            sectors(row.event.target), country(row.event.target), row.documentID, String(row.sentenceNumber + 1),
            row.outlet ?? "", row.place ?? "", "", "", "", "", "",
        ]
        return fields.map(clean).joined(separator: "\t")
    }

    // MARK: PLOVER

    static func plover(_ row: ExportEvent) -> String? {
        guard let type = row.plover else { return nil }
        let record: [String: Any] = [
            "id": "entente-\(row.event.id)",
            "event_date": row.event.date ?? NSNull(),
            "event_type": type,
            "mode": row.ploverMode ?? NSNull(),
            "context": row.ploverContext.map { [$0] } ?? [],
            "actor": ["code": row.event.source, "name": row.sourceText],
            // A one-actor event has no recipient.
            "recipient": row.event.target.isEmpty ? NSNull() as Any : ["code": row.event.target, "name": row.targetText] as Any,
            "cameo": row.event.cameo,
            "mentions": row.event.mentions,
            "documents": row.event.documents,
            "sources": row.event.sources,
            "story_id": row.documentID,
            "url": row.url ?? NSNull(),
            "source_text": row.sentence,
            "place": row.place ?? NSNull(),
        ]
        guard let data = try? StoreJSON.encode(record) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Shared

    /// A date at any precision as a day: `2024-07` → `2024-07-01`, `2015` → `2015-01-01`.
    static func paddedDate(_ date: String?) -> String {
        guard let date else { return "" }
        switch date.count {
        case 4: return date + "-01-01"
        case 7: return date + "-01"
        default: return date
        }
    }

    /// A field without the tabs and line breaks that would break a row.
    public static func clean(_ field: String) -> String {
        field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
