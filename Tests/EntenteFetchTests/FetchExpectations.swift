import EntenteCore
import EntenteFetch
import Testing

/// Options for tests: a 1 MiB cap, and timeouts short enough that a hung test fails fast but
/// long enough for a busy two-core machine (the timeout test sets its own, shorter one).
// Generous limits: the whole test suite runs in parallel on two cores, and a well-behaved
// fetch must never time out because the machine is busy.
let testOptions = PageFetcher.Options(connectTimeout: .seconds(60), totalTimeout: .seconds(120), maxBodySize: 1 << 20)

/// Fetches `url` expecting an `EntenteError` with `code` whose text names the URL; returns it.
@discardableResult
func expectFetchError(
    _ code: EntenteError.Code, _ fetcher: PageFetcher, _ url: String, sourceLocation: SourceLocation = #_sourceLocation
) async -> EntenteError? {
    do {
        let page = try await fetcher.fetch(url)
        Issue.record("expected \(code.rawValue), fetched \(page.body.count) bytes", sourceLocation: sourceLocation)
    } catch let error as EntenteError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        if !url.isEmpty { #expect(error.description.contains(url), "\(error)", sourceLocation: sourceLocation) }
        return error
    } catch {
        Issue.record("expected an EntenteError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
