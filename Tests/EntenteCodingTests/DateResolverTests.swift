import EntenteCoding
import EntenteCore
import EntenteText
import Testing

@Suite struct DateResolverTests {
    func dates(_ text: String, on date: String? = "2024-08-07", anchor: String? = nil) -> [String: String] {
        let tokens = Tokenizer.tokenize(text)
        let context = DateResolver.Context(documentDate: date.flatMap(Day.init(iso:)), anchor: anchor.flatMap(Day.init(iso:)))
        var result: [String: String] = [:]
        for mention in DateResolver.resolve(tokens, context: context) {
            result[mention.text] = mention.iso.map { "\($0) \(mention.precision!.rawValue)" } ?? "unresolved"
        }
        return result
    }

    @Test func resolvesExplicitDates() {
        #expect(dates("on March 16 troops left")["March 16"] == "2024-03-16 day")
        #expect(dates("on 4 August 2024 they met")["4 August 2024"] == "2024-08-04 day")
        #expect(dates("on August 4, 2023 they met")["August 4, 2023"] == "2023-08-04 day")
        #expect(dates("on Aug. 4 they met")["Aug. 4"] == "2024-08-04 day")
        #expect(dates("by December 20 they met")["December 20"] == "2023-12-20 day")
    }

    @Test func resolvesRelativeDates() {
        #expect(dates("on Saturday")["Saturday"] == "2024-08-03 day")
        #expect(dates("on Wednesday")["Wednesday"] == "2024-08-07 day")
        #expect(dates("yesterday")["yesterday"] == "2024-08-06 day")
        #expect(dates("last week")["last week"] == "2024-07-29 week")
        #expect(dates("last month")["last month"] == "2024-07 month")
        #expect(dates("in late July")["late July"] == "2024-07 month")
        #expect(dates("in late September")["late September"] == "2023-09 month")
        #expect(dates("in 2015")["2015"] == "2015 year")
        #expect(dates("two days ago")["two days ago"] == "2024-08-05 day")
        #expect(dates("two days later", anchor: "2024-03-16")["two days later"] == "2024-03-18 day")
        // A vague count is one precision coarser: "a few days later" is some day of the week
        // three days on (given as its Monday).
        #expect(dates("Just a few days later, Mali attacked.", anchor: "2024-03-16")["a few days later"] == "2024-03-18 week")
        #expect(dates("a couple of weeks later", anchor: "2024-03-16")["a couple of weeks later"] == "2024-03 month")
        #expect(dates("several days earlier", anchor: "2024-03-16")["several days earlier"] == "2024-03-11 week")
        #expect(dates("a few days ago")["a few days ago"] == "2024-07-29 week")
        #expect(dates("a few days later")["a few days later"] == "unresolved", "no date stated before")
        #expect(dates("two days after March 16")["two days after March 16"] == "2024-03-18 day")
    }

    @Test func readsNothingPastTheSentenceEnd() {
        // "… two days after" with nothing after it: the rule asks for the date after "after".
        #expect(dates("troops left two days after")["two days after"] == "unresolved")
        #expect(dates("a week before")["a week before"] == "unresolved")
        #expect(dates("last")["last"] == nil)
        #expect(dates("early")["early"] == nil)
        #expect(dates("two days").isEmpty)
    }

    @Test func countsBeyondTenThousandYearsLeaveTheDateUnresolved() {
        #expect(dates("9223372036854775807 days after 1 January 2024")["9223372036854775807 days after 1 January 2024"] == "unresolved")
        #expect(dates("1317624576693539402 weeks ago")["1317624576693539402 weeks ago"] == "unresolved")
        #expect(dates("9223372036854775807 months ago")["9223372036854775807 months ago"] == "unresolved")
        #expect(dates("20000 years ago")["20000 years ago"] == "unresolved")
        #expect(dates("3 years ago")["3 years ago"] == "2021 year")
    }

    @Test func datesNeverLeaveTheCalendarAtItsEdges() {
        #expect(dates("on Saturday", on: "0001-01-01")["Saturday"] == "unresolved")
        #expect(dates("yesterday", on: "0001-01-01")["yesterday"] == "unresolved")
        #expect(dates("tomorrow", on: "9999-12-31")["tomorrow"] == "unresolved")
        #expect(dates("next year", on: "9999-12-31")["next year"] == "unresolved")
        #expect(dates("next month", on: "9999-12-31")["next month"] == "unresolved")
        #expect(dates("last week", on: "0001-01-03")["last week"] == "unresolved")
        #expect(dates("five days later", on: nil, anchor: "9999-12-30")["five days later"] == "unresolved")
        #expect(dates("late December", on: "0001-01-01")["late December"] == "unresolved")
    }

    @Test func leavesWhatCannotBeKnownUnresolved() {
        #expect(dates("two days after Mali did the same")["two days after"] == "unresolved")
        #expect(dates("on March 16", on: nil)["March 16"] == "unresolved")
        #expect(dates("on 4 August 2024", on: nil)["4 August 2024"] == "2024-08-04 day")
        #expect(dates("last week", on: nil)["last week"] == "unresolved")
        #expect(dates("they may march on the capital").isEmpty)
    }

    @Test func anchorsLaterDatesOnTheDocumentsLastStatedDate() throws {
        let sentences = Shipped.analyze("Troops left on March 16. Two days later, the embassy closed.")
        #expect(sentences[1].dates.first?.iso == "2024-03-18")
    }
}
