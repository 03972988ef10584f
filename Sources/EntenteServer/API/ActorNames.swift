import EntenteCoding

/// Names for actor codes, from the dictionaries' country and bloc entries: `NER` is Niger,
/// `IGOWAFAES` the Alliance of Sahel States.
struct ActorNames: Sendable {
    private let names: [String: String]

    init(_ dictionary: ActorDictionary) {
        var names: [String: String] = [:]
        for entry in dictionary.entries {
            for code in entry.codes where names[code.code] == nil && !code.isDated { names[code.code] = entry.name }
        }
        self.names = names
    }

    /// The name of `code`, if the dictionaries give one.
    func name(_ code: String) -> String? { names[code] }

    /// Codes whose name contains `text` (any case), shortest code first.
    func codes(named text: String, limit: Int) -> [String] {
        let wanted = text.lowercased()
        return names.filter { $0.value.lowercased().contains(wanted) }.keys.sorted { ($0.count, $0) < ($1.count, $1) }.prefix(limit).map(\.self)
    }
}
