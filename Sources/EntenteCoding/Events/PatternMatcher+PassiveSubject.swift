import EntenteCore
import EntenteText

/// A passive's object words stand before it: "*Weapons* were delivered to Ukraine by Germany",
/// "*the hostages* have been released". The words a pattern wants after its trigger ("deliver
/// * &weapons") are read in the passive's subject phrase instead.
extension PatternMatcher {
    /// Tags of the words of a noun phrase before a passive's auxiliary.
    static let subjectPhraseTags: Set<PartOfSpeech> = [.determiner, .adjective, .numeral, .noun, .properNoun]

    /// The noun phrase right before the "was", "were", "has been" of a passive trigger (adverbs
    /// and auxiliaries may stand between), hyphenated words included: "The first IRIS-T
    /// air-defence system *has been* delivered". Nil when the trigger is no passive with an
    /// auxiliary, or no noun phrase stands there.
    static func passiveSubjectPhrase(before trigger: Int, view: SentenceView) -> Range<Int>? {
        guard Roles.isPassive(trigger, view: view) else { return nil }
        var end = trigger
        while end - 1 >= 0, end >= trigger - 4,
              [.auxiliary, .adverb, .particle].contains(view.tokens[end - 1].tag) || Roles.beForms.contains(key: view.keys[end - 1]) {
            end -= 1
        }
        // A reduced passive ("the system delivered by Germany") has no auxiliary: its noun is
        // a mention's or the pattern's concern, not this phrase's.
        guard end < trigger else { return nil }
        var start = end
        while start - 1 >= 0, let tag = view.tokens[start - 1].tag,
              subjectPhraseTags.contains(tag) || view.lowered[start - 1] == "-" && start - 2 >= 0 {
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// The leading word slots of `slots` found, in order, in the passive's subject phrase:
    /// how many slots were used and how many words matched. Nil if the first required slot
    /// is not there.
    static func matchInSubjectPhrase(_ slots: ArraySlice<EventPattern.Slot>, phrase: Range<Int>, view: SentenceView) -> (used: Int, score: Int)? {
        var position = phrase.lowerBound
        var used = 0
        var score = 0
        for slot in slots {
            guard case .words(let words) = slot.element else { break }
            let found = (position..<phrase.upperBound).first { k in
                words.contains(key: view.lemmaKeys[k]) || view.lemmas[k] != view.lowered[k] && words.contains(key: view.keys[k])
            }
            if let found {
                position = found + 1
                score += 1
            } else if !slot.optional {
                break
            }
            used += 1
        }
        return score > 0 ? (used, score) : nil
    }
}
