import ArgumentParser
import EntenteStore
import Foundation

/// The filters `entente events` and `entente export` share.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Only events with this actor as source or target (a code prefix: NER matches NERGOV).")
    var actor: String?

    @Option(help: "Only events between two sides, either way round: A,B (NER,UKR).")
    var dyad: String?

    @Option(help: "Only this CAMEO root (16).")
    var root: String?

    @Option(help: "Only CAMEO codes starting with this (161).")
    var cameo: String?

    @Option(help: "Only events dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only events told in a sentence holding these words (full-text search).")
    var text: String?

    @Option(help: "Only this mode (asserted, reported, negated, threatened, …).")
    var mode: String?

    @Option(help: "At most this many.")
    var limit = 1000

    func validate() throws {
        if let dyad, dyad.split(separator: ",").count != 2 { throw ValidationError("--dyad takes two actors: A,B") }
        if let root, root.count != 2 || !root.allSatisfy(\.isNumber) { throw ValidationError("--root is a two-digit CAMEO root, got '\(root)'") }
        _ = try parseDateOption(from)
        _ = try parseDateOption(to)
    }

    /// The store query these options ask for.
    var query: MentionQuery {
        MentionQuery(actor: actor, dyad: dyad.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } },
                     cameo: cameo, root: root, from: from, to: to, text: text, mode: mode, limit: limit)
    }
}
