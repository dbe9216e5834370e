/// One output page to render: what it is and where it goes.
enum RenderJob: Sendable {
    /// A Markdown page (including a nested folder's `_index.md`).
    case page(SitePage)
    /// A section's index (its `_index.md`, if any, gives title and text).
    case section(name: String, index: SitePage?)
    /// The home page (`content/_index.md`, if any).
    case home(index: SitePage?)
    /// All tags.
    case tags
    /// One tag's page.
    case tag(TagGroup)
    /// A plugin's page.
    case generated(GeneratedPage, plugin: String)
    /// A redirect from an alias to a page.
    case alias(from: String, to: SitePage)
    case notFound

    /// The site path the job renders (`/guides/x/`; `/404.html` for the not-found page).
    var url: String {
        switch self {
        case .page(let page): return page.url
        case .section(let name, let index): return index?.url ?? "/\(name)/"
        case .home: return "/"
        case .tags: return "/tags/"
        case .tag(let group): return "/tags/\(group.slug)/"
        case .generated(let page, _): return page.path
        case .alias(let from, _): return from
        case .notFound: return "/404.html"
        }
    }

    /// The file below the output root.
    var outputPath: String {
        if case .notFound = self { return "404.html" }
        return String(url.dropFirst()) + "index.html"
    }

    /// The Markdown source of the job's body, if it has one.
    var sourcePage: SitePage? {
        switch self {
        case .page(let page): return page
        case .section(_, let index), .home(let index): return index
        default: return nil
        }
    }
}

/// The pages carrying one tag (all spellings whose slug is the same are one tag).
struct TagGroup: Sendable {
    var name: String
    var slug: String
    var pages: [SitePage]
}
