import Foundation

/// Runs blocking work (waiting for a process, reading a pipe) on a Dispatch thread. Swift
/// Testing runs tests in parallel on the cooperative pool, which has one thread per core:
/// on a two-core machine, two blocked tests would stall every other test's fetches and make
/// their timing checks fail for reasons of their own.
func offThePool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Swift.Result { try work() })
        }
    }
}

/// As the throwing `offThePool`, for work that cannot fail.
func offThePool<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(returning: work())
        }
    }
}
