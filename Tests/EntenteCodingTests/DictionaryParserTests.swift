import EntenteCoding
import EntenteCore
import Testing

@Suite struct EntenteDictionaryParserTests {
    @Test func readsEntriesWithDatedCodes() throws {
        let text = """
            # leaders
            entry Mohamed Bazoum
              kind person
              code NERGOV 2021-04-02..2023-07-26   # president
              name Mohamed Bazoum; Bazoum

            entry Niger
              code NER
              name Niger
              adjective Nigerien; Nigeriens
              capital Niamey
            """
        let entries = try EntenteDictionaryParser.parse(text, file: "t.actors")
        #expect(entries.count == 2)
        #expect(entries[0].kind == .person)
        #expect(entries[0].origin.description == "t.actors:2")
        #expect(entries[0].codes(on: Day(iso: "2023-07-01")) == ["NERGOV"])
        #expect(entries[0].codes(on: Day(iso: "2025-01-01")).isEmpty)
        // Undated text: the most recent role.
        #expect(entries[0].codes(on: nil) == ["NERGOV"])
        #expect(entries[1].phrases.map(\.role) == [.name, .adjective, .adjective, .capital])
    }

    @Test func undatedTextGivesAPersonTheMostRecentRole() throws {
        let text = """
            entry Barack Obama
              kind person
              code USAGOV 2009-01-20..2017-01-19
              code USALEG 2005-01-03..2008-11-16
              name Barack Obama; Obama
            """
        let obama = try #require(try EntenteDictionaryParser.parse(text, file: "t.actors").first)
        #expect(obama.codes(on: nil) == ["USAGOV"])
        #expect(obama.codes(on: Day(iso: "2006-05-01")) == ["USALEG"])
        #expect(obama.codes(on: Day(iso: "2024-05-01")).isEmpty, "a dated text after every role: no office then")
    }

    @Test(arguments: [
        ("entry X\n  code NER\n  nmae X\n", "t.actors:3: unknown keyword 'nmae'"),
        ("name Niger\n", "t.actors:1: 'name' line before the first 'entry'"),
        ("entry X\n  code ner\n  name X\n", "t.actors:2: malformed code 'ner' (expected capital letters, e.g. NERGOV)"),
        ("entry X\n  code NER 2024-13-01..\n  name X\n", "t.actors:2: malformed date '2024-13-01' (expected YYYY-MM-DD)"),
        ("entry X\n  code NER 2024-01-01\n  name X\n", "t.actors:2: malformed date range '2024-01-01' (expected FROM..TO)"),
        ("entry X\n  name X\n", "t.actors:1: entry 'X' has no code"),
        ("entry X\n  kind planet\n", "t.actors:2: unknown kind 'planet' (expected one of country, region, organization, group, person, seat, agent)"),
    ])
    func reportsFileAndLine(text: String, message: String) {
        do {
            _ = try EntenteDictionaryParser.parse(text, file: "t.actors")
            Issue.record("expected an error for \(text)")
        } catch let error as EntenteError {
            #expect(error.description == message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func loaderNamesTheBrokenFile() {
        #expect(throws: EntenteError.self) { try ActorDictionary.load([Shipped.fixture("broken.actors")]) }
        do {
            _ = try ActorDictionary.load([Shipped.fixture("broken.actors")])
        } catch let error as EntenteError {
            #expect(error.description.hasPrefix("broken.actors:4:"))
        } catch {}
    }
}

@Suite struct PetrarchDictionaryParserTests {
    @Test func readsActorsWithSynonymsDatesAndComments() throws {
        let result = try PetrarchDictionaryParser.parseActors(Shipped.fixture("petrarch-actors.txt").contents, file: "a.txt")
        let byName = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.name, $0) })
        #expect(byName.count == 6)
        #expect(byName["Arnor"]?.phrases.map(\.text) == ["Arnor", "Arnorian"])
        #expect(byName["Gondor"]?.codes.map(\.code) == ["GON"])
        let aragorn = try #require(byName["Aragorn"])
        #expect(aragorn.codes(on: Day(iso: "2010-06-01")) == ["ARN"])
        #expect(aragorn.codes(on: Day(iso: "2020-06-01")) == ["GONGOV"])
        #expect(aragorn.codes(on: Day(iso: "1990-06-01")) == ["ELI"])
        #expect(byName["Hamas Wing"]?.codes.map(\.code) == ["PSEHMSBRD"])
        #expect(result.warnings.contains { $0.contains("a.txt:13") && $0.contains("no code") })
    }

    @Test func readsAgentsWithPluralsAndSubstitutions() throws {
        let result = try PetrarchDictionaryParser.parseAgents(Shipped.fixture("petrarch-agents.txt").contents, file: "g.txt")
        let phrases = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.name, $0.phrases.map(\.text)) })
        #expect(phrases["Government"] == ["Government", "Governments"])
        #expect(phrases["Armed Forces"] == ["Armed Forces"])
        #expect(phrases["Attorney General"] == ["Attorney General", "Attorneys General"])
        let all = result.entries.flatMap { $0.phrases.map { $0.text.lowercased() } }
        #expect(all.contains("militiamen") && all.contains("militiawoman"))
        #expect(result.entries.first?.codes.first?.code == "GOV")
    }

    @Test func reportsSyntaxErrorsWithLine() {
        do {
            _ = try ActorDictionary.load([Shipped.fixture("broken-petrarch-actors.txt")])
            Issue.record("expected an error")
        } catch let error as EntenteError {
            #expect(error.description == "broken-petrarch-actors.txt:2: '[' without ']'")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func codesWithThePetrarchValidationDictionariesDirectly() throws {
        let actors = Shipped.fixture("petrarch-actors.txt")
        let agents = Shipped.fixture("petrarch-agents.txt")
        let dictionary = try ActorDictionary.load([actors, agents])
        let analyzer = Analyzer(tagger: Shipped.tagger, dictionary: dictionary)
        let sentence = analyzer.analyze(Document(date: Day(iso: "2020-05-01"), text: "The Gondorian government met Aragorn in Arnor."))[0]
        #expect(sentence.actors.map(\.codes) == [["GONGOV"], ["GONGOV"], ["ARN"]])
        #expect(sentence.actors.last?.isPlace == true)
    }

    @Test func readsPetrarchsOwnCodeShapes() throws {
        let dictionary = try ActorDictionary.load([Shipped.fixture("petrarch-actors.txt"), Shipped.fixture("petrarch-agents.txt")])
        let analyzer = Analyzer(tagger: Shipped.tagger, dictionary: dictionary)
        let sentence = analyzer.analyze(Document(date: Day(iso: "2020-05-01"), text: "The Shire, the Nasgul and MSF Arnor met."))[0]
        // Several codes in one ("FRO/BIL/SAM"), "+++", and the prefix agent "NGO~" before its country.
        #expect(sentence.actors.map(\.codes) == [["FRO/BIL/SAM"], ["+++"], ["NGOARN"]])
    }
}

@Suite struct PetrarchVerbParserTests {
    static let coder: Coder = {
        let files = [Shipped.fixture("petrarch-actors.txt"), Shipped.fixture("petrarch-agents.txt"), Shipped.fixture("petrarch-verbs.txt")]
        let analyzer = Analyzer(tagger: Shipped.tagger, dictionary: try! ActorDictionary.load(files))
        return Coder(analyzer: analyzer, events: EventCoder(dictionary: try! EventDictionary.load(files)))
    }()

    static func events(_ text: String, date: String = "2020-01-01") -> [String] {
        coder.code(Document(id: "t", date: Day(iso: date), text: text)).events.map { "\($0.source) \($0.cameo) \($0.target)" }
    }

    @Test func readsBlocksSynsetsAndCodes() throws {
        let dictionary = try EventDictionary.load([Shipped.fixture("petrarch-verbs.txt")])
        #expect(dictionary.verbs["abandon"] != nil)
        #expect(dictionary.verbs["left"] != nil)
        #expect(dictionary.patterns.count == 8)
        #expect(dictionary.patterns.first { $0.text == "DIPLXMATIC" }?.code == nil)
    }

    @Test func codesWithPetrarchPatterns() {
        #expect(Self.events("Arnor abandoned diplomatic ties with Gondor.") == ["ARN 080 GON"])
        #expect(Self.events("Arnor abandoned military ties with Gondor.") == ["ARN 345 GON"])
        #expect(Self.events("Arnor abandoned Gondor.") == ["ARN 1121 GON"])
        #expect(Self.events("Arnor restored diplxmatic contact with Gondor.").isEmpty)
    }

    @Test func aCaretSkipsOneNounPhrase() throws {
        let dictionary = try EventDictionary.load([Shipped.fixture("petrarch-verbs.txt")])
        let pattern = try #require(dictionary.patterns.first { $0.code == "017" })
        #expect(pattern.after.map(\.element).contains(.phrase))
        #expect(Self.events("Arnor celebrated Eid at the old palace with Gondor.") == ["ARN 017 GON"])
        // Without the phrase between "at" and "with", the pattern does not match.
        #expect(Self.events("Arnor celebrated Eid at with Gondor.") == ["ARN 051 GON"])
    }

    @Test func reverseCodesMakeTwoEvents() {
        // In 2010 Aragorn codes to Arnor (his dated role), so he travels abroad.
        #expect(Self.events("Aragorn left for Gondor.", date: "2010-06-01") == ["ARN 042 GON", "GON 043 ARN"])
        // In 2020 he is Gondor's government: a state does not travel to itself.
        #expect(Self.events("Aragorn left for Gondor.").isEmpty)
    }
}

@Suite struct DictionaryCheckTests {
    @Test func readsWindowsAndOldMacLineEndsAndAByteOrderMark() throws {
        let unix = "entry Niger\n  code NER\n  name Niger\n\nentry Mali\n  code MLI\n  name Mali\n"
        for text in [unix, unix.replacingOccurrences(of: "\n", with: "\r\n"), unix.replacingOccurrences(of: "\n", with: "\r"), "\u{FEFF}" + unix] {
            let entries = try EntenteDictionaryParser.parse(text, file: "t.actors")
            #expect(entries.map(\.name) == ["Niger", "Mali"])
            #expect(entries.map { $0.origin.line } == [1, 5])
        }
        var patterns: [EventPattern] = []
        var triggers: [EventTrigger] = []
        try EventDictionaryParser.parse("verb cut\r\n  161 * TARGET ties\r\n", file: "t.verbs", into: &patterns, triggers: &triggers)
        #expect(patterns.count == 1 && triggers.count == 1)
    }

    @Test func warnsAboutAPhraseGivenTwoCodesInOneFile() throws {
        let text = "entry Mali\n  code MLI\n  name Mali\n\nentry Malian army\n  code MLIMIL\n  name Mali\n"
        let dictionary = try ActorDictionary.load([.init(name: "t.actors", contents: text)])
        #expect(dictionary.warnings == ["t.actors:5: 'Mali' is coded MLIMIL here and MLI at line 1; the later entry is used"])
        // Overriding an earlier file's phrase is what later files are for: no warning.
        let override = try ActorDictionary.load([.init(name: "a.actors", contents: "entry Mali\n  code MLI\n  name Mali\n"), .init(name: "b.actors", contents: "entry Mali\n  code MLIGOV\n  name Mali\n")])
        #expect(override.warnings.isEmpty)
    }

    @Test func warnsAboutUnbalancedBracketsAndConflictingPatterns() throws {
        let verbs = "verb cut\n  161 * TARGET (ties\n  16 * funding]\n  160 * aid\n  161 * aid\n"
        let dictionary = try EventDictionary.load([.init(name: "t.verbs", contents: verbs)])
        #expect(dictionary.warnings.contains("t.verbs:2: unbalanced '(' in pattern '* TARGET (ties'"))
        #expect(dictionary.warnings.contains("t.verbs:3: unbalanced ']' in pattern '* funding]'"))
        #expect(dictionary.warnings.contains("t.verbs:5: pattern '* aid' of 'cut' is coded 161 here and 160 at line 4"))
        #expect(dictionary.warnings.count == 3)
    }

    @Test func warnsAboutFilesThatDefineNothing() throws {
        let dictionary = try ActorDictionary.load([.init(name: "empty.actors", contents: "# nothing yet\n")])
        #expect(dictionary.warnings == ["empty.actors: no entries in this file"])
        let events = try EventDictionary.load([.init(name: "empty.verbs", contents: "\n")])
        #expect(events.warnings == ["empty.verbs: no event patterns in this file"])
    }

    @Test func theShippedDictionariesHaveNoBracketProblems() throws {
        let events = try EventDictionary.load(Shipped.files(in: BundledDictionaries.folderURL!))
        #expect(events.warnings.filter { $0.contains("unbalanced") } == [])
    }
}
