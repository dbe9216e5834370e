/// A GitHub Flavored Markdown syntax extension of cmark-gfm.
public enum MarkdownExtension: String, Sendable, Hashable, CaseIterable, Comparable {
    case table
    case tasklist
    case strikethrough
    case autolink
    case tagfilter

    /// Every GFM extension: what documents get unless the caller asks for fewer.
    public static let all: Set<MarkdownExtension> = Set(allCases)

    public static func < (lhs: MarkdownExtension, rhs: MarkdownExtension) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
