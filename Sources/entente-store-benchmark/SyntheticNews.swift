import EntenteCore

/// Realistic synthetic news for benchmarks: short wire-style articles about states cutting
/// ties, expelling troops, signing pacts, attacking, meeting and condemning, with names the
/// shipped dictionaries know, dated over several years. Deterministic for a seed.
struct SyntheticNews {
    static let countries = [
        ("Niger", "Nigerien"), ("Mali", "Malian"), ("Burkina Faso", "Burkinabe"), ("Ukraine", "Ukrainian"), ("Russia", "Russian"),
        ("France", "French"), ("the United States", "American"), ("Algeria", "Algerian"), ("Chad", "Chadian"), ("Sudan", "Sudanese"),
        ("Nigeria", "Nigerian"), ("Senegal", "Senegalese"), ("China", "Chinese"), ("Turkey", "Turkish"), ("Iran", "Iranian"),
        ("Israel", "Israeli"), ("Egypt", "Egyptian"), ("Ethiopia", "Ethiopian"), ("Kenya", "Kenyan"), ("Germany", "German"),
    ]
    static let templates = [
        "{A} cut diplomatic ties with {B} on {D}, accusing it of backing armed groups.",
        "{A} expelled {b} troops from its territory on {D}.",
        "{A} and {B} signed a defence agreement in the capital on {D}.",
        "{a} forces attacked positions held by {b} soldiers near the border on {D}.",
        "The {a} foreign minister met his {b} counterpart on {D} to discuss security.",
        "{A} condemned the {b} government for the killing of civilians.",
        "{A} imposed sanctions on {B} after the vote.",
        "{A} recalled its ambassador from {B} in protest.",
        "Officials said {A} would not send troops to {B}.",
        "{A} praised {B} for its help with the relief effort.",
        "Analysts said the economy grew slowly in the first quarter.",
        "The weather delayed the harvest in several provinces.",
    ]
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// The next pseudo-random number below `bound` (xorshift; reproducible, not secure).
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    /// One article of 4 to 10 sentences, with a publication day.
    mutating func article() -> (date: Day, text: String) {
        let published = Day(daysSinceEpoch: 16_000 + next(3_000)) ?? Day(iso: "2024-08-07")!
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var sentences: [String] = []
        for _ in 0..<(4 + next(7)) {
            let a = Self.countries[next(Self.countries.count)]
            var b = Self.countries[next(Self.countries.count)]
            while b.0 == a.0 { b = Self.countries[next(Self.countries.count)] }
            let day = published.adding(days: -next(4)) ?? published
            var sentence = Self.templates[next(Self.templates.count)]
            for (key, value) in [("{A}", a.0), ("{B}", b.0), ("{a}", a.1), ("{b}", b.1), ("{D}", "\(months[day.month - 1]) \(day.day)")] {
                sentence = sentence.replacingOccurrences(of: key, with: value)
            }
            sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst())
        }
        return (published, sentences.joined(separator: " "))
    }
}
