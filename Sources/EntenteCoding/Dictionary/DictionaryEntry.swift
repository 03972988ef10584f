import EntenteCore

/// One entry of an actor or agent dictionary: a display name, a kind, its codes (some valid
/// only between two dates), the phrases that name it, and where it was read from.
public struct DictionaryEntry: Sendable, Hashable {
    /// What an entry names.
    public typealias Kind = ActorKind

    /// A code and the days it is valid on (both ends inclusive; nil means unbounded).
    public struct DatedCode: Sendable, Hashable {
        /// The CAMEO-style code.
        public var code: String
        /// First day the code applies, if bounded.
        public var from: Day?
        /// Last day the code applies, if bounded.
        public var to: Day?

        /// Creates a code.
        public init(code: String, from: Day? = nil, to: Day? = nil) {
            self.code = code
            self.from = from
            self.to = to
        }

        /// Whether the code has a date restriction.
        public var isDated: Bool { from != nil || to != nil }

        /// Whether the code applies on `day`.
        public func covers(_ day: Day) -> Bool {
            if let from, day < from { return false }
            if let to, to < day { return false }
            return true
        }
    }

    /// A phrase and how it names the entry.
    public struct Phrase: Sendable, Hashable {
        /// The phrase as written in the dictionary.
        public var text: String
        /// Name, adjective/demonym, or capital.
        public var role: ActorMention.Source
    }

    /// The display name.
    public var name: String { didSet { provenance = Self.provenance(name, origin) } }
    /// What the entry names.
    public var kind: DictionaryEntry.Kind
    /// Codes, dated or not.
    public var codes: [DatedCode]
    /// Phrases that name the entry.
    public var phrases: [Phrase]
    /// Free text from `note` lines.
    public var notes: [String]
    /// The file and line the entry starts on.
    public var origin: EntenteError.Location { didSet { provenance = Self.provenance(name, origin) } }
    /// `Name (file:line)`, as shown in mentions: kept, not formatted for every mention found.
    public private(set) var provenance: String

    /// Creates an entry.
    public init(name: String, kind: DictionaryEntry.Kind, codes: [DatedCode] = [], phrases: [Phrase] = [], notes: [String] = [], origin: EntenteError.Location) {
        self.name = name
        self.kind = kind
        self.codes = codes
        self.phrases = phrases
        self.notes = notes
        self.origin = origin
        provenance = Self.provenance(name, origin)
    }

    private static func provenance(_ name: String, _ origin: EntenteError.Location) -> String { "\(name) (\(origin))" }

    /// The codes that apply on `day`: dated codes covering it, else the undated ones. With no
    /// day, undated codes; failing those, the most recent dated code (the one ending last, an
    /// open end last of all): undated text about a leader ("Obama attacked Russia") speaks of
    /// the office the reader knows best, the latest, as GDELT and ICEWS code it.
    public func codes(on day: Day?) -> [String] {
        let undated = codes.filter { !$0.isDated }.map(\.code)
        guard let day else {
            if !undated.isEmpty { return undated }
            let latest = codes.max { ($0.to ?? Day(year: 9999, month: 12, day: 31)!) < ($1.to ?? Day(year: 9999, month: 12, day: 31)!) }
            return latest.map { [$0.code] } ?? []
        }
        let dated = codes.filter { $0.isDated && $0.covers(day) }.map(\.code)
        return dated.isEmpty ? undated : dated
    }
}
