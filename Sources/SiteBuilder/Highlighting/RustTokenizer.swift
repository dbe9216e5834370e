/// A small Rust tokenizer for highlighting: keywords, types, macros, attributes, lifetimes, literals, comments.
///
/// A stand-in until the project's RustSyntax lexer is registered for `rust`; it never fails, whatever the input.
struct RustTokenizer: LanguageTokenizer {
    var languages: [String] { ["rust", "rs"] }

    static let keywords: Set<String> = [
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
        "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "union",
    ]

    /// Keywords by length, as bytes, so that checking an identifier allocates nothing.
    static let keywordBytes: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 9)
        for keyword in keywords { table[keyword.utf8.count].append(Array(keyword.utf8)) }
        return table
    }()

    static func isKeyword(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count < keywordBytes.count else { return false }
        return keywordBytes[word.count].contains { $0.elementsEqual(word) }
    }

    func spans(in s: [UInt8]) -> [HighlightSpan] {
        var out: [HighlightSpan] = []
        var i = 0
        func add(_ kind: TokenKind, _ start: Int, _ end: Int) {
            if let last = out.last, last.kind == kind, last.end == start, kind == .punct {
                out[out.count - 1].end = end
            } else {
                out.append(HighlightSpan(kind: kind, start: start, end: end))
            }
        }
        while i < s.count {
            let b = s[i]
            let next: UInt8 = i + 1 < s.count ? s[i + 1] : 0
            if ByteClass.isSpace(b) {
                i += 1
            } else if b == 0x2F && next == 0x2F {  // line comment
                let end = ByteClass.lineEnd(s, from: i)
                add(.comment, i, end)
                i = end
            } else if b == 0x2F && next == 0x2A {  // nested block comment
                var depth = 0
                var j = i
                while j < s.count {
                    if s[j] == 0x2F && j + 1 < s.count && s[j + 1] == 0x2A {
                        depth += 1
                        j += 2
                    } else if s[j] == 0x2A && j + 1 < s.count && s[j + 1] == 0x2F {
                        depth -= 1
                        j += 2
                        if depth == 0 { break }
                    } else {
                        j += 1
                    }
                }
                add(.comment, i, min(j, s.count))
                i = min(j, s.count)
            } else if b == 0x23 && (next == 0x5B || (next == 0x21 && i + 2 < s.count && s[i + 2] == 0x5B)) {
                // #[attr] or #![attr], brackets balanced, strings skipped
                var j = i + (next == 0x21 ? 2 : 1)
                var depth = 0
                while j < s.count {
                    if s[j] == 0x22 {
                        j = ByteClass.quoted(s, from: j, quote: 0x22, escapes: true)
                        continue
                    }
                    if s[j] == 0x5B { depth += 1 }
                    if s[j] == 0x5D {
                        depth -= 1
                        if depth == 0 {
                            j += 1
                            break
                        }
                    }
                    j += 1
                }
                add(.attribute, i, j)
                i = j
            } else if let end = rawString(s, i) {
                add(.string, i, end)
                i = end
            } else if b == 0x22 || (b == 0x62 && next == 0x22) || (b == 0x63 && next == 0x22) {
                let quoteAt = b == 0x22 ? i : i + 1
                let end = ByteClass.quoted(s, from: quoteAt, quote: 0x22, escapes: true)
                add(.string, i, end)
                i = end
            } else if b == 0x27 || (b == 0x62 && next == 0x27) {
                let quoteAt = b == 0x27 ? i : i + 1
                if let end = charLiteral(s, quoteAt) {
                    add(.string, i, end)
                    i = end
                } else if b == 0x27 {
                    // lifetime or label: 'a, 'static
                    var j = i + 1
                    while j < s.count && ByteClass.isIdent(s[j]) { j += 1 }
                    if j > i + 1 { add(.lifetime, i, j) } else { add(.punct, i, i + 1) }
                    i = max(j, i + 1)
                } else {
                    i += 1
                }
            } else if ByteClass.isDigit(b) {
                var j = i + 1
                while j < s.count
                    && (ByteClass.isIdent(s[j]) || (s[j] == 0x2E && j + 1 < s.count && ByteClass.isDigit(s[j + 1])))
                {
                    j += 1
                }
                add(.number, i, j)
                i = j
            } else if ByteClass.isIdentStart(b) {
                var j = i + 1
                while j < s.count && ByteClass.isIdent(s[j]) { j += 1 }
                if j < s.count && s[j] == 0x21 && !(j + 1 < s.count && s[j + 1] == 0x3D) {
                    add(.macro, i, j + 1)
                    i = j + 1
                    continue
                }
                if Self.isKeyword(s[i..<j]) {
                    add(.keyword, i, j)
                } else if ByteClass.isUpper(s[i]) {
                    add(.type, i, j)
                }
                i = j
            } else {
                add(.punct, i, i + 1)
                i += 1
            }
        }
        return out
    }

    /// `r"…"`, `r#"…"#`, `br"…"`, `cr#"…"#`: the end index, or nil when `i` does not start one.
    private func rawString(_ s: [UInt8], _ i: Int) -> Int? {
        var j = i
        if j < s.count && (s[j] == 0x62 || s[j] == 0x63) { j += 1 }
        guard j < s.count, s[j] == 0x72 else { return nil }
        j += 1
        var hashes = 0
        while j < s.count && s[j] == 0x23 {
            hashes += 1
            j += 1
        }
        guard j < s.count, s[j] == 0x22 else { return nil }
        if i > 0 && ByteClass.isIdent(s[i - 1]) { return nil }
        j += 1
        while j < s.count {
            if s[j] == 0x22 {
                var k = j + 1
                var count = 0
                while k < s.count && s[k] == 0x23 && count < hashes {
                    count += 1
                    k += 1
                }
                if count == hashes { return k }
            }
            j += 1
        }
        return s.count
    }

    /// A char literal starting at the quote `q`: `'a'`, `'\n'`, `'\u{1F600}'`, `'é'`; nil for a lifetime.
    private func charLiteral(_ s: [UInt8], _ q: Int) -> Int? {
        var j = q + 1
        guard j < s.count else { return nil }
        if s[j] == 0x5C {
            j += 1
            while j < s.count && s[j] != 0x27 && s[j] != 0x0A && j - q < 12 { j += 1 }
            return j < s.count && s[j] == 0x27 ? j + 1 : nil
        }
        // one UTF-8 scalar, then a closing quote
        let lead = s[j]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        j += length
        return j < s.count && s[j] == 0x27 ? j + 1 : nil
    }
}
