import EntenteCore

/// A speech act over a clause: "Syria claimed that ISIL had attacked Iraq", "…, the Pentagon
/// said". The clause's events are told by the speaker, not witnessed by the text: one done by
/// another side than the speaker's is `reported`, the speaker its reporter. (Coding the
/// telling of another side's use of force as the speaker's accusation, 112, was measured and
/// dropped: none of the gold sets codes it, and it cost precision on every one — validation
/// P 0.824 → 0.802, PETRARCH 192 → 188 records. Speech acts that are events of their own —
/// "accused", "urged", "warned", "demanded" — are coded by their patterns.)
enum SpeechActs {
    /// The mode of an event told under a named speaker (`reporter`): `reported` when the
    /// speaker is not of the event's own side; a side telling of its own act asserts it.
    static func mode(_ mode: EventMode, source: String, reporter: String?) -> EventMode {
        guard mode == .asserted, let reporter, ActorCode.country(of: reporter) != ActorCode.country(of: source) else { return mode }
        return .reported
    }
}
