import EntenteCore

/// "Araqchi held *indirect* talks with Witkoff", "launched *coordinated* attacks": the tagger
/// sometimes reads an adjective or a participle describing the event noun as a verb. Between a
/// light verb and its object noun, such a word describes the noun, and the light verb still
/// governs it (its subject acts; see ``Roles/lightVerb(of:view:)``).
extension Roles {
    /// The light verb right before the token at `modifier`, tagged as a verb, when that token
    /// is no light verb itself, no form of "be" and no "-ing" form (which would be a verb of its
    /// own: "began shelling positions"); nil otherwise.
    static func misreadModifierLightVerb(before modifier: Int, view: SentenceView) -> Int? {
        let verb = modifier - 1
        guard verb >= 0, view.tokens[verb].tag == .verb, lightVerbs.contains(key: view.lemmaKeys[verb]),
              !beForms.contains(key: view.keys[modifier]), !view.lowered[modifier].hasSuffix("ing") else { return nil }
        return verb
    }
}
