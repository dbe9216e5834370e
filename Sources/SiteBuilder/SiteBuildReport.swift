/// What a build or check did.
public struct SiteBuildReport: Sendable {
    /// Markdown pages loaded (published ones).
    public var contentPages: Int
    /// HTML pages written (content, lists, tags, generated, aliases, 404).
    public var htmlPages: Int
    /// Every file written, and their total size.
    public var files: Int
    public var bytes: Int
    /// Size of `search-index.json` (0 when search is off).
    public var searchIndexBytes: Int
    /// Links checked.
    public var links: Int
    /// Problems that did not stop the build (plugins' warnings, broken links when `links = "warning"`), each
    /// `file:line:column: warning: message`.
    public var warnings: [String]
    /// The output folder (absolute), empty for `check`.
    public var outputDirectory: String

    public init(
        contentPages: Int = 0, htmlPages: Int = 0, files: Int = 0, bytes: Int = 0, searchIndexBytes: Int = 0,
        links: Int = 0, warnings: [String] = [], outputDirectory: String = ""
    ) {
        self.contentPages = contentPages
        self.htmlPages = htmlPages
        self.files = files
        self.bytes = bytes
        self.searchIndexBytes = searchIndexBytes
        self.links = links
        self.warnings = warnings
        self.outputDirectory = outputDirectory
    }
}
