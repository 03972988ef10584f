import EntenteCore

/// Roles read from the dependency tree: the subject of a verb, followed through the
/// structures that hide it, each by one rule. ``Roles`` asks only where the tag-based
/// reading is ambiguous (no subject in the trigger's clause, a passive with no "by" the tags
/// can see): a parse that missed "Belgrade" before "severed" would otherwise hand the verb
/// the first clause's subject, and parsing every sentence would cost the coder half its
/// speed. Where the tree has no answer either, the tag-based rules decide.
enum TreeRoles {
    /// Words that stand for the noun a relative clause hangs on.
    static let relativePronouns: WordSet = ["who", "which", "that", "whom", "whose"]

    /// The key of "by", which marks a passive's agent.
    static let byKey = WordKey.of("by")

    /// How far up the tree a subject is looked for (a verb in a clause in a clause …).
    static let maximumClimb = 4

    /// The mention that does the act of verb `trigger`, and how it was found, for
    /// `entente explain`; nil when the tree names none (a passive's subject is its target).
    /// A subject that names no actor ("a car bomb killed …") also gives nil: the tag-based
    /// rules then look further, which finds more than it wrongly finds (measured on dev).
    ///
    /// The sentence is parsed only up to the trigger first: a subject before its verb, with
    /// the verbs it climbs through, is settled by then. Only where that prefix cannot answer
    /// (the subject stands after the verb, or a head to the right) is more parsed, a few words
    /// at a time. The answer is the whole parse's either way.
    static func subject(of trigger: Int, view: SentenceView) -> (mention: Int, arc: String)? {
        guard var tree = view.tree(through: trigger), tree.contains(trigger) else { return nil }
        var through = trigger
        while true {
            do {
                return try subject(of: trigger, tree: tree, view: view)
            } catch {
                // Parse a few words further and ask again: a head to the right is usually
                // near ("…comes amid rising tensions, … led by …").
                guard !tree.isComplete, through < view.tokens.count - 1 else { return nil }
                through = min(through + parseStep, view.tokens.count - 1)
                guard let further = view.tree(through: through) else { return nil }
                tree = further
            }
        }
    }

    /// How many words further the parse goes each time a partial tree cannot answer.
    static let parseStep = 8

    private static func subject(of trigger: Int, tree: SyntaxTree, view: SentenceView) throws -> (mention: Int, arc: String)? {
        var verb = trigger
        var path: [String] = []
        for _ in 0...maximumClimb {
            if let subject = try tree.settledChild(of: verb, ["nsubj"]), tree.fullRelations[subject] != "nsubj:pass" {
                // "the troops who entered Mali": the relative pronoun stands for the noun.
                var token = subject
                if try tree.settledRelation(of: verb) == "acl", relativePronouns.contains(key: view.keys[subject]), let noun = try tree.settledHead(of: verb) {
                    token = noun
                    path.append("relative clause")
                }
                guard let mention = try mention(at: token, tree: tree, view: view) else { return nil }
                return (mention, (path + ["nsubj"]).joined(separator: " → "))
            }
            // A passive names its doer only after "by" (``agent(of:view:)``).
            if try tree.settledChild(of: verb, ["nsubj:pass", "aux:pass"]) != nil { return nil }
            guard let head = try tree.settledHead(of: verb) else { return nil }
            switch try tree.settledRelation(of: verb) {
            case "conj":
                // "Mali expelled the envoy and closed its embassy": conjoined verbs share a subject.
                path.append("conj")
            case "xcomp":
                // "urged Iran to release …": the object of the governing verb acts; "agreed to
                // release …", "is expected to release …": its subject does.
                if let object = try tree.settledChild(of: head, ["obj", "iobj"]), let mention = try mention(at: object, tree: tree, view: view) {
                    return (mention, (path + ["xcomp", "obj of '\(view.tokens[head].text)'"]).joined(separator: " → "))
                }
                path.append("xcomp")
            case "advcl" where try view.lowered[verb].hasSuffix("ing") || tree.settledChild(of: verb, ["mark"]).map({ view.lowered[$0] == "to" }) == true:
                // "…, killing dozens", "…to protest": a participle or purpose clause is done by
                // the subject of the clause it hangs on.
                path.append("advcl")
            case "acl" where view.lowered[verb].hasSuffix("ing"):
                // "rebels fighting the army": the noun a present participle describes acts.
                guard let mention = try mention(at: head, tree: tree, view: view) else { return nil }
                return (mention, (path + ["acl (participle)"]).joined(separator: " → "))
            default:
                return nil
            }
            verb = head
        }
        return nil
    }

    /// Prepositions that name whom an act is done to: "clashed *with*", "sanctions *against*",
    /// "an attack *on*", "sent troops *to*". ("in", "at", "near" situate; "by" names the doer;
    /// "for" a beneficiary or a reason.)
    static let targetPrepositions: WordSet = ["with", "against", "on", "upon", "to", "toward", "towards", "into", "at", "from"]

    /// The mention an act is done to, and the arc that names it: the verb's object, else its
    /// indirect object, else a nominal after one of ``targetPrepositions``; for a noun
    /// trigger, a nominal after one of those. `accepts` says which mentions may be a target
    /// (not the source again, not who reports it, one with a country). Nil where the tree
    /// names none.
    static func object(of trigger: Int, view: SentenceView, accepts: (Int) -> Bool) -> (mention: Int, arc: String)? {
        guard let tree = view.tree, tree.contains(trigger) else { return nil }
        // A passive's subject is what it is done to, read by the tag rules.
        if tree.child(of: trigger, ["nsubj:pass", "aux:pass"]) != nil { return nil }
        var nominals: [(token: Int, arc: String)] = []
        for relation in ["obj", "iobj"] {
            nominals += tree.childrenOf(trigger, [relation]).map { ($0, relation) }
        }
        for nominal in tree.childrenOf(trigger, ["obl", "nmod"]) {
            guard let preposition = tree.preposition(of: nominal, lowered: view.lowered), targetPrepositions.contains(preposition) else { continue }
            nominals.append((nominal, "\(tree.relations[nominal]) '\(preposition)'"))
        }
        for (token, arc) in nominals {
            // "Mali, which Niger attacked, …": the relative pronoun stands for the noun (a
            // relative clause set off by commas is often parsed as the noun's `appos`).
            if ["acl", "appos"].contains(tree.relations[trigger]), relativePronouns.contains(key: view.keys[token]), let noun = tree.heads[trigger] {
                if let mention = try? mention(at: noun, tree: tree, view: view), accepts(mention) { return (mention, "relative clause → \(arc)") }
                continue
            }
            if let mention = try? mention(at: token, tree: tree, view: view), accepts(mention) { return (mention, arc) }
            // "expelled the ambassador and two diplomats of France": a conjoined object.
            for conjunct in tree.childrenOf(token, ["conj"]) {
                if let mention = try? mention(at: conjunct, tree: tree, view: view), accepts(mention) { return (mention, arc + " → conj") }
            }
        }
        return nil
    }

    /// The "by" agent of a passive verb: "the camp was attacked by militiamen".
    static func agent(of trigger: Int, view: SentenceView) -> Int? {
        // An agent is marked by "by": without one, no parse is needed to find none.
        guard view.keys.contains(TreeRoles.byKey), let tree = view.tree else { return nil }
        for nominal in tree.childrenOf(trigger, ["obl:agent", "obl"]) where tree.preposition(of: nominal, lowered: view.lowered) == "by" {
            if let mention = try? mention(at: nominal, tree: tree, view: view) { return mention }
        }
        return nil
    }

    /// Relations inside a noun phrase that may name its actor: "the *Russian* army",
    /// "*Niger*'s junta", "its president, *Macron*"; and "the government *of Mali*" (an
    /// `nmod` with "of" only: "a bomb *at the police academy*" names where, not who).
    static let nominalParts: Set<String> = ["compound", "amod", "nmod:poss", "appos", "flat", "det:poss", "nmod:npmod"]

    /// The actor mention a nominal token stands for: the one holding it, or else the nearest
    /// one inside its noun phrase; places only when nothing else is there.
    static func mention(at token: Int, tree: SyntaxTree, view: SentenceView) throws -> Int? {
        var queue = [token]
        var index = 0
        var place: Int?
        while index < queue.count, index < 24 {
            let current = queue[index]
            index += 1
            if let found = view.mentions.indices.first(where: { view.mentions[$0].tokens.contains(current) }) {
                if !view.mentions[found].isPlace { return found }
                if place == nil { place = found }
            }
            queue.append(contentsOf: try tree.settledChildren(of: current, nominalParts))
            queue.append(contentsOf: try tree.settledChildren(of: current, ["nmod"]).filter { try tree.settledPreposition(of: $0, lowered: view.lowered) == "of" })
        }
        return place.flatMap { view.mentions[$0].kind == .country || view.mentions[$0].source == .capital ? $0 : nil }
    }
}
