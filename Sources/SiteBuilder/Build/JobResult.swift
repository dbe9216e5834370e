/// What rendering one page leaves behind for the rest of the build (the HTML itself is written at once).
struct JobResult: Sendable {
    var url: String
    var outputPath: String
    /// Heading ids (and other element ids of generated HTML), for anchor checks; nil when not checkable.
    var anchors: Set<String>?
    var links: [PendingLink]
    var search: SearchEntry?
    var sitemap: SitemapEntry?
    /// The body HTML, kept only for pages a plugin asked for.
    var contentHTML: String?
}

/// One page in the search index.
struct SearchEntry: Sendable, Hashable {
    var url: String
    var title: String
    var section: String
    var headings: [(text: String, id: String)]
    var text: String

    static func == (a: SearchEntry, b: SearchEntry) -> Bool {
        a.url == b.url && a.title == b.title && a.section == b.section && a.text == b.text
            && a.headings.map(\.text) == b.headings.map(\.text) && a.headings.map(\.id) == b.headings.map(\.id)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(url)
        hasher.combine(title)
    }
}

/// One page in the sitemap.
struct SitemapEntry: Sendable, Hashable {
    var url: String
    var lastModified: SiteDate?
}
