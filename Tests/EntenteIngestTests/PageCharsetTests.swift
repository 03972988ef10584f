import EntenteIngest
import Testing

/// Pages in Latin-1 or Windows-1252 that say they are UTF-8, or say nothing, as old
/// publishing systems and misconfigured servers serve them.
@Suite struct PageCharsetTests {
    /// A page whose text is `text` written in Windows-1252, with `head` in its `<head>`.
    func page(head: String, text: String) -> [UInt8] {
        var bytes = Array("<html><head>\(head)<title>Budget vote</title></head><body><article><p>".utf8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "€": bytes.append(0x80)
            case "“": bytes.append(0x93)
            case "”": bytes.append(0x94)
            case "’": bytes.append(0x92)
            case "–": bytes.append(0x96)
            default:
                precondition(scalar.value < 0x100)
                bytes.append(UInt8(scalar.value))
            }
        }
        return bytes + Array("</p></article></body></html>".utf8)
    }

    let latin1 = "Le député a voté contre la réforme, à Besançon, après un débat très animé."
    let windows1252 = "The “reform” will cost €4.2bn – the minister’s own estimate."

    @Test func latin1DeclaredAsUTF8IsReadAsWindows1252() throws {
        let article = try HTMLArticle(html: page(head: #"<meta charset="utf-8">"#, text: latin1))
        #expect(article.text == latin1)
        #expect(article.charset == "windows-1252")
        #expect(article.warnings == ["declared UTF-8 by <meta> but the page is not valid UTF-8; read as Windows-1252"])
    }

    @Test func undeclaredLatin1IsReadAsWindows1252() throws {
        let article = try HTMLArticle(html: page(head: "", text: latin1))
        #expect(article.text == latin1)
        #expect(article.warnings == ["no character set declared but the page is not valid UTF-8; read as Windows-1252"])
    }

    @Test func windows1252QuotesAndEuroSurviveAWrongLabel() throws {
        let mislabelled = try HTMLArticle(html: page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">"#, text: windows1252))
        #expect(mislabelled.text == windows1252)
        #expect(mislabelled.charset == "windows-1252")
        #expect(mislabelled.warnings.count == 1)
        let undeclared = try HTMLArticle(html: page(head: "", text: windows1252))
        #expect(undeclared.text == windows1252)
    }

    @Test func aPageLabelledLatin1IsReadAsWindows1252WithoutWarning() throws {
        let article = try HTMLArticle(html: page(head: #"<meta charset="ISO-8859-1">"#, text: windows1252))
        #expect(article.text == windows1252)
        #expect(article.warnings.isEmpty)
    }

    @Test func theHTTPCharsetOutranksThePage() throws {
        // The server says Windows-1252; the page's own <meta> is wrong.
        let article = try HTMLArticle(html: page(head: #"<meta charset="utf-8">"#, text: windows1252), charset: "text/html; charset=windows-1252")
        #expect(article.text == windows1252)
        #expect(article.warnings.isEmpty)
        // And a page really in UTF-8 is read as UTF-8 when the header says so.
        let utf8 = Array("<html><body><p>Grève à Besançon: “non” à la réforme</p></body></html>".utf8)
        #expect(try HTMLArticle(html: utf8, charset: "utf-8").text == "Grève à Besançon: “non” à la réforme")
    }

    @Test func aUTF8PageWithOneStrayByteStaysUTF8() throws {
        var bytes = Array("<html><body><p>Grève générale à Besançon et à Genève, où la grève ".utf8)
        bytes += [0x93]
        bytes += Array("continue.</p></body></html>".utf8)
        let article = try HTMLArticle(html: bytes)
        #expect(article.text == "Grève générale à Besançon et à Genève, où la grève \u{FFFD}continue.")
        #expect(article.charset == "utf-8")
        #expect(article.warnings.count == 1)
    }

    @Test func byteOrderMarksAndXMLDeclarationsAreHonoured() throws {
        let text = "Ελλάδα και Κύπρος υπέγραψαν συμφωνία."
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<html><body><p>\(text)</p></body></html>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try HTMLArticle(html: utf16).text == text)
        let bom = [0xEF, 0xBB, 0xBF] + Array("<html><body><p>\(text)</p></body></html>".utf8)
        #expect(try HTMLArticle(html: bom).text == text)
        let xhtml = Array(#"<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>"#.utf8) + [0x47, 0x72, 0xE8, 0x76, 0x65] + Array("</p></body></html>".utf8)
        #expect(try HTMLArticle(html: xhtml).text == "Grève")
    }

    @Test func otherDeclaredCharsetsAreConvertedByLibxml2() throws {
        // "Война" in KOI8-R.
        let bytes = Array(#"<html><head><meta charset="koi8-r"></head><body><p>"#.utf8) + [0xF7, 0xCF, 0xCA, 0xCE, 0xC1] + Array("</p></body></html>".utf8)
        let article = try HTMLArticle(html: bytes)
        #expect(article.text == "Война")
        #expect(article.charset == "koi8-r")
    }
}
