import EntenteCore
@testable import EntenteCoding
import Foundation
import Testing

/// The tree's subject is read from a parse stopped at the trigger where that settles it
/// (``TreeRoles/subject(of:view:)``): the answer must be the whole parse's, for every word.
@Suite struct PrefixParseTests {
    @Test func theSubjectFromAPrefixIsTheWholeParses() {
        let sample = Shipped.fixture("sahel-ties.txt").contents
        let texts = [
            sample,
            "Speaking in Bamako on Monday, Mali's president accused Niger of harbouring rebels.",
            "The troops who entered Mali on Friday attacked the town, and Niger's army was expected to respond.",
            "Said the minister: Niger will expel the envoy. Despite the U.S. investing millions, the junta ordered troops to leave.",
        ]
        var answered = 0
        for text in texts {
            for sentence in Shipped.analyze(text) {
                for trigger in sentence.tokens.indices {
                    let stopped = SentenceView(sentence, parser: Shipped.parser)
                    let whole = SentenceView(sentence, parser: Shipped.parser)
                    #expect(whole.tree?.isComplete == true)
                    let fromPrefix = TreeRoles.subject(of: trigger, view: stopped)
                    let fromWhole = TreeRoles.subject(of: trigger, view: whole)
                    #expect(fromPrefix?.mention == fromWhole?.mention && fromPrefix?.arc == fromWhole?.arc, "\(sentence.tokens[trigger].text) in \(text.prefix(60))")
                    if fromWhole != nil { answered += 1 }
                }
            }
        }
        #expect(answered >= 10, "the check must see subjects found")
    }
}
