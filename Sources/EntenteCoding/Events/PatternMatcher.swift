import EntenteCore

/// A pattern matched at a trigger: how much of it matched and which mentions it named.
struct PatternMatch {
    var pattern: EventPattern
    /// Matched elements; more is more specific.
    var score: Int
    var target: Int?
    var source: Int?
    /// One past the last token the pattern used.
    var end: Int
    /// A mention a pattern word named that has no country ("arrested *protesters*").
    var countrylessObject: Int?
    /// Where a pattern word before the trigger matched, the leftmost such word: the head of the
    /// subject that acts ("Kenyan police *officers* landed"; see ``Roles/subjectPhraseActor(head:trigger:view:)``).
    var subjectHead: Int?
}

/// Matches a compiled pattern around a trigger, skipping filler words between elements.
enum PatternMatcher {
    static let maximumSkip = 3
    /// Fillers skipped without counting against `maximumSkip`.
    static let uncountedFillers: WordSet = ["-", "of", "in", "$", "€", "£", "¥"]

    /// `passiveSubject`: in a passive ("the troops were expelled by Niger"), the subject
    /// mention, which the first element after the trigger may match as if it were the object.
    static func match(_ pattern: EventPattern, trigger: Int, particleEnd: Int, view: SentenceView, passiveSubject: Int? = nil) -> PatternMatch? {
        if let match = matchInPlace(pattern, trigger: trigger, particleEnd: particleEnd, view: view, passiveSubject: passiveSubject) { return match }
        guard passiveSubject == nil else { return nil }
        return matchPastIndirectObject(pattern, trigger: trigger, particleEnd: particleEnd, view: view)
    }

    /// The pattern matched with its elements after the trigger starting at `particleEnd`.
    static func matchInPlace(_ pattern: EventPattern, trigger: Int, particleEnd: Int, view: SentenceView, passiveSubject: Int? = nil) -> PatternMatch? {
        let clause = view.clause(of: trigger)
        var result = PatternMatch(pattern: pattern, score: 0, target: nil, source: nil, end: particleEnd)
        // After the trigger, left to right.
        var position = particleEnd
        var slots = pattern.after[...]
        if let subject = passiveSubject, let first = slots.first, matchesMention(first.element, subject, view: view) {
            result.score += 1
            if case .words = first.element {
                // "Troops were sent to the border by Israel": a pattern word names what is
                // acted with, as in "sent troops"; as there, it is the target only with a country.
                assign(first.element, subject, to: &result, view: view)
            } else if first.element != .source {
                result.target = subject
            }
            slots = slots.dropFirst()
        } else if let first = slots.first, case .words = first.element,
                  // (or, for a reaction, in the noun a relative clause hangs on: "an allegation
                  // the Kremlin dismissed"; Roles.reactedNoun(of:view:))
                  let phrase = passiveSubjectPhrase(before: trigger, view: view)
                      ?? (pattern.isReaction ? Roles.reactedNoun(of: trigger, view: view)?.phrase : nil),
                  let (used, score) = matchInSubjectPhrase(slots, phrase: phrase, view: view) {
            // "Weapons were delivered to Ukraine": the object's words stand before the passive.
            result.score += score
            slots = slots.dropFirst(used)
        }
        for slot in slots {
            if let (next, mention) = find(slot.element, from: position, step: 1, limit: clause.upperBound, view: view, trigger: trigger) {
                position = next
                if slot.element != .phrase { result.score += 1 }
                assign(slot.element, mention, to: &result, view: view)
            } else if !slot.optional {
                return nil
            }
        }
        result.end = position
        // Before the trigger, right to left.
        position = trigger - 1
        for slot in pattern.before.reversed() {
            if let (next, mention) = find(slot.element, from: position, step: -1, limit: clause.lowerBound, view: view, trigger: trigger),
               !(slot.element.isWords && isInNamesComplement(next + 1, view: view)) {
                position = next
                if slot.element != .phrase { result.score += 1 }
                if case .words = slot.element { result.subjectHead = next + 1 }
                assign(slot.element, mention, to: &result, view: view)
            } else if !slot.optional, case .words(let words) = slot.element,
                      let head = subjectHead(words, before: position, limit: clause.lowerBound, view: view) {
                // "Rescue teams from Colombia arrived": the subject's head, past its modifiers.
                position = head - 1
                result.score += 1
                result.subjectHead = head
            } else if !slot.optional {
                return nil
            }
        }
        return result
    }

    /// "the Organisation for the Prohibition of Chemical *Weapons* arrived": a pattern word
    /// that is inside a name, after that name's own "of" or "for", names no weapons: the name's
    /// head stands before its complement.
    static func isInNamesComplement(_ k: Int, view: SentenceView) -> Bool {
        guard k >= 0, k < view.tokens.count, view.insideMention[k],
              let m = view.mentions.firstIndex(where: { $0.tokens.contains(k) }), view.mentions[m].source == .name else { return false }
        return Range.between(view.mentions[m].tokens.lowerBound, k).contains { ["of", "for"].contains(view.lowered[$0]) }
    }

    /// Whether a target slot, or a word naming the mention's head, fits mention `index`.
    static func matchesMention(_ element: EventPattern.Element, _ index: Int, view: SentenceView) -> Bool {
        switch element {
        case .target: return true
        case .source, .phrase: return false
        case .words(let words):
            let head = view.mentions[index].tokens.upperBound - 1
            return words.contains(key: view.lemmaKeys[head]) || words.contains(key: view.keys[head])
        }
    }

    static func assign(_ element: EventPattern.Element, _ mention: Int?, to result: inout PatternMatch, view: SentenceView) {
        switch element {
        case .target: result.target = mention
        case .source: result.source = mention
        case .phrase: break
        case .words:
            // "sent troops": the mention named by a pattern word is the target only if it has a
            // country; "send peacekeepers to Niger" is aimed at Niger.
            if result.target == nil, let mention {
                if view.mentions[mention].codes.contains(where: ActorCode.hasCountry) {
                    result.target = mention
                } else if result.countrylessObject == nil {
                    result.countrylessObject = mention
                }
            }
        }
    }

    /// Looks for `element` from `start`, skipping up to three fillers; returns the position
    /// after (or before, going left) the match and the mention it matched, if any.
    static func find(_ element: EventPattern.Element, from start: Int, step: Int, limit: Int, view: SentenceView, trigger: Int) -> (Int, Int?)? {
        var position = start
        var skipped = 0
        while step > 0 ? position < limit : position >= limit {
            // "declined on Thursday to comment": a date between two elements is read past, and
            // does not count against the limit.
            if position != trigger, let past = view.datePhraseEnd(from: position, step: step),
               step > 0 ? past < limit : past >= limit {
                position = past
                continue
            }
            switch element {
            case .words(let words):
                // A word may name the head of an actor mention: "* troops" matches "the U.S.
                // troops", and that mention is the target.
                if step > 0, let mention = mentionAt(position, step: step, view: view) {
                    let head = view.mentions[mention].tokens.upperBound - 1
                    if words.contains(key: view.lemmaKeys[head]) || words.contains(key: view.keys[head]) {
                        // "soldiers and police": the whole coordination is the object.
                        let end = view.groupOf[mention].map { view.mentions[$0.last!].tokens.upperBound } ?? head + 1
                        return (max(end, head + 1), mention)
                    }
                }
                if words.contains(key: view.lemmaKeys[position]) || (view.lemmas[position] != view.lowered[position] && words.contains(key: view.keys[position])) {
                    return (position + step, nil)
                }
            case .target, .source:
                if let mention = mentionAt(position, step: step, view: view) {
                    let range = view.mentions[mention].tokens
                    return (step > 0 ? range.upperBound : range.lowerBound - 1, mention)
                }
            case .phrase:
                return skipPhrase(from: position, step: step, limit: limit, view: view).map { ($0, nil) }
            }
            // The hyphens of "20-year-old" and the "of"s of "tens of thousands of" do not count
            // against the limit, nor do an amount's currency sign and "in" ("about $1 billion in
            // credits").
            // Coordinated adjectives count once: "lifted all its economic and political sanctions".
            // An amount's hedge and multiplier ("more than one million") do not count either,
            // nor the parts of a hyphenated word before its last: "its *20-year-old* ties"
            // is one modifier, as "its old ties" would be.
            let counts = !PatternMatcher.uncountedFillers.contains(key: view.keys[position]) && !view.isAmountWord(position)
                && !(view.lowered[position + 1] == "-" && view.isFiller(position))
                && !view.isModifierConjunction(position) && !view.isModifierConjunction(position - step)
            guard !counts || skipped < maximumSkip, view.isFiller(position) || position == trigger else { return nil }
            if counts { skipped += 1 }
            position += step
        }
        return nil
    }

    static let phraseTags: Set<PartOfSpeech> = [.determiner, .adjective, .numeral, .noun, .properNoun]

    /// The position past one noun phrase starting at `position`: a mention (places included),
    /// or a run of determiners, adjectives, numbers and nouns; nil if none starts there.
    static func skipPhrase(from position: Int, step: Int, limit: Int, view: SentenceView) -> Int? {
        if step > 0, let mention = view.mentionStarting[position] { return view.mentions[mention].tokens.upperBound }
        if step < 0, let mention = view.mentionEnding[position] { return view.mentions[mention].tokens.lowerBound - 1 }
        var end = position
        while step > 0 ? end < limit : end >= limit, let tag = view.tokens[end].tag, phraseTags.contains(tag) { end += step }
        return end == position ? nil : end
    }

    /// The non-place mention starting (going right) or ending (going left) at `position`.
    static func mentionAt(_ position: Int, step: Int, view: SentenceView) -> Int? {
        if step > 0 {
            guard let index = view.mentionStarting[position], !view.mentions[index].isPlace else { return nil }
            return index
        }
        return view.mentionEnding[position]
    }
}
