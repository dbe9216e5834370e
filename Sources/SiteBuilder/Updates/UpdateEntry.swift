import ParaReadyCore

/// One development update: a dated Markdown file in `content/updates/` with validated front matter.
public struct UpdateEntry: Hashable, Sendable {
    /// The file name without `.md` (`2024-04-23-kusama-activation`): the page slug and the stable feed id part.
    public var slug: String
    /// The path as messages show it.
    public var path: String
    public var title: String
    public var date: ContentDate
    public var updated: ContentDate?
    public var authors: [String]
    /// Normalised (lower case, hyphenated), de-duplicated, in vocabulary order.
    public var tags: [String]
    public var milestones: [Milestone]
    /// Where the update was first published (a forum post), if anywhere.
    public var source: String?
    /// The date is an estimate, not confirmed.
    public var approximate: Bool
    /// The Markdown body after the front matter.
    public var body: String
    /// The file line the body starts on, for messages about the body.
    public var bodyLine: Int

    public init(
        slug: String, path: String, title: String, date: ContentDate, updated: ContentDate? = nil,
        authors: [String] = [], tags: [String] = [], milestones: [Milestone] = [], source: String? = nil,
        approximate: Bool = false, body: String = "", bodyLine: Int = 1
    ) {
        self.slug = slug
        self.path = path
        self.title = title
        self.date = date
        self.updated = updated
        self.authors = authors
        self.tags = tags
        self.milestones = milestones
        self.source = source
        self.approximate = approximate
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The latest content date: `updated` when given, else `date`. Feeds use it; the clock never.
    public var lastModified: ContentDate { max(updated ?? date, date) }

    /// Newest first; ties broken by slug so the order never depends on the file system.
    public static func newestFirst(_ a: UpdateEntry, _ b: UpdateEntry) -> Bool {
        if a.date != b.date { return a.date > b.date }
        return a.slug > b.slug
    }
}
