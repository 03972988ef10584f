import EntenteCore

/// The state's organs named bare in a sentence about one country: "Bolivia's president
/// resigned after the army chief urged him to step down", "soldiers who detained Niger's
/// president". A government, army, police or intelligence noun with no country (`---MIL`) in
/// a sentence whose every actor with a country names the same one is that country's, read as
/// "its army" would be. With two countries, or none, it is left alone.
///
/// Only the state's own organs: a bare "protesters", "villagers" or "gunmen" in a one-country
/// sentence was tried too and, though it found more events on dev, made false events on the
/// PLOVER records (who the people are, or whom gunmen are blamed on, is coded otherwise there).
enum LoneCountry {
    /// `sentence` with the country of its only country given to its bare state-organ mentions.
    static func filled(_ sentence: AnalyzedSentence) -> AnalyzedSentence {
        // Most sentences have no bare organ: they are let go before their countries are read.
        let bare = sentence.actors.indices.filter { index in
            let mention = sentence.actors[index]
            return mention.source == .agent && isCountryless(mention)
                && mention.codes.allSatisfy { EventCoder.stateSectors.contains(String($0.dropFirst(3))) }
        }
        guard !bare.isEmpty else { return sentence }
        var countries = Set<Substring>()
        // Organisations, groups and companies name no country of their own: a UN official
        // does not make a sentence about two countries.
        for mention in sentence.actors where !isCountryless(mention) {
            for code in mention.codes where ActorCode.hasCountry(code) && !EventCoder.transnationalPrefixes.contains(String(code.prefix(3))) {
                countries.insert(code.prefix(3))
            }
        }
        guard countries.count == 1, let country = countries.first else { return sentence }
        var filled = sentence
        for index in bare {
            filled.actors[index].codes = filled.actors[index].codes.map { ActorCode.compose(String(country), sector: String($0.dropFirst(3))) }
            // "France deployed 5,100 troops across the Sahel": "its troops", referred back to as
            // a pronoun would be, so not a party of their own (see `Roles.isOtherParty`).
            filled.actors[index].source = .coreference
        }
        return filled
    }

    /// Coded, and with no country in any code (`---MIL`).
    private static func isCountryless(_ mention: ActorMention) -> Bool {
        !mention.codes.isEmpty && mention.codes.allSatisfy { $0.hasPrefix(ActorCode.unknownCountry) }
    }
}
