/// What a plugin adds to a build: pages, data for existing pages, site-wide data, files and `<head>` links.
public struct SiteContribution: Sendable, Equatable {
    /// Extra pages, rendered with the theme like Markdown pages (and link-checked when their body is Markdown).
    public var pages: [GeneratedPage]
    /// Data merged into existing pages' template context, keyed by page URL path (`/checklist/consensus-hook/`);
    /// templates read it as `data.<plugin name>.<key>`.
    public var pageData: [String: [String: SiteValue]]
    /// Data available to every template as `site.data.<plugin name>.<key>`.
    public var siteData: [String: SiteValue]
    /// Files written verbatim (for files that need rendered HTML, use `SitePlugin.finish(_:)`).
    public var files: [SiteFile]
    /// Links added to every page's `<head>` (feeds: `rel="alternate"`).
    public var headLinks: [HeadLink]
    /// Problems that do not stop the build (`site build` prints them on standard error with their position).
    public var warnings: [SiteWarning]

    public init(
        pages: [GeneratedPage] = [], pageData: [String: [String: SiteValue]] = [:], siteData: [String: SiteValue] = [:],
        files: [SiteFile] = [], headLinks: [HeadLink] = [], warnings: [SiteWarning] = []
    ) {
        self.pages = pages
        self.pageData = pageData
        self.siteData = siteData
        self.files = files
        self.headLinks = headLinks
        self.warnings = warnings
    }
}
