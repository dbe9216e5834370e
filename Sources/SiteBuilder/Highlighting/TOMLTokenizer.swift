/// Highlights TOML: comments, table headers, keys, strings (basic, literal, multi-line), numbers, dates, booleans.
struct TOMLTokenizer: LanguageTokenizer {
    var languages: [String] { ["toml"] }

    func spans(in s: [UInt8]) -> [HighlightSpan] {
        var out: [HighlightSpan] = []
        var i = 0
        var atLineStart = true
        var depth = 0  // inside [ ] or { } of a value
        func add(_ kind: TokenKind, _ start: Int, _ end: Int) {
            out.append(HighlightSpan(kind: kind, start: start, end: end))
        }
        while i < s.count {
            let b = s[i]
            if b == 0x0A {
                if depth == 0 { atLineStart = true }
                i += 1
            } else if b == 0x20 || b == 0x09 || b == 0x0D {
                i += 1
            } else if b == 0x23 {
                let end = ByteClass.lineEnd(s, from: i)
                add(.comment, i, end)
                i = end
            } else if atLineStart && b == 0x5B {
                // [table] or [[array.of.tables]], up to the closing bracket on the line
                var j = i
                let lineEnd = ByteClass.lineEnd(s, from: i)
                while j < lineEnd && s[j] != 0x5D { j += 1 }
                while j < lineEnd && s[j] == 0x5D { j += 1 }
                add(.type, i, j)
                i = j
                atLineStart = false
            } else if atLineStart {
                // a key (bare, dotted or quoted) up to '='
                let lineEnd = ByteClass.lineEnd(s, from: i)
                var j = i
                while j < lineEnd && s[j] != 0x3D {
                    if s[j] == 0x22 || s[j] == 0x27 {
                        j = ByteClass.quoted(s, from: j, quote: s[j], escapes: s[j] == 0x22)
                        continue
                    }
                    j += 1
                }
                var keyEnd = min(j, lineEnd)
                while keyEnd > i && (s[keyEnd - 1] == 0x20 || s[keyEnd - 1] == 0x09) { keyEnd -= 1 }
                if keyEnd > i { add(.property, i, keyEnd) }
                if j < lineEnd {
                    add(.punct, j, j + 1)
                    i = j + 1
                } else {
                    i = lineEnd
                }
                atLineStart = false
            } else if b == 0x22 || b == 0x27 {
                let triple = i + 2 < s.count && s[i + 1] == b && s[i + 2] == b
                var end: Int
                if triple {
                    end = s.count
                    var j = i + 3
                    while j + 2 < s.count {
                        if b == 0x22 && s[j] == 0x5C {
                            j += 2
                            continue
                        }
                        if s[j] == b && s[j + 1] == b && s[j + 2] == b {
                            end = j + 3
                            while end < s.count && s[end] == b { end += 1 }
                            break
                        }
                        j += 1
                    }
                } else {
                    end = ByteClass.quoted(s, from: i, quote: b, escapes: b == 0x22)
                }
                add(.string, i, end)
                i = end
            } else if b == 0x5B || b == 0x7B {
                depth += 1
                add(.punct, i, i + 1)
                i += 1
            } else if b == 0x5D || b == 0x7D {
                depth = max(0, depth - 1)
                add(.punct, i, i + 1)
                i += 1
            } else if b == 0x2C || b == 0x3D || b == 0x2E {
                add(.punct, i, i + 1)
                i += 1
                // a key inside an inline table: { name = "x" }
                if depth > 0 && (b == 0x2C || b == 0x7B) { i = inlineKey(s, i, &out) }
            } else {
                var j = i
                while j < s.count && !ByteClass.isSpace(s[j]) && s[j] != 0x2C && s[j] != 0x5D && s[j] != 0x7D
                    && s[j] != 0x23
                {
                    j += 1
                }
                let word = String(decoding: s[i..<j], as: UTF8.self)
                if word == "true" || word == "false" {
                    add(.keyword, i, j)
                } else if let first = word.utf8.first,
                    ByteClass.isDigit(first) || first == 0x2B || first == 0x2D || word == "inf" || word == "nan"
                {
                    add(.number, i, j)
                } else if depth > 0 {
                    i = inlineKey(s, i, &out)
                    continue
                }
                i = max(j, i + 1)
            }
        }
        return out
    }

    /// Marks `key =` inside an inline table; returns where to continue.
    private func inlineKey(_ s: [UInt8], _ start: Int, _ out: inout [HighlightSpan]) -> Int {
        var i = start
        while i < s.count && (s[i] == 0x20 || s[i] == 0x09) { i += 1 }
        var j = i
        while j < s.count && (ByteClass.isIdent(s[j]) || s[j] == 0x2D || s[j] == 0x2E) { j += 1 }
        var k = j
        while k < s.count && (s[k] == 0x20 || s[k] == 0x09) { k += 1 }
        guard j > i, k < s.count, s[k] == 0x3D else { return max(i, start) }
        out.append(HighlightSpan(kind: .property, start: i, end: j))
        out.append(HighlightSpan(kind: .punct, start: k, end: k + 1))
        return k + 1
    }
}
