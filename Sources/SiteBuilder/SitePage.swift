import ParaReadyCore

/// One Markdown page of the site, loaded and placed: front matter, body and URL.
public struct SitePage: Sendable, Hashable {
    /// Path below the content folder, `/`-separated (`guides/phase-1-runtime.md`).
    public var sourcePath: String
    /// How errors name the file (the path as the user gave it: `content/guides/phase-1-runtime.md`).
    public var displayPath: String
    /// The first folder of `sourcePath` (`guides`), empty for pages at the content root.
    public var section: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// The file line on which `body` starts (for link positions).
    public var bodyLine: Int
    /// The URL path below the site root, with leading and trailing slash (`/guides/phase-1-runtime/`).
    public var url: String
    /// True for `_index.md` (a section's or the home page's own text).
    public var isIndex: Bool

    public init(
        sourcePath: String, displayPath: String, section: String, frontMatter: FrontMatter, body: String,
        bodyLine: Int, url: String, isIndex: Bool
    ) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.section = section
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
        self.url = url
        self.isIndex = isIndex
    }

    /// The output file below the output root (`guides/phase-1-runtime/index.html`).
    public var outputPath: String {
        String(url.dropFirst()) + "index.html"
    }

    /// The title, or the file name when the front matter has none.
    public var title: String { frontMatter.title }

    /// A front matter value by key: the typed keys first, then `extra`.
    public subscript(key: String) -> SiteValue? {
        frontMatter.extra[key]
    }
}
