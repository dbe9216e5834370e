/// How a Markdown document is parsed and rendered.
public struct MarkdownOptions: Sendable, Hashable {
    /// Raw HTML and unsafe link schemes pass through only when the content is trusted (our own pages).
    public var trusted: Bool
    /// Give every heading a GitHub-style `id`, unique within the document.
    public var headingAnchors: Bool
    /// Render `[^note]` footnotes.
    public var footnotes: Bool
    /// Curly quotes and dashes.
    public var smartPunctuation: Bool
    /// The GFM syntax extensions to parse with (all of them by default).
    public var extensions: Set<MarkdownExtension>

    public init(
        trusted: Bool = false, headingAnchors: Bool = false, footnotes: Bool = true, smartPunctuation: Bool = false,
        extensions: Set<MarkdownExtension> = MarkdownExtension.all
    ) {
        self.trusted = trusted
        self.headingAnchors = headingAnchors
        self.footnotes = footnotes
        self.smartPunctuation = smartPunctuation
        self.extensions = extensions
    }

    /// Untrusted input (imported posts, user text): raw HTML filtered.
    public static let untrusted = MarkdownOptions()
}
