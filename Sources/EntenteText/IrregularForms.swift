import EntenteCore

/// Irregular English verb and noun forms, lower case, form → lemma. Hand-written from
/// general knowledge of English; the treebank's own lemmas take precedence.
enum IrregularForms {
    static let verbs: [String: String] = {
        // lemma: past, participle, and other irregular forms
        let table: [(String, [String])] = [
            ("be", ["am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "ai"]),
            ("have", ["has", "had", "having", "'ve", "'d"]),
            ("do", ["does", "did", "done", "doing"]),
            ("go", ["goes", "went", "gone"]),
            ("arise", ["arose", "arisen"]), ("awake", ["awoke", "awoken"]), ("bear", ["bore", "borne", "born"]),
            ("beat", ["beaten"]), ("become", ["became"]), ("begin", ["began", "begun"]), ("bend", ["bent"]),
            ("bet", ["bets"]), ("bid", ["bade", "bidden"]), ("bind", ["bound"]), ("bite", ["bit", "bitten"]),
            ("bleed", ["bled"]), ("blow", ["blew", "blown"]), ("break", ["broke", "broken"]), ("breed", ["bred"]),
            ("bring", ["brought"]), ("build", ["built"]), ("burn", ["burnt"]), ("burst", ["bursts"]), ("buy", ["bought"]),
            ("cast", ["casts"]), ("catch", ["caught"]), ("choose", ["chose", "chosen"]), ("cling", ["clung"]),
            ("come", ["came"]), ("cost", ["costs"]), ("creep", ["crept"]), ("cut", ["cuts", "cutting"]),
            ("deal", ["dealt"]), ("dig", ["dug"]), ("draw", ["drew", "drawn"]), ("dream", ["dreamt"]),
            ("drink", ["drank", "drunk"]), ("drive", ["drove", "driven"]), ("eat", ["ate", "eaten"]),
            ("fall", ["fell", "fallen"]), ("feed", ["fed"]), ("feel", ["felt"]), ("fight", ["fought"]),
            ("find", ["found"]), ("flee", ["fled"]), ("fling", ["flung"]), ("fly", ["flew", "flown", "flies"]),
            ("forbid", ["forbade", "forbidden"]), ("forecast", ["forecasts"]), ("foresee", ["foresaw", "foreseen"]),
            ("forget", ["forgot", "forgotten"]), ("forgive", ["forgave", "forgiven"]), ("freeze", ["froze", "frozen"]),
            ("get", ["got", "gotten", "getting"]), ("give", ["gave", "given"]), ("grind", ["ground"]),
            ("grow", ["grew", "grown"]), ("hang", ["hung"]), ("hear", ["heard"]), ("hide", ["hid", "hidden"]),
            ("hit", ["hits", "hitting"]), ("hold", ["held"]), ("hurt", ["hurts"]), ("keep", ["kept"]),
            ("kneel", ["knelt"]), ("know", ["knew", "known"]), ("lay", ["laid"]), ("lead", ["led"]),
            ("lean", ["leant"]), ("leap", ["leapt"]), ("learn", ["learnt"]), ("leave", ["left"]), ("lend", ["lent"]),
            ("let", ["lets", "letting"]), ("lie", ["lay", "lain", "lying"]), ("light", ["lit"]), ("lose", ["lost"]),
            ("make", ["made"]), ("mean", ["meant"]), ("meet", ["met"]), ("mislead", ["misled"]),
            ("mistake", ["mistook", "mistaken"]), ("overcome", ["overcame"]), ("overrun", ["overran"]),
            ("oversee", ["oversaw", "overseen"]), ("overtake", ["overtook", "overtaken"]), ("overthrow", ["overthrew", "overthrown"]),
            ("pay", ["paid"]), ("prove", ["proven"]), ("put", ["puts", "putting"]), ("quit", ["quits", "quitting"]),
            ("read", ["reads"]), ("rebuild", ["rebuilt"]), ("rid", ["rids"]), ("ride", ["rode", "ridden"]),
            ("ring", ["rang", "rung"]), ("rise", ["rose", "risen"]), ("run", ["ran", "running"]), ("say", ["said", "says"]),
            ("see", ["saw", "seen"]), ("seek", ["sought"]), ("sell", ["sold"]), ("send", ["sent"]), ("set", ["sets", "setting"]),
            ("shake", ["shook", "shaken"]), ("shed", ["sheds"]), ("shine", ["shone"]), ("shoot", ["shot"]),
            ("show", ["shown"]), ("shrink", ["shrank", "shrunk"]), ("shut", ["shuts", "shutting"]), ("sing", ["sang", "sung"]),
            ("sink", ["sank", "sunk"]), ("sit", ["sat"]), ("sleep", ["slept"]), ("slay", ["slew", "slain"]),
            ("slide", ["slid"]), ("speak", ["spoke", "spoken"]), ("speed", ["sped"]), ("spend", ["spent"]),
            ("spin", ["spun"]), ("split", ["splits", "splitting"]), ("spread", ["spreads"]), ("spring", ["sprang", "sprung"]),
            ("stand", ["stood"]), ("steal", ["stole", "stolen"]), ("stick", ["stuck"]), ("sting", ["stung"]),
            ("stride", ["strode"]), ("strike", ["struck", "stricken"]), ("strive", ["strove", "striven"]),
            ("swear", ["swore", "sworn"]), ("sweep", ["swept"]), ("swim", ["swam", "swum"]), ("swing", ["swung"]),
            ("take", ["took", "taken"]), ("teach", ["taught"]), ("tear", ["tore", "torn"]), ("tell", ["told"]),
            ("think", ["thought"]), ("throw", ["threw", "thrown"]), ("thrust", ["thrusts"]), ("tread", ["trod", "trodden"]),
            ("undergo", ["underwent", "undergone"]), ("understand", ["understood"]), ("undertake", ["undertook", "undertaken"]),
            ("uphold", ["upheld"]), ("upset", ["upsets"]), ("wake", ["woke", "woken"]), ("wear", ["wore", "worn"]),
            ("weep", ["wept"]), ("win", ["won", "winning"]), ("wind", ["wound"]), ("withdraw", ["withdrew", "withdrawn"]),
            ("withhold", ["withheld"]), ("withstand", ["withstood"]), ("write", ["wrote", "written"]),
            ("will", ["wo", "'ll"]), ("can", ["ca"]), ("shall", ["sha"]),
        ]
        var result: [String: String] = [:]
        for (lemma, forms) in table {
            for form in forms { result[form] = lemma }
        }
        return result
    }()

    static let nouns: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "people": "person", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
        "knives": "knife", "leaves": "leaf", "halves": "half", "selves": "self", "thieves": "thief",
        "wolves": "wolf", "crises": "crisis", "analyses": "analysis", "theses": "thesis", "bases": "base",
        "phenomena": "phenomenon", "criteria": "criterion", "media": "media", "data": "data",
        "militia": "militia", "militias": "militia", "allies": "ally", "ties": "tie", "series": "series",
        "species": "species", "headquarters": "headquarters", "forces": "force", "offices": "office",
        "houses": "house", "sources": "source", "places": "place", "premises": "premises",
        "alumni": "alumnus", "nuclei": "nucleus", "indices": "index", "appendices": "appendix",
    ]

    /// `verbs` and `nouns` keyed for lookups per token.
    static let verbTable = WordTable(words: verbs.map { ($0.key, $0.value) })
    static let nounTable = WordTable(words: nouns.map { ($0.key, $0.value) })
}
