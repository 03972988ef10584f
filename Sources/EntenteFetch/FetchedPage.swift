/// One successfully fetched URL: the bytes as the server meant them (transfer gzip undone)
/// and what the caller needs to decode and cite them.
public struct FetchedPage: Sendable, Hashable {
    /// The URL as the caller gave it, the identity a caller may already know the page by.
    public var requestedURL: String
    /// The URL after redirects: the address the text really came from, to cite and deduplicate by.
    public var finalURL: String
    /// The HTTP status code of the final response (always 2xx: other statuses are errors).
    public var status: Int
    /// The media type from `Content-Type`, lowercased and without parameters (`text/html`),
    /// or nil when the server sent none.
    public var contentType: String?
    /// The `charset` parameter of `Content-Type`, lowercased (`windows-1252`), or nil when
    /// absent, so that a decoder can fall back on what the document itself declares.
    public var charset: String?
    /// The body, gunzipped when the server sent `Content-Encoding: gzip` or when a `.gz` URL
    /// (or a gzip media type) answered with gzip bytes.
    public var body: [UInt8]

    /// Creates a page.
    public init(requestedURL: String, finalURL: String, status: Int, contentType: String?, charset: String?, body: [UInt8]) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.charset = charset
        self.body = body
    }
}
