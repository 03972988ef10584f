import EntenteCore
import Testing
@testable import EntenteCoding

/// A pattern is a value: its fields sit in one shared box, so changing a copy must leave the
/// original alone, and what is worked out from the fields must follow them.
@Suite struct EventPatternTests {
    let pattern = EventPattern(code: "111", reverseCode: nil, before: [], after: [.init(element: .target, optional: false)],
                               text: "* TARGET", origin: EntenteError.Location(file: "50-cameo.verbs", line: 12), order: 3)

    @Test func aChangedCopyLeavesTheOriginalAlone() {
        var copy = pattern
        copy.code = "120"
        copy.after = []
        copy.reciprocal = true
        #expect(pattern.code == "111" && pattern.after.count == 1 && !pattern.reciprocal)
        #expect(copy.code == "120" && copy.after.isEmpty && copy.reciprocal)
        #expect(copy != pattern)
        var same = copy
        same.code = "111"
        same.after = pattern.after
        same.reciprocal = false
        #expect(same == pattern && same.hashValue == pattern.hashValue)
    }

    @Test func provenanceAndReactionFollowTheCode() {
        #expect(pattern.provenance == "50-cameo.verbs:12: 111 * TARGET")
        #expect(pattern.isReaction)
        var changed = pattern
        changed.code = "042"
        changed.reverseCode = "043"
        #expect(changed.provenance == "50-cameo.verbs:12: 042:043 * TARGET")
        #expect(!changed.isReaction)
        changed.code = nil
        #expect(changed.provenance.hasPrefix("50-cameo.verbs:12: none:043"))
    }
}
