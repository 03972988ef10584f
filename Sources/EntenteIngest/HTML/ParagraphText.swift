/// The paragraphs of the text under chosen elements: headings, list items and other blocks
/// each become a paragraph; boilerplate inside is left out.
struct ParagraphText {
    var boilerplate = Boilerplate()
    /// Counts for leaving out link lists; nil keeps them (a feed item's body is short and
    /// its links are usually part of the text).
    var statistics: NodeStatistics?
    /// Whether `<article>` elements inside the chosen one are left out: inside a story they
    /// are comments or teasers for other stories.
    var skipsNestedArticles = false

    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
        "td", "th", "caption", "address", "hr", "br", "details", "summary", "center", "fieldset", "legend",
        "hgroup", "body", "html",
    ]

    /// Containers left out when most of their text is links (lists of other stories).
    static let linkListContainers: Set<String> = ["ul", "ol", "dl", "table", "div", "section"]

    /// The paragraphs under `roots`, in document order. The roots themselves are taken as
    /// chosen, whatever their class says.
    func paragraphs(of roots: [LibXMLNode]) -> [String] {
        var builder = ParagraphBuilder()
        for root in roots {
            var articleDepth = root.isElement("article") || root.hasAncestor("article") ? 1 : 0
            root.walk(enter: { node in
                if node.isText {
                    builder.append(utf8: node.contentBytes)
                    return false
                }
                guard node.isElement else { return false }
                let name = node.name
                if node != root {
                    if name == "article", skipsNestedArticles { return false }
                    if boilerplate.isBoilerplate(node, insideArticle: articleDepth > 0) { return false }
                    if let statistics, ParagraphText.linkListContainers.contains(name) {
                        let counts = statistics[node]
                        if counts.text > 0, counts.linkDensity > 0.5 { return false }
                    }
                }
                if name == "article" { articleDepth += 1 }
                if ParagraphText.blocks.contains(name) { builder.endParagraph() }
                return true
            }, exit: { node in
                guard node.isElement else { return }
                if node.isElement("article") { articleDepth -= 1 }
                if ParagraphText.blocks.contains(node.name) { builder.endParagraph() }
            })
            builder.endParagraph()
        }
        return builder.finish()
    }
}
