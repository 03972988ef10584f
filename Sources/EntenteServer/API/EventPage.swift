import EntenteStore

/// One page of merged events, in list order, and where the next page starts (nil on the
/// last page): one event more than the page is read, so the last page is known without a
/// count.
struct EventPage {
    var events: [ExportEvent]
    var next: EventCursor?

    static func read(_ query: MentionQuery, from store: any EventStore) async throws -> EventPage {
        var probe = query
        probe.limit = query.limit + 1
        let rows = try await store.exportEvents(probe)
        let page = Array(rows.prefix(query.limit))
        let next = rows.count > query.limit ? page.last.map { EventCursor(date: $0.event.date, id: $0.event.id) } : nil
        return EventPage(events: page, next: next)
    }

    /// The next page's cursor as a client passes it back.
    var nextToken: String? { next.map(CursorToken.encode) }
}
