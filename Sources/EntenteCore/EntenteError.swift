/// An error raised anywhere in Entente: a stable machine-readable code, a message for people,
/// where it happened when that is a file position, and the error that caused it.
///
/// Errors are values; the CLI prints them and the server (later) maps `code` to a status.
public struct EntenteError: Error, Sendable, CustomStringConvertible {
    /// Stable identifiers; scripts and the HTTP layer may depend on the raw values.
    public enum Code: String, Sendable, Codable {
        case dictionarySyntax = "dictionary-syntax"
        case dictionaryInvalid = "dictionary-invalid"
        case invalidJSON = "invalid-json"
        case invalidDate = "invalid-date"
        case modelInvalid = "model-invalid"
        case fileUnreadable = "file-unreadable"
        case trainingData = "training-data"
        case outputFailed = "output-failed"
        case storeFailed = "store-failed"
        /// A file that should be text (such as a page named `.html`) holds binary data.
        case binaryInput = "binary-input"
        /// A page the HTML parser could not read at all.
        case invalidHTML = "invalid-html"
        /// A page with no article text left once navigation and boilerplate are removed.
        case noArticleText = "no-article-text"
        /// Input that is not an RSS or Atom feed, or a feed too broken to read on.
        case invalidFeed = "invalid-feed"
        /// A feed refused for what its DTD declares (entity expansion, external entities).
        case unsafeFeed = "unsafe-feed"
        /// One record (a page, a feed item), a fetched body or a decompressed stream larger
        /// than the limit it is read under.
        case tooLarge = "too-large"
        // Fetching and decompressing: one code per failure a caller may treat differently
        // (retry a timeout or a 5xx, give up on a 404, skip a URL it should never have had).
        /// Not an http or https URL; refused before any I/O.
        case urlUnsupported = "url-unsupported"
        /// The host could not be reached, or the connection broke.
        case fetchFailed = "fetch-failed"
        /// No connection, or no complete answer, within the time allowed.
        case fetchTimeout = "fetch-timeout"
        /// The server answered with a status other than 2xx; the message gives it.
        case httpStatus = "http-status"
        /// More redirects than allowed, or a redirect loop.
        case tooManyRedirects = "too-many-redirects"
        /// Gzip data that is corrupt, truncated or followed by something else.
        case gzipInvalid = "gzip-invalid"
        // Requests to the server: the HTTP edge maps each to its status.
        /// A query parameter, path value or body field that is not what it should be (a date
        /// that is no date, a code that is no CAMEO code, a cursor this server did not give).
        case invalidRequest = "invalid-request"
        /// No such route, event, document or actor.
        case notFound = "not-found"
        /// A write without the right bearer token.
        case unauthorized = "unauthorized"
        /// A write to a server that was given no token, so takes none.
        case writesDisabled = "writes-disabled"
        /// The store's server cannot be reached, or went away (worth retrying later; 503 at
        /// the server's edge).
        case storeUnavailable = "store-unavailable"
    }

    /// A position in a named input, for messages of the form `file:line: message`.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        /// The file name (or another name for the input, such as `<stdin>`).
        public var file: String
        /// The 1-based line number, when the error belongs to one line.
        public var line: Int?

        /// Creates a location.
        public init(file: String, line: Int? = nil) {
            self.file = file
            self.line = line
        }

        public var description: String {
            line.map { "\(file):\($0)" } ?? file
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A message for people, without the location prefix.
    public var message: String
    /// Where the failure is, when it is in a file.
    public var location: Location?
    /// A short description of the underlying error, if there was one.
    public var cause: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, at location: Location? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += message
        if let cause { text += " (\(cause))" }
        return text
    }
}
