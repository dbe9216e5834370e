/// Highlights POSIX shell and console transcripts: comments, strings, variables, keywords, options, prompts.
struct ShellTokenizer: LanguageTokenizer {
    var languages: [String] { ["sh", "bash", "shell", "console", "zsh", "shell-session"] }

    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in", "function",
        "return", "export", "local", "set", "unset", "readonly", "exit", "source", "cd", "echo", "sudo",
    ]

    func spans(in s: [UInt8]) -> [HighlightSpan] {
        var out: [HighlightSpan] = []
        var i = 0
        var wordStart = true
        var lineStart = true
        func add(_ kind: TokenKind, _ start: Int, _ end: Int) {
            out.append(HighlightSpan(kind: kind, start: start, end: end))
        }
        while i < s.count {
            let b = s[i]
            if b == 0x0A {
                i += 1
                wordStart = true
                lineStart = true
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0D {
                i += 1
                wordStart = true
                continue
            }
            if lineStart && (b == 0x24 || b == 0x23) && i + 1 < s.count && s[i + 1] == 0x20 && b == 0x24 {
                add(.punct, i, i + 1)  // a "$ " prompt
                i += 2
                lineStart = false
                wordStart = true
                continue
            }
            lineStart = false
            if b == 0x23 && wordStart {
                let end = ByteClass.lineEnd(s, from: i)
                add(.comment, i, end)
                i = end
            } else if b == 0x27 {
                let end = ByteClass.quoted(s, from: i, quote: 0x27, escapes: false)
                add(.string, i, end)
                i = end
                wordStart = false
            } else if b == 0x22 {
                let end = ByteClass.quoted(s, from: i, quote: 0x22, escapes: true)
                add(.string, i, end)
                i = end
                wordStart = false
            } else if b == 0x24 {
                var j = i + 1
                if j < s.count && s[j] == 0x7B {
                    while j < s.count && s[j] != 0x7D && s[j] != 0x0A { j += 1 }
                    j = min(j + 1, s.count)
                } else if j < s.count && (ByteClass.isIdent(s[j]) || s[j] == 0x3F || s[j] == 0x40 || s[j] == 0x23) {
                    if ByteClass.isIdent(s[j]) {
                        while j < s.count && ByteClass.isIdent(s[j]) { j += 1 }
                    } else {
                        j += 1
                    }
                }
                if j > i + 1 { add(.variable, i, j) } else { add(.punct, i, i + 1) }
                i = max(j, i + 1)
                wordStart = false
            } else if b == 0x7C || b == 0x26 || b == 0x3B || b == 0x3E || b == 0x3C || b == 0x28 || b == 0x29
                || b == 0x5C
            {
                add(.punct, i, i + 1)
                i += 1
                wordStart = true
            } else {
                var j = i
                while j < s.count && !ByteClass.isSpace(s[j]) && s[j] != 0x7C && s[j] != 0x26 && s[j] != 0x3B
                    && s[j] != 0x3E && s[j] != 0x3C && s[j] != 0x28 && s[j] != 0x29 && s[j] != 0x22 && s[j] != 0x27
                    && s[j] != 0x24
                {
                    j += 1
                }
                let word = String(decoding: s[i..<j], as: UTF8.self)
                if wordStart && Self.keywords.contains(word) {
                    add(.keyword, i, j)
                } else if wordStart && b == 0x2D && j > i + 1 {
                    add(.property, i, j)
                } else if wordStart && word.utf8.allSatisfy(ByteClass.isDigit) {
                    add(.number, i, j)
                }
                i = max(j, i + 1)
                wordStart = false
            }
        }
        return out
    }
}
