/// Builds the section's feeds: one for all updates and one per tag, each in Atom, RSS and JSON Feed.
public struct UpdateFeeds: Sendable {
    /// A file to write: path relative to the site root, and its text.
    public struct File: Hashable, Sendable {
        public var path: String
        public var text: String
    }

    public var site: SiteURL
    public var routes: UpdateRoutes
    public var siteTitle: String
    /// The authority of entry `tag:` ids; defaults to the base URL's host. Keep it when the site moves.
    public var idAuthority: String
    /// How many of the newest updates each feed carries.
    public var limit: Int

    public init(
        site: SiteURL, routes: UpdateRoutes = UpdateRoutes(), siteTitle: String = "ParaReady",
        idAuthority: String? = nil, limit: Int = 50
    ) {
        self.site = site
        self.routes = routes
        self.siteTitle = siteTitle
        self.idAuthority = idAuthority ?? site.host
        self.limit = max(1, limit)
    }

    /// The stable id of an entry: `tag:<authority>,<date>:updates/<slug>` (RFC 4151).
    public func id(of entry: UpdateEntry) -> String {
        "tag:\(idAuthority),\(entry.date.isoDay):\(routes.section)\(entry.slug)"
    }

    /// All feeds. `html(entry)` returns the entry's rendered body; links in it are made absolute here.
    /// `pagePath(entry)` is the entry's page below the site root (the routes' default when nil).
    public func files(
        for collection: UpdateCollection, html: (UpdateEntry) throws -> String,
        pagePath: ((UpdateEntry) -> String)? = nil
    ) rethrows -> [File] {
        var items: [String: Feed.Item] = [:]
        for entry in collection.entries {
            let url = site.absolute(pagePath?(entry) ?? routes.entry(entry.slug))
            items[entry.slug] = Feed.Item(
                id: id(of: entry), url: url, title: entry.title, published: entry.date, updated: entry.lastModified,
                authors: entry.authors, tags: entry.tags,
                contentHTML: FeedHTML.absolutizingLinks(try html(entry), pageURL: url))
        }
        var files: [File] = []
        let all = feed(
            title: "\(siteTitle) development updates",
            description: "Dated updates on the asynchronous backing rollout.",
            page: routes.index(page: 1), tag: nil,
            items: collection.entries.prefix(limit).map { items[$0.slug]! })
        files += write(all, tag: nil)
        for (tag, _) in collection.tags {
            let label = UpdateVocabulary.label(tag)
            let tagged = feed(
                title: "\(siteTitle) development updates: \(label)",
                description: "Updates on the asynchronous backing rollout tagged \(tag).",
                page: routes.tag(tag), tag: tag,
                items: collection.entries(tagged: tag).prefix(limit).map { items[$0.slug]! })
            files += write(tagged, tag: tag)
        }
        return files
    }

    func feed(title: String, description: String, page: String, tag: String?, items: [Feed.Item]) -> Feed {
        Feed(
            title: title, description: description, homePageURL: site.absolute(page),
            atomURL: site.absolute(routes.atom(tag: tag)), rssURL: site.absolute(routes.rss(tag: tag)),
            jsonURL: site.absolute(routes.jsonFeed(tag: tag)), defaultAuthor: siteTitle, items: items)
    }

    func write(_ feed: Feed, tag: String?) -> [File] {
        [
            File(path: routes.atom(tag: tag), text: FeedWriter.atom(feed)),
            File(path: routes.rss(tag: tag), text: FeedWriter.rss(feed)),
            File(path: routes.jsonFeed(tag: tag), text: FeedWriter.jsonFeed(feed)),
        ]
    }
}
