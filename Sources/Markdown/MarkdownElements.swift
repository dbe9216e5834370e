/// A heading found in a document.
public struct Heading: Sendable, Hashable {
    public var level: Int
    /// The heading's plain text (inline markup removed).
    public var text: String
    /// The anchor id (GitHub-style slug, unique within the document).
    public var id: String
    public var line: Int
}

/// A link or image destination found in a document.
public struct LinkReference: Sendable, Hashable {
    public var destination: String
    public var title: String
    public var isImage: Bool
    public var line: Int
    public var column: Int
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable, Hashable {
    /// The whole info string (`rust,ignore title="x"`), empty for indented blocks.
    public var info: String
    /// The first word of the info string, lower-cased.
    public var language: String
    public var text: String
    public var line: Int
}

/// One entry of a nested table of contents.
public struct TableOfContentsEntry: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var children: [TableOfContentsEntry]
}

/// Renders the inside of a fenced code block of some language as HTML.
///
/// Returning `nil` leaves the block to the default renderer (escaped text).
public protocol CodeHighlighter: Sendable {
    func highlight(code: String, language: String) -> String?
}
