import Synchronization

/// Months whose partitions this process has seen made.
final class KnownMonths: Sendable {
    private let months = Mutex<Set<Int>>([])

    /// Those of `candidates` not known yet.
    func unknown(_ candidates: Set<Int>) -> Set<Int> { months.withLock { candidates.subtracting($0) } }

    /// Records that these months' partitions exist.
    func add(_ more: Set<Int>) { months.withLock { $0.formUnion(more) } }
}
