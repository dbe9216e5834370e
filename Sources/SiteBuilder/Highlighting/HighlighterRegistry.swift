import Markdown

/// Server-side syntax highlighting for fenced code: picks a tokenizer by the fence's language and writes
/// escaped HTML with `<span class="hl-…">` around recognised tokens.
///
/// Built in: Rust (a small internal tokenizer until the project's RustSyntax lexer is plugged in through
/// `register(_:)`), TOML and shell. Unknown languages are left to the Markdown renderer (plain, escaped).
public struct HighlighterRegistry: CodeHighlighter {
    private var tokenizers: [String: any LanguageTokenizer] = [:]

    /// A registry with the built-in tokenizers.
    public init() {
        register(RustTokenizer())
        register(TOMLTokenizer())
        register(ShellTokenizer())
    }

    /// Adds or replaces the tokenizer for each of its languages.
    public mutating func register(_ tokenizer: any LanguageTokenizer) {
        for language in tokenizer.languages { tokenizers[language] = tokenizer }
    }

    /// The languages with a tokenizer, sorted.
    public var languages: [String] { tokenizers.keys.sorted() }

    public func highlight(code: String, language: String) -> String? {
        guard let tokenizer = tokenizers[language] else { return nil }
        let bytes = Array(code.utf8)
        return Self.render(bytes, spans: tokenizer.spans(in: bytes))
    }

    private static let openTags: [TokenKind: [UInt8]] = Dictionary(
        uniqueKeysWithValues: TokenKind.allCases.map { ($0, Array("<span class=\"hl-\($0.rawValue)\">".utf8)) })
    private static let closeTag = Array("</span>".utf8)

    /// Escaped HTML of `bytes` with the spans wrapped; overlapping or out-of-range spans are skipped.
    static func render(_ bytes: [UInt8], spans: [HighlightSpan]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + spans.count * 24)
        var position = 0
        for span in spans where span.start >= position && span.end > span.start && span.end <= bytes.count {
            HTMLBytes.appendEscaped(bytes[position..<span.start], to: &out)
            out.append(contentsOf: Self.openTags[span.kind]!)
            HTMLBytes.appendEscaped(bytes[span.start..<span.end], to: &out)
            out.append(contentsOf: Self.closeTag)
            position = span.end
        }
        HTMLBytes.appendEscaped(bytes[position...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
