import EntenteCore
@testable import EntenteText
import Foundation
import Testing

/// The shipped model, loaded once for all tagger tests.
enum ShippedTagger {
    static let model: TaggerModel = {
        let url = BundledModels.taggerURL!
        return try! TaggerModel(data: [UInt8](FileManager.default.contents(atPath: url.path)!))
    }()
}

@Suite struct TaggerTests {
    func tagged(_ text: String) -> [Token] {
        var tokens = Tokenizer.tokenize(text)
        PerceptronTagger.tag(&tokens, model: ShippedTagger.model)
        return tokens
    }

    @Test func tagsNewsEnglish() {
        let tokens = tagged("Niger expelled the U.S. troops on Saturday.")
        #expect(tokens.map { $0.tag?.rawValue ?? "" } == ["PROPN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"])
    }

    @Test func lemmatizesIrregularAndRegularForms() {
        let tokens = tagged("Thousands fled when rebels struck, and Mali cut ties with Ukraine after it accused and expelled diplomats.")
        let lemmas = Dictionary(tokens.map { ($0.text, $0.lemma ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(lemmas["fled"] == "flee")
        #expect(lemmas["struck"] == "strike")
        #expect(lemmas["ties"] == "tie")
        #expect(lemmas["rebels"] == "rebel")
        #expect(lemmas["accused"] == "accuse")
        #expect(lemmas["expelled"] == "expel")
        #expect(lemmas["diplomats"] == "diplomat")
        #expect(lemmas["Mali"] == "Mali")
    }

    @Test func lemmaRulesCoverUnseenWords() {
        let table = LemmaTable(learned: [:])
        #expect(table.lemma(of: "countries", tag: .noun) == "country")
        #expect(table.lemma(of: "vetoes", tag: .noun) == "veto")
        #expect(table.lemma(of: "resumed", tag: .verb) == "resume")
        #expect(table.lemma(of: "assuming", tag: .verb) == "assume")
        #expect(table.lemma(of: "embargoes", tag: .noun) == "embargo")
        #expect(table.lemma(of: "shoes", tag: .noun) == "shoe")
        #expect(table.lemma(of: "sanctioned", tag: .verb) == "sanction")
        #expect(table.lemma(of: "mobilized", tag: .verb) == "mobilize")
        #expect(table.lemma(of: "withdrew", tag: .verb) == "withdraw")
    }

    @Test func lemmaRulesPutBackTheFinalE() {
        let table = LemmaTable(learned: [:])
        for (form, lemma) in [("mediated", "mediate"), ("negotiating", "negotiate"), ("evacuated", "evacuate"), ("examined", "examine"),
                              ("secured", "secure"), ("required", "require"), ("defeated", "defeat"), ("gained", "gain"),
                              ("repaired", "repair"), ("poured", "pour"), ("floated", "float")] {
            #expect(table.lemma(of: form, tag: .verb) == lemma, "\(form)")
        }
    }

    @Test func trainsAndRoundTripsAModel() throws {
        let conllu = """
            # text = Mali expels troops.
            1\tMali\tMali\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\texpels\texpel\tVERB\tVBZ\t_\t0\troot\t_\t_
            3\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_
            4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            1\tNiger\tNiger\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tcuts\tcut\tVERB\tVBZ\t_\t0\troot\t_\t_
            3\tties\ttie\tNOUN\tNNS\t_\t2\tobj\t_\t_
            4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """
        let sentences = try CoNLLU.parse(conllu, name: "tiny.conllu")
        #expect(sentences.count == 2)
        #expect(sentences[0].text == "Mali expels troops.")
        let model = TaggerTrainer.train(sentences, options: .init(iterations: 5))
        let reloaded = try TaggerModel(data: model.serialized())
        let score = TaggerTrainer.accuracy(reloaded, on: sentences)
        #expect(score.correct == score.total)
        #expect(reloaded.lemmas.lemma(of: "ties", tag: .noun) == "tie")
    }

    @Test func rejectsBrokenModelsAndTreebanks() {
        #expect(throws: EntenteError.self) { try TaggerModel(data: Array("not a model".utf8)) }
        #expect(throws: EntenteError.self) { try TaggerModel(data: Array(ShippedTagger.model.serialized().prefix(100))) }
        #expect(throws: EntenteError.self) { try CoNLLU.parse("1\tonly\tthree\n", name: "bad.conllu") }
        do {
            _ = try CoNLLU.parse("1\tx\tx\tNOPE\t_\t_\t0\troot\t_\t_\n", name: "bad.conllu")
            Issue.record("expected an error")
        } catch let error as EntenteError {
            #expect(error.description.hasPrefix("bad.conllu:1:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct TokenFeatureTests {
    @Test func shapeHashEqualsTheHashOfTheShape() {
        // ASCII words take a byte path, others the scalar walk: both must agree with the shape.
        for word in ["Niger", "U.S.", "1,000", "’s", "Goïta", "x", "", "ÉTATS-UNIS", "2024-08-07", "a1B2c3D4é", "Ab-Cd-Ef-Gh", "\u{0}A", "abc\u{301}"] {
            #expect(TokenFeatures.shapeHash(word) == FeatureHash.hash(TokenFeatures.shape(word)), "\(word)")
        }
        #expect(TokenFeatures.shape("Niger") == "Xx")
    }

    @Test func numbersAndYearsAreFoldedIntoClasses() {
        #expect(TokenFeatures.normalize("1999") == "!YEAR")
        #expect(TokenFeatures.normalize("12,000") == "!DIGITS")
        #expect(TokenFeatures.normalize("١٩٩٩") == "!YEAR")
        #expect(TokenFeatures.normalize("F-16") == "f-16")
        #expect(TokenFeatures.normalize("Côte") == "côte")
        #expect(TokenFeatures.normalize("Niger", lower: "niger") == "niger")
    }

    @Test func affixesAndKeysAgreeOnTheByteAndScalarPaths() {
        // ASCII words read their affixes from bytes, others from scalars: both must give the
        // FNV-1a of the affix's scalars, and the key must be the normalised form's WordKey.
        func affix(_ scalars: some Collection<Unicode.Scalar>) -> UInt64 {
            scalars.reduce(FeatureHash.offsetBasis) { ($0 ^ UInt64($1.value)) &* FeatureHash.prime }
        }
        for word in ["Niger", "U.S.", "Goïta", "x", "ab", "ÉTATS-UNIS", "1999", "12,000", "côte", "abc\u{301}"] {
            let features = TokenFeatures(word)
            let scalars = Array(word.lowercased().unicodeScalars)
            #expect(features.suffix3 == affix(scalars.suffix(3)), "\(word)")
            #expect(features.suffix4 == affix(scalars.suffix(4)), "\(word)")
            #expect(features.prefix3 == affix(scalars.prefix(3)), "\(word)")
            #expect(features.key == WordKey.of(TokenFeatures.normalize(word)), "\(word)")
            #expect(features.key == TokenFeatures(word, lower: word.lowercased(), lowerKey: WordKey.of(word.lowercased())).key, "\(word)")
        }
    }
}

/// The frequent-word cache of word-only feature weights must score exactly as the full set of
/// features does.
@Suite struct WordOnlyCacheTests {
    @Test func cachedRowsPlusContextEqualTheFullScores() throws {
        let model = ShippedTagger.model
        let words = ["The", "government", "said", "it", "would", "expel", "the", "diplomats", "after", "talks", "failed", "."]
        let padded = FeatureTemplates.pad(words, lowered: words.map { $0.lowercased() }, ambiguity: model.ambiguityTable)
        let tagCount = model.tags.count
        var checked = 0
        for i in 0..<words.count {
            let token = padded[i + 2]
            guard let row = model.wordRows[token.key] else { continue }
            var full = [Float](repeating: 0, count: tagCount)
            var split = Array(model.wordWeights[Int(row) * tagCount..<(Int(row) + 1) * tagCount])
            var features = [UInt64](repeating: 0, count: FeatureTemplates.count)
            features.withUnsafeMutableBufferPointer { buffer in
                FeatureTemplates.extract(padded, i + 2, previous: 3, beforePrevious: 5, into: buffer)
                full.withUnsafeMutableBufferPointer { model.table.accumulate(UnsafeBufferPointer(buffer), into: $0) }
                FeatureTemplates.extractContext(padded, i + 2, previous: 3, beforePrevious: 5, into: buffer)
                let context = UnsafeBufferPointer(rebasing: buffer[0..<(FeatureTemplates.count - FeatureTemplates.wordOnlyCount)])
                split.withUnsafeMutableBufferPointer { model.table.accumulate(context, into: $0) }
            }
            for t in 0..<tagCount { #expect(abs(full[t] - split[t]) < 1e-3, "\(words[i]) column \(t)") }
            checked += 1
        }
        // Most of these words are frequent: the cache is really used.
        #expect(checked >= 4)
    }
}
