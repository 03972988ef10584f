import Foundation

/// Buffers standard output and writes it in large blocks.
struct OutputBuffer {
    private var pending = ""
    private let threshold = 1 << 16

    mutating func line(_ text: String) {
        pending += text
        pending += "\n"
        if pending.utf8.count >= threshold { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutput.write(Data(pending.utf8))
        pending = ""
    }
}
