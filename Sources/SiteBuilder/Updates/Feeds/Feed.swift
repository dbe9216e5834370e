/// A feed as the three formats share it: metadata plus items, newest first. All URLs are absolute.
public struct Feed: Hashable, Sendable {
    /// One entry of a feed.
    public struct Item: Hashable, Sendable {
        /// Stable across builds and base-URL changes (a `tag:` URI).
        public var id: String
        /// The item's HTML page.
        public var url: String
        public var title: String
        public var published: ContentDate
        public var updated: ContentDate
        public var authors: [String]
        public var tags: [String]
        /// The body as HTML with absolute links; the writers escape it.
        public var contentHTML: String

        public init(
            id: String, url: String, title: String, published: ContentDate, updated: ContentDate,
            authors: [String], tags: [String], contentHTML: String
        ) {
            self.id = id
            self.url = url
            self.title = title
            self.published = published
            self.updated = max(updated, published)
            self.authors = authors
            self.tags = tags
            self.contentHTML = contentHTML
        }
    }

    public var title: String
    public var description: String
    /// The HTML page the feed mirrors.
    public var homePageURL: String
    public var atomURL: String
    public var rssURL: String
    public var jsonURL: String
    /// Used for items without authors, and as the feed's own author.
    public var defaultAuthor: String
    public var language: String
    public var items: [Item]

    public init(
        title: String, description: String, homePageURL: String, atomURL: String, rssURL: String, jsonURL: String,
        defaultAuthor: String, language: String = "en", items: [Item]
    ) {
        self.title = title
        self.description = description
        self.homePageURL = homePageURL
        self.atomURL = atomURL
        self.rssURL = rssURL
        self.jsonURL = jsonURL
        self.defaultAuthor = defaultAuthor
        self.language = language
        self.items = items
    }

    /// The newest item date; an empty feed uses the epoch so the output still never depends on the clock.
    public var updated: ContentDate {
        items.map(\.updated).max() ?? ContentDate(secondsSinceEpoch: 0)
    }
}
