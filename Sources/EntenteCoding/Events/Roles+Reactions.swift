import EntenteCore

/// A reaction told in a relative clause after what it reacts to: "…, an allegation *the
/// Kremlin denied*", "…, a move *Beijing* denounced", "the sanctions, which *Moscow*
/// condemned". The clause's verb is the reaction; its subject reacts (not the main clause's
/// subject, which the clause cutter hands it, as no pronoun or comma opens the clause), and
/// the reaction is aimed at whoever did the thing reacted to: the subject of the clause that
/// told it, or the accuser an allegation is by.
extension Roles {
    /// Codes of a reaction to something done: a denial (016), praise or support (05),
    /// disapproval (11), a rejection (12). Only these aim at the doer of what the clause hangs
    /// on, and only these read their object words there: "a pledge he made" is no reaction,
    /// and "made … pledge" would be read as one.
    static let reactionCodes = ["016", "05", "11", "12"]

    /// Whether a pattern's code is one of ``reactionCodes``.
    static func isReaction(_ code: String?) -> Bool {
        guard let code else { return false }
        return reactionCodes.contains(where: code.hasPrefix)
    }

    /// What a relative clause at verb `trigger` reacts to: the clause's subject (`reactor`)
    /// and the noun the clause hangs on (`noun`). Read from the tags: a determiner phrase
    /// ("a move", "an allegation", "the new sanctions"), an optional "that"/"which" (a comma
    /// may stand before it), then an actor and the verb, with at most an auxiliary between
    /// ("the UN has called"). `phrase` is the noun's words after the determiner, where the
    /// clause verb's pattern reads its object words ("dismiss * &accusation"). Nil for any
    /// other shape.
    static func reactedNoun(of trigger: Int, view: SentenceView) -> (reactor: Int, noun: Int, phrase: Range<Int>)? {
        guard view.tokens[trigger].tag == .verb else { return nil }
        var end = trigger
        while end - 1 >= 0, end >= trigger - 2, view.tokens[end - 1].tag == .auxiliary { end -= 1 }
        guard let reactor = view.mentions.indices.last(where: { view.mentions[$0].tokens.upperBound == end }),
              view.mentions[reactor].codes.contains(where: ActorCode.hasCountry) else { return nil }
        var k = view.mentions[reactor].tokens.lowerBound - 1
        if k >= 0, view.lowered[k] == "the" { k -= 1 }
        if k >= 0, view.lowered[k] == "that" || view.lowered[k] == "which" {
            k -= 1
            if k >= 0, view.lowered[k] == "," { k -= 1 }
        }
        guard k >= 1, view.tokens[k].tag == .noun, !view.insideMention[k] else { return nil }
        // The noun heads a phrase opened by a determiner, past adjectives and compounds:
        // "a *move*", "the new *sanctions*" — not a bare noun, which may be a compound's
        // first word ("army chief Iran appointed").
        var start = k - 1
        while start >= 0, start >= k - 3, view.tokens[start].tag == .adjective || view.tokens[start].tag == .noun && !view.insideMention[start] {
            start -= 1
        }
        guard start >= 0, view.tokens[start].tag == .determiner else { return nil }
        return (reactor, k, start + 1..<k + 1)
    }

    /// Who did what the reaction at `noun` reacts to: the subject of the nearest verb before
    /// the noun, read from the tree ("Amnesty International said in a report, an accusation
    /// …"), or else the subject of the noun's clause ("Turkey arrested …, a move …"). Nil
    /// when that is the reactor itself or names no other party.
    static func reactedDoer(noun: Int, reactor: Int, view: SentenceView) -> Int? {
        let clause = view.clause(of: noun)
        var doer: Int?
        if let verb = (clause.lowerBound..<noun).last(where: { view.tokens[$0].tag == .verb }) {
            doer = TreeRoles.subject(of: verb, view: view)?.mention
        }
        if doer == nil { doer = view.clauses.subjects[view.clauses.clauseOf[noun]] }
        // (Not ``isOtherParty(_:source:trigger:view:)``: an accuser quoted mid-sentence,
        // "Amnesty International said", is the reporter there, and here the one answered.)
        guard let doer, view.groupHead(doer) != view.groupHead(reactor),
              view.mentions[doer].codes.contains(where: ActorCode.hasCountry),
              !Set(view.mentions[doer].codes).isSubset(of: Set(view.mentions[reactor].codes)) else { return nil }
        return doer
    }
}
