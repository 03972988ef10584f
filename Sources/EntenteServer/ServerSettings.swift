/// How the server listens and what it accepts.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback unless told otherwise.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The bearer token writes need (`ENTENTE_TOKEN`); nil refuses every write.
    public var token: String?
    /// The largest request body read, in bytes.
    public var maximumBodyBytes: Int
    /// The most events one page of a list holds.
    public var maximumPageSize: Int
    /// Which dictionaries code what is posted, recorded on each stored document.
    public var dictionaryVersion: String
    /// Seconds a connection may sit without reading or writing before it is closed, so slow
    /// or stalled clients cannot hold connections for ever.
    public var idleTimeoutSeconds: Int = 30

    /// Creates settings.
    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maximumBodyBytes: Int = 1 << 20,
                maximumPageSize: Int = 500, dictionaryVersion: String = "unknown") {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumPageSize = maximumPageSize
        self.dictionaryVersion = dictionaryVersion
    }
}
