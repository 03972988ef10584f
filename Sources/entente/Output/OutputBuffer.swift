/// Buffers standard output and writes it in large blocks.
struct OutputBuffer {
    private var pending = ""
    private let threshold = 1 << 16

    mutating func line(_ text: String) throws {
        pending += text
        pending += "\n"
        if pending.utf8.count >= threshold { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try StandardOutput.write(pending.utf8)
        pending = ""
    }
}
