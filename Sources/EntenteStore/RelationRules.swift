import EntenteCore

/// Which events change the state of a relationship, and to what: the rules that turn
/// "Niger cut ties with Ukraine" into "NER–UKR diplomatic: broken, since 2024-08-07".
///
/// The rules are one table, ``rules``, read top to bottom; the first whose code matches
/// (and whose target condition holds) decides. Facts are kept between countries (the first
/// three letters of an actor code: `NERGOV` acts for `NER`) or between a country and an
/// organisation (whose full code is kept: `IGOWAFAES`). Only events the text presents as
/// having happened (asserted or reported) change a state: "plans to cut ties" does not.
public enum RelationRules {
    /// A kind of relationship, with the JSON names the CLI uses.
    public enum Kind: String, Sendable, CaseIterable {
        /// Diplomatic relations: `normal`, `reduced`, `broken`, `restored`.
        case diplomatic
        /// Membership of an alliance or bloc (`member`, `left`), and between two members of one
        /// bloc, `allied`.
        case alliance
        /// One side's forces on the other's soil: `present`, `expelled`, `withdrawn`.
        case troops
        /// Sanctions, embargoes, boycotts by one side on the other: `imposed`.
        case sanctions
        /// Armed clashes between the two: `active`.
        case conflict

        /// Whether the state holds for the pair in either order (then it is stored in
        /// alphabetical order); directed kinds say who acts on whom.
        public var isSymmetric: Bool {
            switch self {
            case .diplomatic, .alliance, .conflict: return true
            case .troops, .sanctions: return false
            }
        }
    }

    /// One line of the table: events whose CAMEO code starts with `codePrefix` (and whose
    /// target meets `target`) put the relationship of `kind` in `state`.
    public struct Rule: Sendable {
        /// A CAMEO code or the start of one (`19` is every code of root 19).
        public var codePrefix: String
        /// What the target must be.
        public var target: TargetCondition
        /// The relationship.
        public var kind: Kind
        /// The state it enters.
        public var state: String
        /// The state it enters instead, after each of these states: diplomatic recognition
        /// after a break is a restoration.
        public var after: [String: String] = [:]
    }

    /// What a rule asks of the event's target.
    public enum TargetCondition: Sendable {
        /// Anyone.
        case any
        /// A military actor (code ending in `MIL`): expelling troops, not diplomats.
        case military
        /// An organisation (`IGO…`, `NGO…`): signing up to a bloc.
        case organisation
    }

    /// The table. CAMEO: 161 and 166 aimed at a bloc (breaking with it, withdrawing from it),
    /// alliance `left`; 0861 receive deployment of peacekeepers, troops `present`; 160 reduce
    /// relations, 161 reduce or break diplomatic relations, 054
    /// grant diplomatic recognition, 057 sign a formal agreement, 163 impose embargo, boycott
    /// or sanctions, 085 ease economic sanctions, boycott or embargo, 166 expel or withdraw,
    /// 0871 declare truce or ceasefire, 0874 retreat militarily, roots 19 and 20 fight and use
    /// mass violence. The `ceasefire` rule comes before root 19's so a truce is not a fight.
    public static let rules: [Rule] = [
        Rule(codePrefix: "161", target: .organisation, kind: .alliance, state: "left"),
        Rule(codePrefix: "166", target: .organisation, kind: .alliance, state: "left"),
        Rule(codePrefix: "161", target: .any, kind: .diplomatic, state: "broken"),
        Rule(codePrefix: "160", target: .any, kind: .diplomatic, state: "reduced"),
        Rule(codePrefix: "054", target: .any, kind: .diplomatic, state: "normal", after: ["broken": "restored", "reduced": "restored"]),
        Rule(codePrefix: "057", target: .organisation, kind: .alliance, state: "member"),
        Rule(codePrefix: "163", target: .any, kind: .sanctions, state: "imposed"),
        Rule(codePrefix: "085", target: .any, kind: .sanctions, state: "lifted"),
        Rule(codePrefix: "166", target: .military, kind: .troops, state: "expelled"),
        Rule(codePrefix: "0874", target: .any, kind: .troops, state: "withdrawn"),
        Rule(codePrefix: "0861", target: .any, kind: .troops, state: "present"),
        Rule(codePrefix: "0871", target: .any, kind: .conflict, state: "ceasefire"),
        Rule(codePrefix: "19", target: .any, kind: .conflict, state: "active"),
        Rule(codePrefix: "20", target: .any, kind: .conflict, state: "active"),
    ]

    /// The state a fact puts its relationship in, given the state it was in.
    public static func state(_ fact: Fact, after previous: String?) -> String {
        guard let previous, let rule = rules.first(where: { $0.kind == fact.kind && $0.state == fact.state }) else { return fact.state }
        return rule.after[previous] ?? fact.state
    }

    /// A state a relationship enters.
    public struct Fact: Sendable, Hashable {
        /// The acting side (the first in alphabetical order for symmetric kinds).
        public var actorA: String
        /// The other side.
        public var actorB: String
        /// The relationship.
        public var kind: Kind
        /// Its new state, e.g. `broken`.
        public var state: String
        /// The date it holds from (ISO 8601 at the event's precision).
        public var since: String

        /// Creates a fact.
        public init(actorA: String, actorB: String, kind: Kind, state: String, since: String) {
            self.actorA = actorA
            self.actorB = actorB
            self.kind = kind
            self.state = state
            self.since = since
        }
    }

    /// The organisation prefixes: their codes are kept whole as a side of a relationship.
    static let organisationPrefixes: Set<String> = ["IGO", "NGO", "IMG", "MNC"]

    /// The side an actor code stands for in a relationship, or nil when it names no
    /// country or organisation.
    public static func party(_ code: String) -> String? {
        guard ActorCode.hasCountry(code) else { return nil }
        let prefix = ActorCode.country(of: code)
        return organisationPrefixes.contains(prefix) ? code : prefix
    }

    /// The first rule for an event's code and target.
    static func rule(for cameo: String, target: String) -> Rule? {
        rules.first { rule in
            guard cameo.hasPrefix(rule.codePrefix) else { return false }
            switch rule.target {
            case .any: return true
            case .military: return target.hasSuffix("MIL")
            case .organisation: return organisationPrefixes.contains(ActorCode.country(of: target))
            }
        }
    }

    /// The fact an event establishes, if any.
    public static func fact(source: String, target: String, cameo: String, mode: EventMode, date: String?) -> Fact? {
        guard mode.isFactual, let date, let rule = rule(for: cameo, target: target),
              let a = party(source), let b = party(target), a != b else { return nil }
        let (first, second) = rule.kind.isSymmetric && b < a ? (b, a) : (a, b)
        return Fact(actorA: first, actorB: second, kind: rule.kind, state: rule.state, since: date)
    }

    /// The `allied` states the memberships imply: two members of one bloc are allied from the
    /// later of their joining dates.
    public static func alliances(from states: [RelationState]) -> [RelationState] {
        var membersByBloc: [String: [(member: String, since: String, eventID: Int64)]] = [:]
        for state in states where state.kind == Kind.alliance.rawValue && state.state == "member" {
            // A symmetric pair is stored alphabetically: the organisation may be either side.
            let (member, bloc) = organisationPrefixes.contains(ActorCode.country(of: state.actorA)) ? (state.actorB, state.actorA) : (state.actorA, state.actorB)
            membersByBloc[bloc, default: []].append((member, state.since, state.eventID))
        }
        var allied: [RelationState] = []
        for (bloc, members) in membersByBloc.sorted(by: { $0.key < $1.key }) {
            for (i, first) in members.enumerated() {
                for second in members[(i + 1)...] where first.member != second.member {
                    let (a, b) = first.member < second.member ? (first, second) : (second, first)
                    allied.append(RelationState(actorA: a.member, actorB: b.member, kind: Kind.alliance.rawValue, state: "allied",
                                                since: max(a.since, b.since), eventID: a.since >= b.since ? a.eventID : b.eventID, through: bloc))
                }
            }
        }
        return allied
    }
}
