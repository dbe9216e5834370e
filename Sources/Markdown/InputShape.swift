/// A kind of input on which Debian's cmark-gfm 0.29.0.gfm.6 does more than linear work, and the bound the guard
/// puts on it. docs/markdown-limits.md lists the advisory behind each one and the times measured with and without
/// the guard.
enum InputShape: String, CaseIterable, Sendable {
    case documentSize = "document-size"
    case containerNesting = "container-nesting"
    case emphasisDelimiters = "emphasis-delimiters"
    case strikethroughDelimiters = "strikethrough-delimiters"
    case bracketStack = "bracket-stack"
    case rawHTMLScan = "raw-html-scan"
    case autolinkScan = "autolink-scan"
    case emailAutolinkScan = "email-autolink-scan"
    case tableHeaderRescan = "table-header-rescan"
    case tableRowCells = "table-row-cells"
    case tableColumnLookups = "table-column-lookups"
    case tableAutocompletedCells = "table-autocompleted-cells"
    case referenceAmplification = "reference-amplification"
    case footnoteReferences = "footnote-references"

    /// The largest accepted estimate. Work limits are set so that an input just under them costs cmark-gfm well
    /// under half a second on the 2-core machine they were measured on.
    var limit: Int {
        switch self {
        case .documentSize: 4 * 1024 * 1024
        case .containerNesting: 100
        case .emphasisDelimiters, .strikethroughDelimiters: 250_000_000
        case .bracketStack: 50_000_000
        case .rawHTMLScan: 250_000_000
        case .autolinkScan: 50_000_000
        case .emailAutolinkScan: 100_000_000
        case .tableHeaderRescan: 10_000_000
        case .tableRowCells, .tableColumnLookups: 250_000_000
        case .tableAutocompletedCells: 524_288
        case .referenceAmplification: 32 * 1024 * 1024
        case .footnoteReferences: 20_000
        }
    }

    /// The shape's position in `allCases`, for array storage.
    var ordinal: Int {
        switch self {
        case .documentSize: 0
        case .containerNesting: 1
        case .emphasisDelimiters: 2
        case .strikethroughDelimiters: 3
        case .bracketStack: 4
        case .rawHTMLScan: 5
        case .autolinkScan: 6
        case .emailAutolinkScan: 7
        case .tableHeaderRescan: 8
        case .tableRowCells: 9
        case .tableColumnLookups: 10
        case .tableAutocompletedCells: 11
        case .referenceAmplification: 12
        case .footnoteReferences: 13
        }
    }

    /// Whether the estimate is the largest single value (nesting) rather than a sum over the document.
    var isMaximum: Bool { self == .containerNesting }

    /// What the estimate counts, for the error message.
    var unit: String {
        switch self {
        case .documentSize: "bytes"
        case .containerNesting: "nested block quotes and list items on one line"
        case .emphasisDelimiters, .strikethroughDelimiters: "delimiter-stack steps"
        case .bracketStack: "bracket-stack steps"
        case .rawHTMLScan: "bytes scanned for the end of raw HTML"
        case .autolinkScan: "bytes scanned for the end of autolinks"
        case .emailAutolinkScan: "bytes scanned for e-mail autolinks"
        case .tableHeaderRescan: "bytes re-scanned for a table header"
        case .tableRowCells: "cell-list steps"
        case .tableColumnLookups: "column-lookup steps"
        case .tableAutocompletedCells: "empty cells added to short table rows"
        case .referenceAmplification: "bytes of link destinations and titles copied into references"
        case .footnoteReferences: "footnote references"
        }
    }

    /// The input that drives the estimate, in a few words.
    var summary: String {
        switch self {
        case .documentSize: "the document is too large"
        case .containerNesting: "block quotes and list items are nested too deeply"
        case .emphasisDelimiters: "a paragraph has too many * or _ runs"
        case .strikethroughDelimiters: "a paragraph has too many ~ runs"
        case .bracketStack: "a paragraph has too many [ or ![ left open before links"
        case .rawHTMLScan: "a paragraph has too many unterminated <? <! <![CDATA[ or <!-- openers"
        case .autolinkScan: "long words hold too many www. or http:// autolinks, or too many closing parentheses"
        case .emailAutolinkScan: "long runs hold too many @ signs"
        case .tableHeaderRescan: "a long paragraph is followed by many table-delimiter-like lines"
        case .tableRowCells: "table rows have too many cells"
        case .tableColumnLookups: "a table has too many columns for its number of rows"
        case .tableAutocompletedCells: "table rows are much shorter than the header"
        case .referenceAmplification: "long link reference definitions are used too often"
        case .footnoteReferences: "there are too many footnote references"
        }
    }
}
