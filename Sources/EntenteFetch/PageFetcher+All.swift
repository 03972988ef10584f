extension PageFetcher {
    /// Fetches `urls` with at most `concurrency` under way at once, as one result per URL in
    /// the order given: one dead site must not stop a batch, and a bounded number of
    /// connections keeps Entente polite to the servers it reads.
    public func fetchAll(_ urls: [String], concurrency: Int) async -> [Result<FetchedPage, any Error>] {
        precondition(concurrency > 0, "at least one fetch must be allowed at a time")
        let fetcher = self
        let job: @Sendable (Int) -> @Sendable () async -> (Int, Result<FetchedPage, any Error>) = { index in
            {
                do {
                    return (index, .success(try await fetcher.fetch(urls[index])))
                } catch {
                    return (index, .failure(error))
                }
            }
        }
        var results = [Result<FetchedPage, any Error>?](repeating: nil, count: urls.count)
        await withTaskGroup(of: (Int, Result<FetchedPage, any Error>).self) { group in
            var started = 0
            while started < min(concurrency, urls.count) {
                group.addTask(operation: job(started))
                started += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if started < urls.count {
                    group.addTask(operation: job(started))
                    started += 1
                }
            }
        }
        return results.map { $0! }
    }
}
