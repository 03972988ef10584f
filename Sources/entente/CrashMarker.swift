import Foundation

/// Leaves a mark when this process dies of a crash (a trap, a bad access, an abort), so the
/// next ingest can tell a document that crashed the coder from one that was merely in
/// flight when the run was killed or the machine stopped: the first is failed and never
/// tried again, the second is simply coded again.
enum CrashMarker {
    /// The signals a crash raises.
    static let crashSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// The marker file of process `pid` for the store at `store`.
    static func path(store: String, pid: Int64) -> String { "\(store).crashed-\(pid)" }

    /// Makes a crash of this process create its marker before it dies as it would have.
    static func install(store: String) {
        // Made once and kept for the process's life: the handler may only use what exists.
        crashMarkerPath = strdup(path(store: store, pid: Int64(getpid())))
        for signal in crashSignals {
            let previous = Foundation.signal(signal) { caught in
                if let path = crashMarkerPath {
                    let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
                    if descriptor >= 0 { close(descriptor) }
                }
                // Die of the same signal, through whatever handled it before (the runtime's
                // backtracer, or the default).
                Foundation.signal(caught, previousCrashHandlers[Int(caught)] ?? SIG_DFL)
                raise(caught)
            }
            previousCrashHandlers[Int(signal)] = previous
        }
    }

    /// The processes that crashed using the store at `store` (their markers), removing the
    /// markers as it reads them.
    static func collect(store: String) -> Set<Int64> {
        let url = URL(fileURLWithPath: store)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".crashed-"
        var crashed = Set<Int64>()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int64(name.dropFirst(prefix.count)) else { continue }
            crashed.insert(pid)
        }
        return crashed
    }

    /// Removes the markers of processes whose documents have been recovered.
    static func remove(store: String, pids: Set<Int64>) {
        for pid in pids { try? FileManager.default.removeItem(atPath: path(store: store, pid: pid)) }
    }
}

/// Read by the crash handler, which may touch nothing but what exists before it runs.
nonisolated(unsafe) private var crashMarkerPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var previousCrashHandlers = [Int: (@convention(c) (Int32) -> Void)?](minimumCapacity: 64)
