/// Which parts of a page are not the article: navigation, banners, widgets, comments and the
/// like, told by element, ARIA role and class or id words, as sites across publishing
/// systems mark them. General rules only; nothing here knows a particular site.
struct Boilerplate {
    /// Class and id words are not held against an element with more visible characters than
    /// this, with these counts: on a page where nothing else was found, the wrapper around
    /// the whole page may carry such a word (`<div class="page has-ads">`).
    var wrapperGuard: (statistics: NodeStatistics, characters: Int)?

    /// Elements that never hold article prose.
    static let elements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "frame",
        "frameset", "object", "embed", "applet", "canvas", "svg", "math", "button", "input", "select",
        "textarea", "label", "dialog", "menu", "figure", "figcaption", "picture", "video", "audio", "map",
        "head", "title", "meta", "link",
    ]

    /// Landmark roles of page furniture.
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
        "dialog", "alertdialog", "tablist", "tooltip", "form",
    ]

    /// Class or id words that mark boilerplate wherever they appear.
    static let strongWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "related", "recommended", "recommendations", "comment",
        "comments", "disqus", "share", "sharing", "sharebar", "social", "newsletter", "newsletters",
        "promo", "promos", "promotion", "promoted", "advert", "adverts", "advertisement", "advertising",
        "ad", "ads", "adslot", "adunit", "sponsor", "sponsored", "subscribe", "subscription", "signup",
        "outbrain", "taboola", "popup", "modal", "breadcrumb", "breadcrumbs", "trending",
    ]

    /// Class or id words that mark boilerplate unless the same element also calls itself
    /// content: `<div id="content" class="with-sidebar">` holds the article.
    static let weakWords: Set<String> = [
        "sidebar", "footer", "nav", "navbar", "navigation", "menu", "banner", "masthead", "widget",
        "byline", "hidden", "toolbar", "skip", "print", "tags",
    ]

    /// Words by which a container says it holds the content.
    static let contentWords: Set<String> = ["article", "content", "main", "story", "body", "post", "entry", "text"]

    /// Whether `node` (an element) and everything in it is boilerplate. `insideArticle`
    /// tells whether an `<article>` encloses it: a header there holds the headline and
    /// standfirst, a header elsewhere the site's masthead.
    func isBoilerplate(_ node: LibXMLNode, insideArticle: Bool) -> Bool {
        let name = node.name
        if Boilerplate.elements.contains(name) { return true }
        if name == "header", !insideArticle { return true }
        if let role = node.attribute("role")?.lowercased(), Boilerplate.roles.contains(role.trimmingASCIIWhitespace()) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let wrapperGuard, wrapperGuard.statistics[node].text > wrapperGuard.characters { return false }
        let words = Boilerplate.words(of: node)
        if words.isEmpty { return false }
        if !words.isDisjoint(with: Boilerplate.strongWords) { return true }
        return !words.isDisjoint(with: Boilerplate.weakWords) && words.isDisjoint(with: Boilerplate.contentWords)
    }

    /// The words of an element's class and id: split at anything not a letter or digit and
    /// at camelCase humps, lowercased ("relatedArticles c-share__bar" → related, articles, c,
    /// share, bar).
    static func words(of node: LibXMLNode) -> Set<String> {
        let text = [node.attribute("class"), node.attribute("id")].compactMap { $0 }.joined(separator: " ")
        var words: Set<String> = []
        var word = ""
        var previousWasLower = false
        for character in text {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousWasLower, !word.isEmpty {
                    words.insert(word)
                    word = ""
                }
                word += character.lowercased()
                previousWasLower = character.isLowercase || character.isNumber
            } else {
                if !word.isEmpty { words.insert(word) }
                word = ""
                previousWasLower = false
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }
}
