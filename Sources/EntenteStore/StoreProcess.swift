import Foundation

/// What every store records about the process writing it: the time, and whether a process
/// that left a document in flight still lives.
public enum StoreProcess {
    /// Now, as ISO 8601 in UTC (`2024-08-07T10:15:00Z`); a formatter made per document cost
    /// more than the document's writes.
    public static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Whether process `pid` of this machine lives (a process of another user counts).
    public static func isAlive(_ pid: Int64) -> Bool {
        guard pid > 0, pid <= Int64(Int32.max) else { return false }
        return kill(pid_t(pid), 0) == 0 || errno == EPERM
    }
}
