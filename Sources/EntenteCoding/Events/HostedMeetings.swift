import EntenteCore

/// "Nicolas Maduro met U.S. envoy Richard Grenell in Caracas": a meeting held in one side's
/// own country is also the other side's visit there (042, "make a visit"), which CAMEO codes
/// apart from the meeting itself.
enum HostedMeetings {
    /// Meeting codes that may hide a visit: a meeting (040), a summit (044) and talks (046).
    /// Not hosting (043): adding a visit to it cost dev four false events for three.
    static let meetingCodes: WordSet = ["040", "044", "046"]

    /// The place the meeting at `trigger` is held in: the first place mention after the
    /// trigger in its clause, right after "in" or "at" (compass words and "the" may stand
    /// between, as in ``Roles/introducer(of:floor:view:)``).
    static func venue(of trigger: Int, view: SentenceView) -> Int? {
        let clause = view.clause(of: trigger)
        return view.mentions.indices.first { m in
            let mention = view.mentions[m]
            guard mention.isPlace, mention.tokens.lowerBound > trigger, mention.tokens.lowerBound < clause.upperBound else { return false }
            let before = Roles.introducer(of: m, floor: trigger, view: view)
            return view.lowered[before] == "in" || view.lowered[before] == "at"
        }
    }

    /// Whether the source of a meeting between `source` and `target` is the guest (true) or
    /// the host (false) of a visit, when the venue lies in exactly one of the two sides'
    /// countries; nil when it implies no visit.
    static func sourceIsGuest(code: String, trigger: Int, source: String, target: String, view: SentenceView) -> Bool? {
        guard meetingCodes.contains(code), !target.isEmpty, let venue = venue(of: trigger, view: view),
              let place = view.mentions[venue].codes.first.map(ActorCode.country(of:)) else { return nil }
        let sourceHosts = ActorCode.country(of: source) == place
        let targetHosts = ActorCode.country(of: target) == place
        guard sourceHosts != targetHosts else { return nil }
        return targetHosts
    }
}
