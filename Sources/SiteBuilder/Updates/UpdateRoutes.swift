/// Where the updates section puts its pages and feeds, relative to the site root.
///
/// Pages are directories with an `index.html` so URLs end in `/`. Every path here is also the URL path, so
/// `SiteURL.absolute(path)` gives the public address.
public struct UpdateRoutes: Hashable, Sendable {
    /// The section's directory (`updates/`).
    public var section: String

    public init(section: String = "updates/") {
        self.section = section.hasSuffix("/") ? section : section + "/"
    }

    /// Index page `n` (1-based): `updates/`, `updates/page/2/`, …
    public func index(page: Int) -> String { page <= 1 ? section : "\(section)page/\(page)/" }
    /// One update: `updates/2024-04-23-kusama-activation/`.
    public func entry(_ slug: String) -> String { "\(section)\(slug)/" }
    /// One tag's page: `updates/tags/kusama/`.
    public func tag(_ tag: String) -> String { "\(section)tags/\(tag)/" }
    /// The milestones timeline: `updates/timeline/`.
    public var timeline: String { "\(section)timeline/" }

    /// Feed files for all updates (`tag == nil`) or one tag.
    public func atom(tag: String? = nil) -> String { feedDirectory(tag) + "atom.xml" }
    public func rss(tag: String? = nil) -> String { feedDirectory(tag) + "rss.xml" }
    public func jsonFeed(tag: String? = nil) -> String { feedDirectory(tag) + "feed.json" }

    private func feedDirectory(_ tag: String?) -> String { tag.map { self.tag($0) } ?? section }

    /// The output file of a page path (`updates/` → `updates/index.html`).
    public static func file(forPage path: String) -> String { path + "index.html" }
}
