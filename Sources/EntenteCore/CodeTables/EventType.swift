/// CAMEO's four quad classes: verbal or material, cooperation or conflict.
public enum QuadClass: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Roots 01–05: statements, appeals, intentions, consultation, diplomatic cooperation.
    case verbalCooperation = 1
    /// Roots 06–08: material cooperation, aid, yielding.
    case materialCooperation = 2
    /// Roots 09–13: investigation, demands, disapproval, rejection, threats.
    case verbalConflict = 3
    /// Roots 14–20: protest, force posture, reducing relations, coercion, assault, fighting, mass violence.
    case materialConflict = 4

    /// The quad class of a two-digit CAMEO root.
    public init?(root: Int) {
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        case 14...20: self = .materialConflict
        default: return nil
        }
    }
}

/// Where a CAMEO code falls in PLOVER: an event type, and optionally a mode and a context.
public struct PLOVERMapping: Sendable, Hashable, Codable {
    /// One of PLOVER's 16 event types (`AGREE`, `CONSULT`, …, `ASSAULT`).
    public var event: String
    /// The PLOVER mode, when the mapping gives one (e.g. `border` for 1721).
    public var mode: String?
    /// The PLOVER context, when the mapping gives one.
    public var context: String?

    /// Creates a mapping.
    public init(event: String, mode: String? = nil, context: String? = nil) {
        self.event = event
        self.mode = mode
        self.context = context
    }
}

/// One CAMEO event code with everything an event record needs to carry about it.
public struct EventType: Sendable, Hashable, Codable {
    /// The full code as a string: `"0211"`, `"161"`, `"18"`.
    public var code: String
    /// The CAMEO name: "Break diplomatic relations".
    public var name: String
    /// Goldstein conflict–cooperation weight, −10…+10.
    public var goldstein: Double
    /// The PLOVER equivalent, if CAMEO→PLOVER maps this code.
    public var plover: PLOVERMapping?

    /// Creates an event type.
    public init(code: String, name: String, goldstein: Double, plover: PLOVERMapping?) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.plover = plover
    }

    /// The two-digit root: `"16"` for `"161"`.
    public var root: String { String(code.prefix(2)) }

    /// The quad class of the root.
    public var quadClass: QuadClass { QuadClass(root: Int(root) ?? 0) ?? .verbalCooperation }
}
