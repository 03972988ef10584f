import EntenteCore

/// "Amnesty International issued a statement calling on Belarus to …", "the Council adopted a
/// resolution urging Israel to …": a participle after a written statement speaks for whoever
/// issued the statement. The statement itself names no actor, so without this rule the
/// participle has no source ("vetoed a resolution demanding a ceasefire" keeps none: vetoing
/// is not issuing).
extension Roles {
    /// Nouns naming a written or spoken text that can call, urge, accuse or demand on its
    /// author's behalf.
    static let statementNouns: WordSet = [
        "statement", "statements", "letter", "letters", "declaration", "communique", "communiqué", "message",
        "resolution", "appeal", "plea", "tweet", "post", "memo", "petition", "motion", "note", "report", "notice",
    ]

    /// Verbs whose subject is the author of the statement they take as object.
    static let issuingVerbs: WordSet = [
        "issue", "release", "publish", "send", "write", "sign", "deliver", "post", "put", "adopt", "pass",
        "make", "draft", "circulate", "unveil", "present", "submit", "file", "table", "read", "approve",
    ]

    /// For a participle right after a statement noun that an issuing verb takes as its object
    /// ("issued a statement calling on …"), the issuing verb's subject; nil otherwise.
    static func statementAuthor(of trigger: Int, view: SentenceView) -> Int? {
        guard trigger > 0, view.lowered[trigger].hasSuffix("ing"), statementNouns.contains(key: view.keys[trigger - 1]),
              let verb = Modality.governingVerb(ofNoun: trigger - 1, in: view.clause(of: trigger - 1), view: view),
              issuingVerbs.contains(key: view.lemmaKeys[verb]), !isPassive(verb, view: view) else { return nil }
        return view.clauses.subjects[view.clauses.clauseOf[verb]]
    }
}
