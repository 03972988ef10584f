import Synchronization

/// A flag one task sets and another reads.
final class Flag: Sendable {
    private let value = Mutex(false)

    /// Sets it.
    func set() { value.withLock { $0 = true } }

    /// Whether it is set.
    var isSet: Bool { value.withLock { $0 } }
}

/// Resumes a continuation with the first answer given; later ones are dropped.
final class FirstAnswer<T: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<T, any Error>?>

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ result: Result<T, any Error>) {
        let waiting = continuation.withLock { waiting in
            defer { waiting = nil }
            return waiting
        }
        waiting?.resume(with: result)
    }
}

extension Result where Failure == any Error {
    /// The outcome of `body`.
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
