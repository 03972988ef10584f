import EntenteCore
import EntenteFetch
import Testing

/// Options for tests: a 1 MiB cap, and timeouts long enough that a well-behaved fetch never
/// times out because the machine is busy (the timeout test sets its own, shorter one).
// The whole suite runs in parallel on two cores, and its heavy synchronous coding tests can
// hold the cooperative pool that streams a body for minutes when the machine is loaded (a
// 120 s limit failed four fetch tests so). A hung fetch still fails, well inside CI's limit.
let testOptions = PageFetcher.Options(connectTimeout: .seconds(300), totalTimeout: .seconds(900), maxBodySize: 1 << 20)

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
