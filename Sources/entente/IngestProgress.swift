import Foundation

/// The progress line `entente ingest` keeps on a terminal: documents and events per second,
/// and the time left, estimated from the bytes of input read so far. Off a terminal it
/// stays silent; the summary says it all at the end.
struct IngestProgress {
    let isShown: Bool
    let totalBytes: Int
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private(set) var documents = 0
    private(set) var events = 0
    private(set) var bytes = 0

    init(totalBytes: Int, isShown: Bool = isatty(STDERR_FILENO) != 0) {
        self.totalBytes = totalBytes
        self.isShown = isShown
    }

    /// Counts one document coded, of `bytes` bytes with `events` event mentions.
    mutating func add(bytes: Int, events: Int) {
        documents += 1
        self.events += events
        self.bytes += bytes
        guard isShown, Date().timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = Date()
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// `1,204 documents  310.5 docs/s  1,822.0 events/s  ETA 0:42`.
    var line: String {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        var text = "\(documents) documents  \(String(format: "%.1f", Double(documents) / elapsed)) docs/s  \(String(format: "%.1f", Double(events) / elapsed)) events/s"
        if totalBytes > 0, bytes > 0, bytes < totalBytes {
            let left = Int(Double(totalBytes - bytes) / (Double(bytes) / elapsed))
            text += "  ETA \(left / 60):\(String(format: "%02d", left % 60))"
        }
        return text
    }

    /// Clears the progress line before the summary.
    func finish() {
        if isShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// The bytes of every file under `paths` (standard input counts nothing).
    static func totalBytes(of paths: [String]) -> Int {
        var total = 0
        for path in paths where path != "-" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                for name in FileManager.default.subpaths(atPath: path) ?? [] {
                    let size = (try? FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))[.size] as? Int) ?? nil
                    total += size ?? 0
                }
            } else {
                total += ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
            }
        }
        return total
    }
}
