/// The lexical class of a ``Token``.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An identifier or keyword (`fn`, `Runtime`, `true`).
    case ident
    /// A raw identifier such as `r#type`; ``Token/name`` drops the `r#`.
    case rawIdent
    /// A lifetime or loop label such as `'a` or `'static`.
    case lifetime
    /// An integer literal with its optional suffix: `6_000u64`, `0xFF`, `0b1010`.
    case integer
    /// A floating-point literal: `1.5`, `2e10`, `1f32`.
    case float
    /// A character literal: `'a'`, `'\''`, `'\u{1F600}'`.
    case char
    /// A byte literal: `b'x'`.
    case byte
    /// A string literal: `"text"`.
    case string
    /// A raw string literal: `r"text"`, `r#"text"#`.
    case rawString
    /// A byte string literal: `b"bytes"`.
    case byteString
    /// A raw byte string literal: `br"bytes"`, `br#"bytes"#`.
    case rawByteString
    /// A C string literal, raw or not: `c"text"`, `cr#"text"#`.
    case cString
    /// An operator or delimiter. `>` is always a single token (see ``Token/isJoined(to:)``); `::`, `->`, `=>`,
    /// `<<=`, `..=` and the other compound operators are one token each.
    case punct
    /// A doc comment: outer `///` and `/** */`, inner `//!` and `/*! */`.
    case docComment
    /// Input that is not a token: an unterminated literal or comment, or a character Rust does not use.
    case error
}

/// One lexical token with its position in the source.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line (the same
/// convention as `TextFile`'s encoding errors). `offset` is the UTF-8 byte offset of the token's first byte.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var text: String
    // Positions are stored in 32 bits (a token is 32 bytes instead of 48: large repositories have millions);
    // `TextFile` inputs are far below 4 GiB, and larger values saturate rather than trap.
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.clamped(newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.clamped(newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Self.clamped(newValue) }
    }

    public init(kind: TokenKind, text: String, line: Int, column: Int, offset: Int) {
        self.kind = kind
        self.text = text
        self.storedLine = Self.clamped(line)
        self.storedColumn = Self.clamped(column)
        self.storedOffset = Self.clamped(offset)
    }

    private static func clamped(_ value: Int) -> Int32 {
        Int32(clamping: value)
    }

    /// The UTF-8 byte offset just past the token.
    public var endOffset: Int { offset + text.utf8.count }

    /// The identifier's name: `text` for identifiers, `text` without `r#` for raw identifiers, else `text`.
    public var name: String {
        if kind == .rawIdent, text.hasPrefix("r#") { return String(text.dropFirst(2)) }
        return text
    }

    /// True when this is an identifier (raw or not) spelled `word`.
    public func isIdent(_ word: String) -> Bool {
        (kind == .ident || kind == .rawIdent) && name == word
    }

    /// True when this is a plain identifier (not raw) spelled `keyword`; raw identifiers are never keywords.
    public func isKeyword(_ keyword: String) -> Bool {
        kind == .ident && text == keyword
    }

    /// True when this is the punctuation `symbol`.
    public func isPunct(_ symbol: String) -> Bool {
        kind == .punct && text == symbol
    }

    /// True for identifiers and raw identifiers.
    public var isIdentifier: Bool { kind == .ident || kind == .rawIdent }

    /// True when `next` starts exactly where this token ends (no whitespace or comment between), the test a
    /// parser uses to read `>` `>` as `>>` or `>` `=` as `>=`.
    public func isJoined(to next: Token) -> Bool {
        endOffset == next.offset
    }
}
