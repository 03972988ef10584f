import EntenteCore

/// Which events change the state of a relationship, and to what: the rules that turn
/// "Niger cut ties with Ukraine" into "NER–UKR diplomatic relations: cut, from 2024-08-07".
///
/// Facts are kept between countries (the first three letters of an actor code: `NERGOV`
/// acts for `NER`) or between a country and an organisation (whose full code is kept:
/// `IGOWAFAES`). Only events the text presents as having happened (asserted or reported)
/// change a state; a threat or an intention does not.
public enum RelationRules {
    /// A kind of relationship.
    public enum Relation: String, Sendable, CaseIterable {
        /// Diplomatic relations: cut, reduced, recognised.
        case diplomatic
        /// One side's forces on the other's soil: expelled or withdrawn.
        case militaryPresence = "military-presence"
        /// Sanctions, embargoes, boycotts imposed by one side on the other.
        case sanctions
        /// A formal agreement or alliance between the two.
        case agreement
        /// Armed conflict between the two.
        case armedConflict = "armed-conflict"

        /// Whether the state holds for both sides alike (then the pair is stored in
        /// alphabetical order).
        public var isMutual: Bool {
            switch self {
            case .diplomatic, .agreement, .armedConflict: return true
            case .militaryPresence, .sanctions: return false
            }
        }
    }

    /// A state a relationship enters.
    public struct Fact: Sendable, Hashable {
        /// The acting side (the first in alphabetical order for mutual relations).
        public var actorA: String
        /// The other side.
        public var actorB: String
        /// The relationship.
        public var relation: Relation
        /// Its new state, e.g. `cut`.
        public var state: String
        /// The date it holds from (ISO 8601 at the event's precision).
        public var validFrom: String

        /// Creates a fact.
        public init(actorA: String, actorB: String, relation: Relation, state: String, validFrom: String) {
            self.actorA = actorA
            self.actorB = actorB
            self.relation = relation
            self.state = state
            self.validFrom = validFrom
        }
    }

    /// The CAMEO codes that set a state, by code or by root.
    static func rule(for cameo: String, target: String) -> (Relation, String)? {
        switch cameo {
        case "160": return (.diplomatic, "reduced")
        case "161": return (.diplomatic, "cut")
        case "054": return (.diplomatic, "recognized")
        case "163": return (.sanctions, "imposed")
        case "057": return (.agreement, "signed")
        case "166", "1661":
            // Expelling or withdrawing forces ends their presence; expelling diplomats or
            // aid workers is another matter.
            return target.hasSuffix("MIL") ? (.militaryPresence, "expelled") : nil
        default:
            if cameo.hasPrefix("19") || cameo.hasPrefix("20") { return (.armedConflict, "fighting") }
            return nil
        }
    }

    /// The side an actor code stands for in a relationship, or nil when it names no
    /// country or organisation.
    static func party(_ code: String) -> String? {
        guard ActorCode.hasCountry(code) else { return nil }
        let prefix = ActorCode.country(of: code)
        return ["IGO", "NGO", "IMG", "MNC"].contains(prefix) ? code : prefix
    }

    /// The fact an event establishes, if any.
    public static func fact(source: String, target: String, cameo: String, mode: EventMode, date: String?) -> Fact? {
        guard mode.isFactual, let date, let (relation, state) = rule(for: cameo, target: target),
              let a = party(source), let b = party(target), a != b else { return nil }
        let (first, second) = relation.isMutual && b < a ? (b, a) : (a, b)
        return Fact(actorA: first, actorB: second, relation: relation, state: state, validFrom: date)
    }
}
