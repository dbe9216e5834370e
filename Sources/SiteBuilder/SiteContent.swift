import ParaReadyCore

/// Everything loaded from the content folder: configuration and published pages, before rendering.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Published pages (drafts and future pages already left out unless asked for), sorted by `sourcePath`.
    public var pages: [SitePage]
    private var byURL: [String: Int]
    private var bySource: [String: Int]

    public init(config: SiteConfig, pages: [SitePage]) {
        self.config = config
        self.pages = pages.sorted { $0.sourcePath < $1.sourcePath }
        var byURL: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        for (i, page) in self.pages.enumerated() {
            byURL[page.url] = i
            bySource[page.sourcePath] = i
        }
        self.byURL = byURL
        self.bySource = bySource
    }

    /// The page at a URL path (`/guides/x/`).
    public func page(url: String) -> SitePage? {
        byURL[url].map { pages[$0] }
    }

    /// The page loaded from a source path below the content folder (`guides/x.md`).
    public func page(source: String) -> SitePage? {
        bySource[source].map { pages[$0] }
    }

    /// The section names present, sorted.
    public var sections: [String] {
        Array(Set(pages.map(\.section)).filter { !$0.isEmpty }).sorted()
    }

    /// The non-index pages of a section, in listing order (weight, then date newest first, then title, then path).
    public func pages(inSection section: String) -> [SitePage] {
        pages.filter { $0.section == section && !$0.isIndex }.sorted(
            by: PageOrder.comparator(config.section(section).sort))
    }

    /// An absolute URL for a site path (`/updates/atom.xml` → `https://example.org/docs/updates/atom.xml`).
    public func absoluteURL(_ path: String) -> String {
        config.absoluteURL(path)
    }

    /// A root-relative URL for a site path, with the base path (`/updates/` → `/docs/updates/`).
    public func relativeURL(_ path: String) -> String {
        config.relativeURL(path)
    }
}
