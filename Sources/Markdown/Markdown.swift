import ParaReadyCore

/// One-call rendering for the common case.
public enum Markdown {
    /// A rendered document: HTML body plus its table of contents.
    public struct Rendered: Sendable, Hashable {
        public var html: String
        public var tableOfContents: [TableOfContentsEntry]
        public var headings: [Heading]

        /// The table of contents as nested `<ul>` HTML (empty string when the document has no headings).
        public var tableOfContentsHTML: String { TableOfContentsBuilder.html(tableOfContents) }
    }

    /// Parses and renders `source` in one step; `sourceName` is the file errors name.
    public static func render(
        _ source: String, options: MarkdownOptions = .untrusted,
        highlighter: (any CodeHighlighter)? = nil, sourceName: String = MarkdownDocument.anonymousSource
    ) throws(ParaReadyError) -> Rendered {
        let document = try MarkdownDocument(source, options: options, sourceName: sourceName)
        let headings = document.headings
        let toc = TableOfContentsBuilder.build(headings)
        let html = document.renderHTML(highlighter: highlighter)
        return Rendered(html: html, tableOfContents: toc, headings: headings)
    }
}
