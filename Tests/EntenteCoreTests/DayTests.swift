import EntenteCore
import Testing

@Suite struct DayTests {
    @Test func parsesAndPrintsISO() throws {
        let day = try #require(Day(iso: "2024-08-07"))
        #expect(day.year == 2024 && day.month == 8 && day.day == 7)
        #expect(day.iso == "2024-08-07")
        #expect(Day(iso: "2024-02-30") == nil)
        #expect(Day(iso: "2024-8-7") == nil)
        #expect(Day(iso: "not a date") == nil)
    }

    @Test func roundTripsThroughDayNumbers() throws {
        for text in ["1970-01-01", "2000-02-29", "2024-03-16", "1899-12-31", "2100-03-01"] {
            let day = try #require(Day(iso: text))
            #expect(Day(daysSinceEpoch: day.daysSinceEpoch) == day)
        }
        #expect(Day(iso: "1970-01-02")!.daysSinceEpoch == 1)
    }

    @Test func knowsWeekdays() {
        #expect(Day(iso: "2024-08-07")!.weekday == 3)  // a Wednesday
        #expect(Day(iso: "2024-03-16")!.weekday == 6)  // a Saturday
        #expect(Day(iso: "1970-01-01")!.weekday == 4)
    }

    @Test func addsDaysAndMonthsAcrossBoundaries() {
        let day = Day(iso: "2024-03-01")!
        #expect(day.adding(days: -1)?.iso == "2024-02-29")
        #expect(Day(iso: "2023-03-01")!.adding(days: -1)?.iso == "2023-02-28")
        #expect(Day(iso: "2024-01-31")!.adding(months: 1)?.iso == "2024-02-29")
        #expect(Day(iso: "2024-01-15")!.adding(months: -1)?.iso == "2023-12-15")
    }

    @Test func neverLeavesYearsOneToNineThousandNineHundredNinetyNine() {
        #expect(Day(year: 0, month: 12, day: 31) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(iso: "0000-01-01") == nil)
        #expect(Day.first.adding(days: -1) == nil)
        #expect(Day.last.adding(days: 1) == nil)
        #expect(Day.first.adding(months: -1) == nil)
        #expect(Day.last.adding(months: 1) == nil)
        #expect(Day.last.startOfYear(adding: 1) == nil)
        #expect(Day(daysSinceEpoch: Day.last.daysSinceEpoch + 1) == nil)
        #expect(Day(daysSinceEpoch: Day.first.daysSinceEpoch)?.iso == "0001-01-01")
        #expect(Day.last.iso == "9999-12-31")
    }

    @Test func arithmeticOnHugeCountsGivesNilInsteadOfOverflowing() {
        let day = Day(iso: "2024-01-01")!
        #expect(day.adding(days: Int.max) == nil)
        #expect(day.adding(days: Int.min) == nil)
        #expect(day.adding(months: Int.max) == nil)
        #expect(day.adding(months: Int.min) == nil)
        #expect(day.startOfYear(adding: Int.max) == nil)
        #expect(day.startOfYear(adding: -2023)?.iso == "0001-01-01")
    }

    @Test func rendersPrecision() {
        let day = Day(iso: "2024-07-01")!
        #expect(DatePrecision.month.iso(day) == "2024-07")
        #expect(DatePrecision.year.iso(day) == "2024")
        #expect(DatePrecision.day.iso(day) == "2024-07-01")
    }
}

@Suite struct ActorCodeAndErrorTests {
    @Test func composesSectorsOnlyOntoBareCountries() {
        #expect(ActorCode.compose("MLI", sector: "MIL") == "MLIMIL")
        #expect(ActorCode.compose("USAMIL", sector: "GOV") == "USAMIL")
        #expect(ActorCode.country(of: "NERGOV") == "NER")
        #expect(ActorCode.isWellFormed("NERGOV"))
        #expect(!ActorCode.isWellFormed("ner"))
    }

    @Test func errorsNameFileAndLine() {
        let error = EntenteError(.dictionarySyntax, "unknown keyword 'nmae'", at: .init(file: "local.actors", line: 12))
        #expect(error.description == "local.actors:12: unknown keyword 'nmae'")
        #expect(error.code.rawValue == "dictionary-syntax")
    }

    @Test func spansShiftAndUnite() {
        let span = TextSpan(start: 3, end: 8)
        #expect(span.shifted(by: 10) == TextSpan(start: 13, end: 18))
        #expect(span.union(TextSpan(start: 1, end: 4)) == TextSpan(start: 1, end: 8))
        #expect(span.length == 5)
    }
}

@Suite struct ActorCountryTests {
    @Test func sectorOnlyCodesHaveNoCountry() {
        #expect(ActorCode.hasCountry("NERGOV"))
        #expect(ActorCode.hasCountry("IGOUNO"))
        #expect(!ActorCode.hasCountry("---MIL"))
        #expect(!ActorCode.hasCountry("MEDMED"))
    }

    /// Three ASCII letters are compared as one number; anything else as characters, with the
    /// same answers.
    @Test func shortAndNonASCIICodesAnswerAsCharactersWould() {
        #expect(!ActorCode.hasCountry(""))
        #expect(!ActorCode.hasCountry("---"))
        #expect(!ActorCode.hasCountry("GOV"))
        #expect(ActorCode.hasCountry("US"))
        #expect(ActorCode.hasCountry("ÉTA"))
        // A combining accent makes "V\u{301}" one character: the prefix is no sector code.
        #expect(ActorCode.hasCountry("GOV\u{301}"))
        #expect(!ActorCode.hasCountry("GOVMIL"))
    }
}
