import EntenteCore

/// "The Kremlin declined to comment on reports that Russian military instructors had landed in
/// Niamey", "Beijing declined to say whether it had been informed of Pakistan's missile test":
/// a refusal to comment (011) names no addressee; it is aimed at the other country the
/// question is about, named anywhere after the trigger — past the clause the question opens,
/// and past the source's own country ("Russian military instructors").
extension Roles {
    /// The first mention after the trigger (places too) with a country that is none of the
    /// source's, not the reporter ("…, the defence ministry said"); nil if none.
    static func unansweredSubject(after trigger: Int, source: Int?, view: SentenceView) -> Int? {
        guard let source else { return nil }
        let own = Set(view.actors(of: source).map { ActorCode.country(of: $0.code) })
        let reporter = view.reporter?.mention
        return view.mentions.indices.first { m in
            let mention = view.mentions[m]
            guard mention.tokens.lowerBound > trigger, m != reporter, mention.codes.contains(where: ActorCode.hasCountry) else { return false }
            return mention.codes.allSatisfy { !own.contains(ActorCode.country(of: $0)) }
        }
    }
}
