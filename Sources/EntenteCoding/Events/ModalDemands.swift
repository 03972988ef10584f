import EntenteCore

/// "Wang Wenbin said Washington must stop arming Taiwan", "Sweden must crack down on militants,
/// Erdogan said": what a speaker says another side must or should do is demanded of that side
/// (CAMEO 100), whatever the act named. No dictionary pattern can say this: the demand lies in
/// the modal, which is no trigger, and in the speech verb, which codes nothing of its own.
enum ModalDemands {
    /// Modals of obligation: what follows is required of their subject.
    static let obligations: WordSet = ["must", "should"]

    /// Verbs that say what their clause holds: "said (that)", "insisted", "warned".
    static let speechVerbs: WordSet = ["say", "tell", "insist", "state", "declare", "add", "stress", "warn", "argue", "reiterate", "write"]

    /// The pattern the demands are coded under, for event records and `entente explain`.
    static let pattern = EventPattern(
        code: "100", reverseCode: nil, before: [], after: [],
        text: "SPEAKER said TARGET must|should VERB", origin: EntenteError.Location(file: "ModalDemands"), order: -1
    )

    /// One demand a candidate, its trigger the modal: the speaker is the source, the modal's
    /// subject the target. Sentences without "must" or "should" cost one word-key test a
    /// token.
    static func candidates(_ view: SentenceView) -> [EventCoder.Candidate] {
        var result: [EventCoder.Candidate] = []
        for m in view.tokens.indices where obligations.contains(key: view.keys[m]) && m > 0 && Modality.isMarker(m, view: view) {
            guard let act = actingVerb(after: m, view: view), let subject = view.mentionEnding[m - 1] else { continue }
            let target = view.groupHead(subject)
            guard let speaker = speaker(before: view.mentions[target].tokens.lowerBound, modal: m, view: view),
                  view.groupHead(speaker) != target else { continue }
            result.append(EventCoder.Candidate(
                trigger: m, pattern: pattern, source: view.groupHead(speaker), target: target, mode: .asserted,
                note: "a speaker says '\(view.mentions[target].text) \(view.lowered[m]) \(view.lowered[act])': a demand", wordsEnd: act + 1
            ))
        }
        return result
    }

    /// The verb the modal governs ("must *withdraw*", "should not *attack*", "must immediately
    /// *stop*"), when it names an act: "must be held accountable" and "must have known" are no
    /// demand on the subject to act.
    static func actingVerb(after m: Int, view: SentenceView) -> Int? {
        var k = m + 1
        while k < view.tokens.count, k <= m + 3, view.tokens[k].tag == .adverb || view.lowered[k] == "not" { k += 1 }
        guard k < view.tokens.count, view.tokens[k].tag == .verb, !["be", "have", "know"].contains(view.lemmas[k]) else { return nil }
        return k
    }

    /// Who says it: the subject of a speech verb standing before the modal's subject ("Johnson
    /// said *on Thursday that* Russia should …": only "that", a date, adverbs and commas
    /// between), else the sentence's reporter when it is named after the modal ("Sweden must
    /// …, Erdogan said").
    static func speaker(before start: Int, modal: Int, view: SentenceView) -> Int? {
        var k = start - 1
        while k >= 0, start - k <= 6 {
            if view.tokens[k].tag == .verb {
                guard speechVerbs.contains(key: view.lemmaKeys[k]), !view.lowered[k].hasSuffix("ing") else { return nil }
                return view.clauses.subjects[view.clauses.clauseOf[k]]
            }
            guard view.lowered[k] == "that" || view.lowered[k] == "," || view.tokens[k].tag == .adverb
                || view.sentence.dates.contains(where: { $0.tokens.contains(k) }) || view.lowered[k] == "on" else { return nil }
            k -= 1
        }
        if k < 0 || start - k > 6, let reporter = view.reporter, view.mentions[reporter.mention].tokens.lowerBound > modal { return reporter.mention }
        return nil
    }
}
