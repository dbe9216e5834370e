/// The kinds of token a highlighter marks; each becomes the CSS class `hl-<rawValue>`.
public enum TokenKind: String, Sendable, CaseIterable {
    case keyword
    case string
    case number
    case comment
    case type
    case macro
    case attribute
    case lifetime
    case punct
    /// A TOML key or a shell option name.
    case property
    /// A shell variable (`$HOME`, `${X}`).
    case variable
}

/// A run of source text (UTF-8 byte offsets into the code) with the kind it was recognised as.
public struct HighlightSpan: Sendable, Hashable {
    public var kind: TokenKind
    /// Byte offsets into the code's UTF-8, half-open.
    public var start: Int
    public var end: Int

    public init(kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// Tokenises one language for highlighting: the minimal interface a lexer has to offer.
///
/// Spans must be in order and must not overlap; text outside every span is written plain (escaped).
public protocol LanguageTokenizer: Sendable {
    /// Fence names this tokenizer handles (`rust`, `rs`).
    var languages: [String] { get }
    func spans(in code: [UInt8]) -> [HighlightSpan]
}
