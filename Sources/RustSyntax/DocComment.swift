/// Helpers for doc comment tokens.
enum DocComment {
    /// True for `//!` and `/*!` comments, which document the enclosing item.
    static func isInner(_ text: String) -> Bool {
        text.hasPrefix("//!") || text.hasPrefix("/*!")
    }

    /// The comment's text without its markers: `/// Hello` → ` Hello`.
    static func text(of text: String) -> String {
        if text.hasPrefix("///") || text.hasPrefix("//!") { return String(text.dropFirst(3)) }
        if text.hasPrefix("/**") || text.hasPrefix("/*!") {
            var body = text.dropFirst(3)
            if body.hasSuffix("*/") { body = body.dropLast(2) }
            return String(body)
        }
        return text
    }
}
