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

    public init(
        trusted: Bool = false, headingAnchors: Bool = false, footnotes: Bool = true, smartPunctuation: Bool = false
    ) {
        self.trusted = trusted
        self.headingAnchors = headingAnchors
        self.footnotes = footnotes
        self.smartPunctuation = smartPunctuation
    }

    /// Untrusted input (imported posts, user text): raw HTML filtered.
    public static let untrusted = MarkdownOptions()
}
