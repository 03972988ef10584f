import CLibXML2

/// Finds the article in a page: first where the page says it is (`itemprop=articleBody`,
/// `<article>`, `<main>`), else the container with the most paragraph text, the way
/// readability tools do.
struct ArticleBody {
    /// The elements the text came from, and the text's paragraphs.
    var roots: [LibXMLNode]
    var paragraphs: [String]

    /// Below this many characters a marked-up container is checked against the scored one:
    /// some sites mark only teaser cards as `<article>`.
    static let shortText = 250

    init(in body: LibXMLNode, statistics: NodeStatistics) {
        let marked = ArticleBody.marked(in: body, statistics: statistics)
        if let marked, marked.characterCount >= ArticleBody.shortText {
            self = marked
            return
        }
        var best = marked
        // A second try, if the first finds nothing, spares elements holding most of the page.
        for wrapperGuard in [nil, (statistics, statistics[body].text / 2)] {
            let boilerplate = Boilerplate(wrapperGuard: wrapperGuard)
            let root = ArticleBody.bestScored(in: body, statistics: statistics, boilerplate: boilerplate) ?? body
            let extractor = ParagraphText(boilerplate: boilerplate, statistics: statistics)
            let scored = ArticleBody(roots: [root], paragraphs: extractor.paragraphs(of: [root]))
            if scored.characterCount > (best?.characterCount ?? 0) { best = scored }
            if best.map({ $0.characterCount > 0 }) == true { break }
        }
        self = best ?? ArticleBody(roots: [body], paragraphs: [])
    }

    private init(roots: [LibXMLNode], paragraphs: [String]) {
        self.roots = roots
        self.paragraphs = paragraphs
    }

    var characterCount: Int { paragraphs.reduce(0) { $0 + $1.count } }

    /// The body the page marks: every outermost `itemprop=articleBody`, else the `<article>`
    /// with the most text of its own, else the first `<main>`.
    private static func marked(in body: LibXMLNode, statistics: NodeStatistics) -> ArticleBody? {
        let boilerplate = Boilerplate()
        var articleBodies: [LibXMLNode] = []
        var articles: [LibXMLNode] = []
        var mains: [LibXMLNode] = []
        var articleDepth = 0
        body.walk(enter: { node in
            guard node.isElement else { return false }
            if node != body, boilerplate.isBoilerplate(node, insideArticle: articleDepth > 0) { return false }
            if node.attribute("itemprop")?.split(separator: " ").contains("articleBody") == true {
                articleBodies.append(node)
                return false
            }
            if node.isElement("article") {
                articles.append(node)
                articleDepth += 1
            }
            if node.isElement("main") || node.attribute("role")?.lowercased() == "main" { mains.append(node) }
            return true
        }, exit: { node in
            if node.isElement("article") { articleDepth -= 1 }
        })
        let extractor = ParagraphText(boilerplate: boilerplate, statistics: statistics, skipsNestedArticles: true)
        if !articleBodies.isEmpty {
            return ArticleBody(roots: articleBodies, paragraphs: extractor.paragraphs(of: articleBodies))
        }
        var best: ArticleBody?
        for article in articles {
            let candidate = ArticleBody(roots: [article], paragraphs: extractor.paragraphs(of: [article]))
            if candidate.characterCount > (best?.characterCount ?? 0) { best = candidate }
        }
        if let best { return best }
        if let main = mains.first { return ArticleBody(roots: [main], paragraphs: extractor.paragraphs(of: [main])) }
        return nil
    }

    /// The element with the most paragraph text: each paragraph of 25 characters or more
    /// that is not mostly links counts for its parent and half for its grandparent; text
    /// written straight into a `<div>` counts for the div. Among equal scores the enclosing
    /// element wins, since it keeps more of the article.
    private static func bestScored(in body: LibXMLNode, statistics: NodeStatistics, boilerplate: Boilerplate) -> LibXMLNode? {
        var scores: [xmlNodePtr: Double] = [:]
        var order: [LibXMLNode] = []
        func add(_ score: Double, to node: LibXMLNode?) {
            guard let node else { return }
            if scores[node.pointer] == nil { order.append(node) }
            scores[node.pointer, default: 0] += score
        }
        var articleDepth = 0
        body.walk(enter: { node in
            guard node.isElement else { return false }
            if node != body, boilerplate.isBoilerplate(node, insideArticle: articleDepth > 0) { return false }
            let counts = statistics[node]
            if node.isElement("p") || node.isElement("pre") {
                if counts.text >= 25, counts.linkDensity < 0.5 {
                    let score = Double(counts.text) * (1 - counts.linkDensity)
                    add(score, to: node.parent)
                    add(score / 2, to: node.parent?.parent)
                }
                return false
            }
            if counts.direct >= 25 {
                add(Double(counts.direct), to: node)
                add(Double(counts.direct) / 2, to: node.parent)
            }
            if node.isElement("article") { articleDepth += 1 }
            return true
        }, exit: { node in
            if node.isElement("article") { articleDepth -= 1 }
        })
        var best: (node: LibXMLNode, score: Double)?
        for node in order {
            let score = scores[node.pointer, default: 0] * (1 - statistics[node].linkDensity)
            if best == nil || score > best!.score || (score == best!.score && best!.node.isDescendant(of: node)) {
                best = (node, score)
            }
        }
        return best?.node
    }
}
