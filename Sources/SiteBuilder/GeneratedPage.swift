import ParaReadyCore

/// A page a plugin adds to the site: rendered through a theme layout like any Markdown page.
public struct GeneratedPage: Sendable, Equatable {
    /// The body of a generated page.
    public enum Body: Sendable, Hashable {
        /// Markdown rendered like a content page (heading anchors, table of contents, highlighting, link
        /// rewriting and checking). `origin` names where it came from, for error messages.
        case markdown(String, origin: SourceLocation? = nil)
        /// HTML the plugin built itself and vouches for (every value in it must already be escaped).
        case trustedHTML(String)
    }

    /// The page's URL path below the site root, with a trailing slash (`reports/moonbeam/`, `updates/`); the
    /// page is written to `<path>index.html`. Checked like a slug: no `..`, no backslash, no NUL.
    public var path: String
    public var title: String
    /// The template to render with (`report`, `dashboard`, `updates/timeline`); `single` when empty.
    public var layout: String
    public var body: Body
    public var description: String?
    public var date: SiteDate?
    /// The section the page belongs to (for navigation highlighting); no effect on section listings.
    public var section: String
    /// Extra template context, available as `page.params.<key>` and, at the top level, as `<key>`.
    public var context: [String: SiteValue]
    /// Text for the search index (defaults to the Markdown body's text; trusted HTML is not indexed without it).
    public var searchText: String?
    public var inSitemap: Bool
    public var inSearch: Bool

    public init(
        path: String, title: String, layout: String = "single", body: Body, description: String? = nil,
        date: SiteDate? = nil, section: String = "", context: [String: SiteValue] = [:], searchText: String? = nil,
        inSitemap: Bool = true, inSearch: Bool = true
    ) {
        self.path = path
        self.title = title
        self.layout = layout
        self.body = body
        self.description = description
        self.date = date
        self.section = section
        self.context = context
        self.searchText = searchText
        self.inSitemap = inSitemap
        self.inSearch = inSearch
    }
}
