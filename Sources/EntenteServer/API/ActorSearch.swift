import EntenteStore

/// Actors by code or name: `NER` finds the sides whose code starts so, `niger` the codes the
/// dictionaries name so; each with how many events it takes part in. The API's
/// `/api/actors` and the page `/actors` both answer with it.
enum ActorSearch {
    static func find(_ text: String?, store: any EventStore, names: ActorNames, limit: Int) async throws -> [(side: String, events: Int)] {
        guard let text, !text.isEmpty else { return try await store.sides(prefix: nil, limit: limit) }
        let codePrefix = text.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        var found = codePrefix.isEmpty ? [] : try await store.sides(prefix: codePrefix, limit: limit)
        for code in names.codes(named: text, limit: limit) where !found.contains(where: { $0.side == code }) {
            found.append((code, try await store.sides(prefix: code, limit: 1).first { $0.side == code }?.events ?? 0))
        }
        return Array(found.prefix(limit))
    }
}
