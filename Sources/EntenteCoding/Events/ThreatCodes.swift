import EntenteCore

/// CAMEO codes a threat as its own event in root 13: "threatened to cut ties with Kyiv" is
/// 1313, "threatened to bomb the capital" 1384. A threatened act is therefore also coded as
/// the matching 13x event, made now.
enum ThreatCodes {
    /// Longest code prefix first.
    static let table: [(prefix: String, threat: String)] = [
        ("1721", "1321"), ("1722", "1322"), ("1723", "1323"), ("1724", "1324"),
        ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"), ("166", "136"),
        ("172", "132"), ("191", "1381"), ("192", "1382"), ("204", "1385"),
        ("14", "133"), ("15", "138"), ("16", "131"), ("17", "137"), ("18", "1383"), ("19", "1384"), ("20", "138"),
    ]

    /// The 13x code for threatening `code`, if CAMEO has one.
    static func threat(of code: String) -> String? {
        table.first { code.hasPrefix($0.prefix) }?.threat
    }
}
