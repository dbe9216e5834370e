/// The site after rendering, as `SitePlugin.finish(_:)` sees it.
public struct RenderedSite: Sendable {
    /// What was loaded (the same value `contribute(to:)` saw).
    public var content: SiteContent
    /// The rendered pages the plugin asked for through `wantsRenderedHTML(of:)`, in `content.pages` order.
    public var pages: [RenderedPage]

    public init(content: SiteContent, pages: [RenderedPage]) {
        self.content = content
        self.pages = pages
    }
}

/// One rendered content page: its model and its body HTML (links rewritten, without the theme around it).
public struct RenderedPage: Sendable {
    public var page: SitePage
    /// The body as HTML with site-absolute links (base path included), ready for a feed's `content`.
    public var contentHTML: String

    public init(page: SitePage, contentHTML: String) {
        self.page = page
        self.contentHTML = contentHTML
    }
}
