import EntenteCore

/// When two mentions tell the same happening, and so merge into one event.
///
/// GDELT's worst flaw is one event counted fifty times: every outlet that repeats a story,
/// and every day it is retold, adds a row. Here mentions merge when they have
///
/// - the same **sides** at country level (``RelationRules/party(_:)``: `NERGOV` and `NER`
///   are both Niger; organisations keep their whole code),
/// - the same **code family**: the first three digits of the CAMEO code (`1661` and `166`
///   are one family, `161` and `166` are not),
/// - the same **mode class**: asserted and reported mentions merge with each other, every
///   other mode only with itself, so "did not cut ties" never merges into "cut ties",
/// - and a **date** within ``windowDays`` of each other when both are days; a month or a
///   year only with the same month or year; undated mentions only within one document.
///
/// The window is two days: a happening reported the day after, or dated by its article's
/// publication a day late, is the same happening; the same act a week later is another.
///
/// A mention joins the nearest event in the window as it arrives, as GDELT's deduplication
/// does; when dates chain across the window (day 1, day 3, day 4), which mentions share an
/// event can depend on the order documents arrive in. Mentions themselves never depend on
/// it, and `entente recode --all` rebuilds every event in one order.
public enum MergeRule {
    /// How many days apart two day-dated mentions may be and still tell one happening.
    public static let windowDays = 2

    /// The CAMEO code family: the first three digits, or the root for a two-digit code.
    public static func family(of cameo: String) -> String { String(cameo.prefix(3)) }

    /// The mode class: `factual` for asserted and reported mentions, else the mode itself.
    public static func modeClass(of mode: EventMode) -> String { mode.isFactual ? "factual" : mode.rawValue }

    /// The mode class of a stored mode name.
    static func modeClass(of mode: String) -> String {
        EventMode(rawValue: mode).map(modeClass(of:)) ?? mode
    }

    /// The side an actor code merges as: its country or organisation, else the code.
    public static func side(_ code: String) -> String { RelationRules.party(code) ?? code }

    /// Whether a date is a whole day (`YYYY-MM-DD`), which the window applies to.
    static func isDay(_ date: String?) -> Bool { date?.utf8.count == 10 }
}
