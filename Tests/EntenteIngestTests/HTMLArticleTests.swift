import EntenteCore
import EntenteIngest
import Foundation
import Testing

@Suite struct HTMLArticleTests {
    @Test func aNewsPageGivesOnlyItsArticle() throws {
        let article = try HTMLArticle(html: try fixture("news-page.html"))
        #expect(article.title == "Niger expels French diplomats as Sahel rift deepens")
        #expect(article.published == Day(iso: "2024-03-05"))
        #expect(article.outlet == "The Harmattan Post")
        // The canonical link is relative and no page address was given: og:url stands in.
        #expect(article.canonicalURL == "https://www.harmattanpost.example/world/africa/niger-expels-french-diplomats-2024-03-05")
        #expect(article.language == "en")
        #expect(article.charset == "utf-8")
        #expect(article.warnings.isEmpty)
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs == [
            "Niamey gives three embassy staff 48 hours to leave, in the sharpest break with Paris since the 2023 coup.",
            "Niger’s military government expelled three French diplomats on Tuesday, accusing them of “activities incompatible with their status”, and gave them 48 hours to leave the country.",
            "The foreign ministry in Niamey said the decision followed meetings between embassy staff and opposition figures, which it described as interference in the country’s internal affairs.",
            "A long unravelling",
            "Relations between Niger and France have collapsed since General Abdourahamane Tiani seized power in July 2023. France withdrew its ambassador and its troops by the end of that year.",
            "Analysts in the region listed the steps that brought the two countries here:",
            "the suspension of French broadcasters in August 2023;",
            "the end of military cooperation agreements;",
            "the closure of Niger’s airspace to French aircraft.",
            "France’s foreign ministry said it regretted the decision and denied that its diplomats had broken any rule. Mali and Burkina Faso, Niger’s partners in the Alliance of Sahel States, voiced support for Niamey.",
            "Niger also met Russian officials in Niamey last week to discuss military cooperation, the ministry said.",
        ])
        for furniture in ["cookie", "Skip to content", "Politics", "Share on X", "Photo:", "Read more", "newsletter",
                          "Advertisement", "renderAd", "Topics:", "Related stories", "Burkina Faso suspends", "overdue",
                          "Most read", "All rights reserved", "dataLayer", "Aïcha"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
    }

    @Test func aRelativeCanonicalLinkIsResolvedAgainstThePageAddress() throws {
        let article = try HTMLArticle(html: try fixture("news-page.html"), url: "https://www.harmattanpost.example/amp/12345")
        #expect(article.canonicalURL == "https://www.harmattanpost.example/world/africa/niger-expels-french-diplomats-2024-03-05")
    }

    @Test func metadataCanComeFromJSONLDAlone() throws {
        let article = try HTMLArticle(html: try fixture("jsonld-only.html"))
        #expect(article.title == "Le Tchad et le Soudan rouvrent leur frontière commune")
        #expect(article.published == Day(iso: "2023-11-20"))
        // The publisher is given by @id and named elsewhere in the @graph.
        #expect(article.outlet == "Lakeside Tribune")
        #expect(article.canonicalURL == "https://tribune.example/monde/tchad-soudan-frontiere")
        #expect(article.language == "fr")
        // No <article> or <main>: the container with the most paragraph text is the body.
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.hasPrefix("Le gouvernement du Tchad a annoncé lundi") == true)
        #expect(!article.text.contains("Accueil") && !article.text.contains("plus lus") && !article.text.contains("réservés"))
    }

    @Test func topLevelJSONLDArraysAndMetaDatesAreRead() throws {
        let page = """
            <html><head><meta name="pubdate" content="20190704">
            <script type="application/ld+json">[{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Port strike ends",
            "publisher": [{"@type": "Organization", "name": "Harbour Times"}], "url": "https://harbour.example/strike"}]</script>
            </head><body><div><p>Dock workers returned to work on Thursday after a nine-day strike over pay and conditions.</p></div></body></html>
            """
        let article = try HTMLArticle(html: Array(page.utf8))
        #expect(article.title == "Port strike ends")
        #expect(article.outlet == "Harbour Times")
        #expect(article.canonicalURL == "https://harbour.example/strike")
        #expect(article.published == Day(iso: "2019-07-04"))
        #expect(article.text == "Dock workers returned to work on Thursday after a nine-day strike over pay and conditions.")
    }

    @Test func brokenMarkupIsRecovered() throws {
        let page = """
            <html><head><title>Ceasefire holds in the north</title><body>
            <div class="content"><p>The ceasefire between the army and the rebels held for a <b>third day<p>Aid convoys reached
            the town of Kidal on Sunday, the <i>United Nations said.
            <ul><li>Food<li>Medicine</ul>
            <p>Talks resume on Monday &amp; both sides have named negotiators &mdash; a first
            """
        let article = try HTMLArticle(html: Array(page.utf8))
        #expect(article.title == "Ceasefire holds in the north")
        #expect(article.text.components(separatedBy: "\n\n") == [
            "The ceasefire between the army and the rebels held for a third day",
            "Aid convoys reached the town of Kidal on Sunday, the United Nations said.",
            "Food", "Medicine",
            "Talks resume on Monday & both sides have named negotiators — a first",
        ])
    }

    @Test func fiveThousandNestedDivsAreReadToTheBottom() throws {
        var page = "<html><body><article><p>Opening paragraph of the report on the flooding in the delta region.</p>"
        page += String(repeating: "<div>", count: 5000)
        page += "<p>The deepest paragraph says the river crested on Friday night.</p>"
        page += String(repeating: "</div>", count: 2500)  // half of them never closed
        page += "<p>A closing paragraph after the nesting.</p>"
        let article = try HTMLArticle(html: Array(page.utf8))
        #expect(article.text.components(separatedBy: "\n\n") == [
            "Opening paragraph of the report on the flooding in the delta region.",
            "The deepest paragraph says the river crested on Friday night.",
            "A closing paragraph after the nesting.",
        ])
    }

    @Test func aWrapperWithABoilerplateWordDoesNotHideThePage() throws {
        let page = """
            <html><body><div class="page js-share-enabled"><div class="menu"><a href="/">Home</a></div>
            <div class="col"><p>The electoral commission published the final results of the regional vote on Sunday evening.</p>
            <p>Turnout reached 61 percent, the highest since the constitution was changed in 2016.</p></div>
            <div id="comments"><p>First comment on the results, written by a reader who disagrees with them.</p></div></div></body></html>
            """
        let article = try HTMLArticle(html: Array(page.utf8))
        #expect(article.text == "The electoral commission published the final results of the regional vote on Sunday evening.\n\nTurnout reached 61 percent, the highest since the constitution was changed in 2016.")
    }

    @Test func aBinaryFileIsAnErrorNotAPage() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        bytes += (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let error = try #require(throws: EntenteError.self) { try HTMLArticle(html: bytes) }
        #expect(error.code == .binaryInput)
        #expect(error.description.contains("binary"))
    }

    @Test func aPageWithoutArticleTextIsAnError() throws {
        let page = """
            <html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div id="cookie-banner"><p>We use cookies to improve your experience on this website.</p></div>
            <footer><p>Copyright 2024 Example Media Group, all rights reserved worldwide.</p></footer></body></html>
            """
        let error = try #require(throws: EntenteError.self) { try HTMLArticle(html: Array(page.utf8)) }
        #expect(error.code == .noArticleText)
        let empty = try #require(throws: EntenteError.self) { try HTMLArticle(html: [UInt8]()) }
        #expect(empty.code == .noArticleText)
    }

    @Test func aFragmentBecomesParagraphs() {
        let text = HTMLArticle.text(ofFragment: "<p>First&nbsp;line  of\n text.</p><script>x()</script><h2>Heading</h2>Loose text<br>after a break")
        #expect(text == "First line of text.\n\nHeading\n\nLoose text\n\nafter a break")
        #expect(HTMLArticle.text(ofFragment: "Plain text,\n  no markup.\n\nSecond paragraph.") == "Plain text, no markup.\n\nSecond paragraph.")
        #expect(HTMLArticle.text(ofFragment: "") == "")
    }
}
