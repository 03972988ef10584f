import CLibXML2

/// Process-wide libxml2 set-up.
enum LibXML {
    /// libxml2 must build its global tables once before threads parse at the same time, as
    /// tests and a multi-threaded caller do.
    private static let initialized: Void = { xmlInitParser() }()

    static func initialize() {
        _ = initialized
    }
}
