import EntenteCore

/// What makes two mentions one event: the same source, target, CAMEO code and mode on the
/// same date (as written at its precision: `2024-03-16`, `2024-03`). Fifty outlets repeating "Niger expelled U.S. troops on
/// March 16" are one event with fifty mentions; the same act on another day is another.
///
/// Mentions dated only by their document ("document" precision) merge by that date, so a
/// story republished a day later counts again; a day stated in the text merges across days
/// of publication.
struct MergeKey: Hashable {
    let key: String

    init(_ event: Event) {
        key = [event.source, event.target, event.cameo, event.mode.rawValue, event.date ?? "undated"].joined(separator: "|")
    }
}
