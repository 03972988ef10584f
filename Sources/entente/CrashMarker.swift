import Foundation

/// Leaves a mark when this process dies of a crash (a trap, a bad access, an abort), so the
/// next ingest can tell a document that crashed the coder from one that was merely in
/// flight when the run was killed or the machine stopped: the first is failed and never
/// tried again, the second is simply coded again. The marker holds the id of the document the
/// crashing thread was coding (see ``whileCoding(_:_:)``), so a crash blames that one document
/// however many others the run had admitted.
enum CrashMarker {
    /// The signals a crash raises.
    static let crashSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// The marker file of process `pid` for the store at `store`.
    static func path(store: String, pid: Int64) -> String { "\(store).crashed-\(pid)" }

    /// Makes a crash of this process create its marker before it dies as it would have.
    static func install(store: String) {
        // Made once and kept for the process's life: the handler may only use what exists.
        crashMarkerPath = strdup(path(store: store, pid: Int64(getpid())))
        crashDigits = UnsafeMutablePointer<UInt8>.allocate(capacity: 24)
        pthread_key_create(&codingKey, nil)
        for signal in crashSignals {
            let previous = Foundation.signal(signal) { caught in
                if let path = crashMarkerPath {
                    let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
                    if descriptor >= 0 {
                        // A crash is raised on the thread that crashed, so its document is the
                        // one this thread was coding, if any. Digits by hand: a signal handler
                        // must not allocate.
                        var id = UInt(bitPattern: pthread_getspecific(codingKey).map { Int(bitPattern: $0) } ?? 0)
                        if id > 0, let digits = crashDigits {
                            var start = 24
                            while id > 0 {
                                start -= 1
                                digits[start] = UInt8(ascii: "0") + UInt8(id % 10)
                                id /= 10
                            }
                            _ = write(descriptor, digits + start, 24 - start)
                        }
                        close(descriptor)
                    }
                }
                // Die of the same signal, through whatever handled it before (the runtime's
                // backtracer, or the default).
                Foundation.signal(caught, previousCrashHandlers[Int(caught)] ?? SIG_DFL)
                raise(caught)
            }
            previousCrashHandlers[Int(signal)] = previous
        }
    }

    /// Runs `coding` (synchronous, so it stays on this thread) with document `id` named as
    /// the one this thread codes, for the crash handler to blame.
    static func whileCoding<T>(_ id: Int64, _ coding: () -> T) -> T {
        pthread_setspecific(codingKey, UnsafeRawPointer(bitPattern: Int(id)))
        defer { pthread_setspecific(codingKey, nil) }
        return coding()
    }

    /// The processes that crashed using the store at `store` (their markers), and the
    /// documents their crash handlers named.
    static func collect(store: String) -> (crashed: Set<Int64>, culprits: Set<Int64>) {
        let url = URL(fileURLWithPath: store)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".crashed-"
        var crashed = Set<Int64>()
        var culprits = Set<Int64>()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int64(name.dropFirst(prefix.count)) else { continue }
            crashed.insert(pid)
            let named = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
            if let id = Int64(named.trimmingCharacters(in: .whitespacesAndNewlines)) { culprits.insert(id) }
        }
        return (crashed, culprits)
    }

    /// Removes the markers of processes whose documents have been recovered.
    static func remove(store: String, pids: Set<Int64>) {
        for pid in pids { try? FileManager.default.removeItem(atPath: path(store: store, pid: pid)) }
    }
}

/// Read by the crash handler, which may touch nothing but what exists before it runs.
nonisolated(unsafe) private var crashMarkerPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var crashDigits: UnsafeMutablePointer<UInt8>?
/// Per thread: the document it is coding, as a pointer-sized integer (0 when none).
nonisolated(unsafe) private var codingKey = pthread_key_t()
nonisolated(unsafe) private var previousCrashHandlers = [Int: (@convention(c) (Int32) -> Void)?](minimumCapacity: 64)
