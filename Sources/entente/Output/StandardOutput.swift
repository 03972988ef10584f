import EntenteCore
import Foundation

/// Writes to standard output with the errors a pipeline meets handled, never trapped:
/// a reader that went away (EPIPE) ends the process quietly, as Unix tools do, and any
/// other failure (a full disk, ENOSPC) is an error with a message and exit status 1.
enum StandardOutput {
    /// The exit status of a process stopped by a closed pipe, as a shell reports SIGPIPE.
    static let closedPipeStatus: Int32 = 128 + SIGPIPE

    /// Writes `bytes` whole to file descriptor 1.
    static func write(_ bytes: some Collection<UInt8>) throws {
        try Array(bytes).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written >= 0 {
                    offset += written
                } else if errno != EINTR {
                    try fail(errno: errno)
                }
            }
        }
    }

    private static func fail(errno code: Int32) throws {
        if code == EPIPE { exit(closedPipeStatus) }
        throw EntenteError(.outputFailed, "cannot write to standard output: \(String(cString: strerror(code)))")
    }
}

/// A `print` target that writes straight to standard output and keeps the first write
/// error, for commands that print a few lines: `print(x, to: &console)`, then
/// `try console.finish()`.
struct CheckedOutput: TextOutputStream {
    private var failure: (any Error)?

    mutating func write(_ string: String) {
        guard failure == nil, !string.isEmpty else { return }
        do { try StandardOutput.write(string.utf8) } catch { failure = error }
    }

    /// Throws the first write error, if any.
    func finish() throws {
        if let failure { throw failure }
    }
}
