import EntenteCore

/// One item of an RSS or Atom feed, its HTML reduced to text.
public struct FeedItem: Sendable, Hashable {
    /// The headline, markup removed.
    public var title: String?
    /// The item's web address (RSS `link`, Atom `link rel=alternate`), absolute when the feed
    /// gave a base to resolve it against.
    public var link: String?
    /// The feed's identifier for the item (RSS `guid`, Atom `id`).
    public var id: String?
    /// The publication date (`pubDate`, `published`, `dc:date`, else `updated`).
    public var published: Day?
    /// The text of `content:encoded` or Atom `content`, else of `description` or `summary`,
    /// in paragraphs separated by a blank line; empty when the item has none.
    public var body: String
    /// The feed's title: the outlet the item comes from.
    public var outlet: String?

    /// Creates an item.
    public init(title: String? = nil, link: String? = nil, id: String? = nil, published: Day? = nil, body: String, outlet: String? = nil) {
        self.title = title
        self.link = link
        self.id = id
        self.published = published
        self.body = body
        self.outlet = outlet
    }
}

/// What a feed reader hands on: an item, or an item it had to skip (over the size limit),
/// so one bad item costs that item and the caller still hears of it.
public enum FeedEntry: Sendable, Hashable {
    /// An item.
    case item(FeedItem)
    /// The item at this 1-based position, skipped, and why.
    case skipped(position: Int, reason: String)
}
