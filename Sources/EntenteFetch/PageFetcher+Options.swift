extension PageFetcher {
    /// Limits and identity for fetching. The defaults suit reading news pages one by one; tests
    /// and batch runs tighten them.
    public struct Options: Sendable, Hashable {
        /// How long to wait for a connection (and its TLS handshake) before giving up on a host.
        public var connectTimeout: Duration
        /// How long one fetch may take from the first byte sent to the last byte read, redirects
        /// included: a server that trickles a page must not hold a run forever.
        public var totalTimeout: Duration
        /// The most body bytes kept, counted both as received and as decompressed; a bigger
        /// body is refused while it streams, never downloaded first.
        public var maxBodySize: Int
        /// The most redirects followed; a loop is refused as soon as it repeats a URL.
        public var maxRedirects: Int
        /// Sent with every request, so that site owners can tell who reads them and why.
        public var userAgent: String

        /// Names the program, its version and its purpose. Entente has no public home page yet
        /// to add as `+URL`; a deployment can append its own contact through ``userAgent``.
        public static let defaultUserAgent = "Entente/0.1 (political event coder)"

        /// Creates options; every limit has a default.
        public init(
            connectTimeout: Duration = .seconds(10),
            totalTimeout: Duration = .seconds(30),
            maxBodySize: Int = 16 << 20,
            maxRedirects: Int = 5,
            userAgent: String = Options.defaultUserAgent
        ) {
            precondition(maxBodySize >= 0 && maxRedirects >= 0, "fetch limits cannot be negative")
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.maxBodySize = maxBodySize
            self.maxRedirects = maxRedirects
            self.userAgent = userAgent
        }
    }
}
