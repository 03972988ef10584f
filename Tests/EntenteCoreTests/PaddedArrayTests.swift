import EntenteCore
import Testing

@Suite struct PaddedArrayTests {
    @Test func readsOutsideTheArrayGiveThePadding() {
        let words = PaddedArray(words: ["Niger", "cut", "ties"])
        #expect(words[0] == "Niger")
        #expect(words[2] == "ties")
        #expect(words[3] == "")
        #expect(words[-1] == "")
        #expect(words[Int.max] == "")
        #expect(words.count == 3)
        #expect(Array(words) == ["Niger", "cut", "ties"])
    }

    @Test func everyWayOfBuildingOneReadsTheSame() {
        let words = ["niger", "cut", "ties"]
        let built = [
            PaddedArray(words, padding: ""),
            PaddedArray(moving: words, padding: ""),
            PaddedArray(count: 3, padding: "") { words[$0] },
        ]
        for padded in built {
            #expect(Array(padded) == words)
            #expect(padded[-1] == "" && padded[3] == "" && padded[1] == "cut")
        }
    }

    @Test func writesLandInsideAndAreDroppedOutside() {
        var padded = PaddedArray([1, 2, 3], padding: 0)
        padded[1] = 20
        padded[-1] = 99
        padded[3] = 99
        #expect(Array(padded) == [1, 20, 3])
        #expect(padded[-1] == 0 && padded[3] == 0 && padded.padding == 0)
    }

    @Test func slicesAreClampedToTheArray() {
        let words = PaddedArray(words: ["a", "b", "c"])
        #expect(Array(words[1..<10]) == ["b", "c"])
        #expect(Array(words[5..<10]).isEmpty)
        #expect(Array(words[-3..<1]) == ["a"])
    }

    @Test func paddingTokensHaveNoTextOrTag() {
        let tokens = PaddedArray(tokens: [Token(text: "Mali", span: TextSpan(start: 0, end: 4), tag: .properNoun)])
        #expect(tokens[1].text.isEmpty)
        #expect(tokens[1].tag == nil)
        #expect(tokens[0].tag == .properNoun)
    }

    @Test func crossedBoundsGiveAnEmptyRange() {
        #expect(Range.between(5, 3).isEmpty)
        #expect(Range.between(5, 3).lowerBound == 5)
        #expect(Range.between(2, 4) == 2..<4)
        #expect(!Range.between(9, 0).contains(where: { _ in true }))
    }
}
