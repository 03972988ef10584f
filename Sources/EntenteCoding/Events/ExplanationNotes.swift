/// Why the coder chose a source or a target, kept only for `entente explain`: when coding,
/// the notes are never built, which saves a string per rule and trigger.
struct ExplanationNotes {
    let enabled: Bool
    private(set) var items: [String] = []

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func add(_ note: @autoclosure () -> String) {
        if enabled { items.append(note()) }
    }

    var text: String { items.joined(separator: "; ") }
}
