import EntenteCore

/// The article in a news page: its headline, body text and what the page says about it, with
/// navigation, banners, related links, comments and other page furniture left out, so that
/// only the story is coded into events.
public struct HTMLArticle: Sendable, Hashable {
    /// The headline.
    public var title: String?
    /// The body: paragraphs (headings and list items among them) separated by a blank line,
    /// whitespace collapsed. Never empty.
    public var text: String
    /// The publication date the page gives.
    public var published: Day?
    /// The outlet's name (`og:site_name`, the JSON-LD publisher).
    public var outlet: String?
    /// The page's canonical address, absolute.
    public var canonicalURL: String?
    /// The primary language subtag of `<html lang>` (or of a `<meta>` that gives it), e.g. "en".
    public var language: String?
    /// The character set the page was read in, e.g. "utf-8" or "windows-1252".
    public var charset: String
    /// Problems read past, such as a page that is not in the character set it declares.
    public var warnings: [String]

    /// Reads a page. `url` is where it came from (relative canonical links are resolved
    /// against it); `charset` is the HTTP header's, which outranks what the page declares.
    ///
    /// Throws `binaryInput` for bytes that are no page at all, and `noArticleText` for a
    /// page with nothing left once boilerplate is removed.
    public init(html bytes: some Collection<UInt8>, url: String? = nil, charset: String? = nil) throws {
        let raw = Array(bytes)
        guard !raw.isEmpty else { throw EntenteError(.noArticleText, "empty page") }
        let isUTF16 = PageCharset.byteOrderMark(raw).map { $0.charset != .utf8 } ?? false
        if !isUTF16, DecodedText.looksBinary(raw) {
            throw EntenteError(.binaryInput, "looks like a binary file, not an HTML page")
        }
        let decoding = PageDecoding(raw, httpCharset: charset)
        let document = try HTMLDocument(bytes: decoding.bytes, encoding: decoding.libxmlEncoding)
        guard let root = document.root, let body = document.body else {
            throw EntenteError(.noArticleText, "no article text: the page has no elements")
        }
        let statistics = NodeStatistics(body)
        let article = ArticleBody(in: body, statistics: statistics)
        let metadata = HTMLMetadata(root: root, article: article.roots, pageURL: url)
        var paragraphs = article.paragraphs
        // The headline is kept apart; as the body's first paragraph it would be coded twice.
        if let title = metadata.title, let first = paragraphs.first, first.lowercased() == title.lowercased() {
            paragraphs.removeFirst()
        }
        guard !paragraphs.isEmpty else {
            throw EntenteError(.noArticleText, "no article text: nothing is left once navigation and boilerplate are removed")
        }
        self.title = metadata.title
        self.text = paragraphs.joined(separator: "\n\n")
        self.published = metadata.published
        self.outlet = metadata.outlet
        self.canonicalURL = metadata.canonicalURL
        self.language = metadata.language
        self.charset = decoding.charsetName
        self.warnings = decoding.warnings
    }

    /// The text of a piece of HTML, such as a feed item's body, in paragraphs separated by a
    /// blank line; scripts, styles and widgets inside are left out. Empty when there is no
    /// text.
    public static func text(ofFragment html: String) -> String {
        guard html.contains(where: { $0 == "<" || $0 == "&" }) else {
            return HTMLArticle.paragraphs(ofPlainText: html).joined(separator: "\n\n")
        }
        guard let document = try? HTMLDocument(fragment: html), let body = document.body else { return "" }
        return ParagraphText().paragraphs(of: [body]).joined(separator: "\n\n")
    }

    /// Plain text in paragraphs: blank lines separate them, other whitespace collapses.
    static func paragraphs(ofPlainText text: String) -> [String] {
        var builder = ParagraphBuilder()
        var lineIsBlank = true
        var sawBreak = false
        for character in text {
            if character == "\n" || character == "\r\n" {
                if lineIsBlank, sawBreak { builder.endParagraph() }
                sawBreak = true
                lineIsBlank = true
            } else if !character.isWhitespace {
                lineIsBlank = false
                sawBreak = false
            }
            builder.append(String(character))
        }
        return builder.finish()
    }
}
