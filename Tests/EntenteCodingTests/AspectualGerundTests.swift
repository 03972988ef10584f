import Testing

// A noun-tagged "-ing" form after an aspectual verb ("had begun shipping") is read as its verb
// through the table of inflections (EventCoder.triggers(at:view:)).

@Suite struct AspectualGerundTests {
    @Test func aGerundAfterBeginIsTheVerb() {
        // The tagger reads "shipping" as a noun with the lemma "shipping"; before, no block
        // listed it and the sentence coded nothing.
        #expect(FixtureCoder.events("Mali had begun shipping rice to Niger.") == ["MLI 073 NER asserted"])
    }

    @Test func aGerundAfterAnotherVerbStaysANoun() {
        #expect(FixtureCoder.events("Mali praised shipping rice to Niger.").isEmpty)
    }
}
