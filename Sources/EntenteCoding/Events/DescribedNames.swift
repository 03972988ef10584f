import EntenteCore

/// "the West African bloc ECOWAS", "the Lebanese armed group Hezbollah": a nationality or
/// region adjective that opens a description standing right before a name describes that name,
/// so it stands for the named actor, not for its own country or region. Without this a pattern's
/// `TARGET` takes the adjective, the first mention it meets: "quitting the West African bloc
/// ECOWAS" was coded against the region `WAF`, not `IGOWAFWAS`.
enum DescribedNames {
    /// `sentence` with each such adjective mention given the codes of the name it describes.
    static func filled(_ sentence: AnalyzedSentence) -> AnalyzedSentence {
        let actors = sentence.actors
        guard actors.count >= 2 else { return sentence }
        var filled: AnalyzedSentence?
        for k in actors.indices.dropLast() {
            let adjective = actors[k]
            let name = actors[k + 1]
            guard adjective.source == .adjective, !adjective.isPlace, !adjective.codes.isEmpty,
                  name.source == .name, !name.isPlace, !name.codes.isEmpty, name.codes != adjective.codes,
                  isDescription(sentence, from: adjective.tokens.upperBound, to: name.tokens.lowerBound) else { continue }
            if filled == nil { filled = sentence }
            filled!.actors[k].codes = name.codes
        }
        return filled ?? sentence
    }

    /// Whether tokens `start..<end` are one to three lower-case nouns and adjectives with a
    /// noun among them ("bloc", "armed group", "militant Islamist group").
    static func isDescription(_ sentence: AnalyzedSentence, from start: Int, to end: Int) -> Bool {
        guard end > start, end - start <= 3 else { return false }
        var noun = false
        for i in start..<end {
            let token = sentence.tokens[i]
            guard token.text.first?.isLowercase == true, token.tag == .noun || token.tag == .adjective else { return false }
            if token.tag == .noun { noun = true }
        }
        return noun
    }
}
