/// What a dictionary entry names, carried on mentions so later stages (coreference, the
/// event coder) can tell a country from a person or a sector noun.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case country, region, organization, group, person, seat, agent
}
