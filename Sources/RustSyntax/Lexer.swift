/// Splits Rust source into ``Token``s in one linear pass over its UTF-8 bytes.
///
/// Whitespace and plain comments are dropped; doc comments are kept. The lexer never throws and never stalls:
/// input it cannot read becomes an ``TokenKind/error`` token (an unterminated string or block comment runs to
/// the end of the input) and lexing goes on after it.
public enum Lexer {
    /// Tokenizes `source`.
    public static func tokenize(_ source: String) -> [Token] {
        // The string's own UTF-8 storage (a copy of the bytes was a whole second buffer per file).
        var source = source
        return source.withUTF8 { buffer in
            var scanner = ByteScanner(bytes: buffer)
            return scanner.run()
        }
    }
}

/// The byte-level state machine behind ``Lexer``.
private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    var tokens: [Token] = []
    /// Position bookkeeping: `line`/`column` are valid for byte offset `syncOffset`.
    var syncOffset = 0
    var line = 1
    var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    var count: Int { bytes.count }

    func byte(_ index: Int) -> UInt8 {
        index < count ? bytes[index] : 0
    }

    mutating func run() -> [Token] {
        skipPreamble()
        while pos < count {
            let start = pos
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                pos += 1
            case UInt8(ascii: "/"):
                if byte(pos + 1) == UInt8(ascii: "/") {
                    lineComment(start)
                } else if byte(pos + 1) == UInt8(ascii: "*") {
                    blockComment(start)
                } else {
                    punct(start)
                }
            case UInt8(ascii: "r"):
                if !rawLiteral(start, prefixLength: 1, kind: .rawString) { identifier(start) }
            case UInt8(ascii: "b"):
                if byte(pos + 1) == UInt8(ascii: "'") {
                    pos += 1
                    quote(start, kind: .byte)
                } else if byte(pos + 1) == UInt8(ascii: "\"") {
                    pos += 1
                    string(start, kind: .byteString)
                } else if byte(pos + 1) == UInt8(ascii: "r"), rawLiteral(start, prefixLength: 2, kind: .rawByteString) {
                    break
                } else {
                    identifier(start)
                }
            case UInt8(ascii: "c"):
                if byte(pos + 1) == UInt8(ascii: "\"") {
                    pos += 1
                    string(start, kind: .cString)
                } else if byte(pos + 1) == UInt8(ascii: "r"), rawLiteral(start, prefixLength: 2, kind: .cString) {
                    break
                } else {
                    identifier(start)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number(start)
            case UInt8(ascii: "'"):
                quote(start, kind: .char)
            case UInt8(ascii: "\""):
                string(start, kind: .string)
            default:
                if isIdentStart(b) {
                    if b >= 0x80, let width = unicodeWhitespaceWidth(at: pos) {
                        pos += width
                    } else {
                        identifier(start)
                    }
                } else if isPunctByte(b) {
                    punct(start)
                } else {
                    pos += 1
                    emit(.error, start)
                }
            }
        }
        return tokens
    }

    // MARK: Emission and positions

    mutating func emit(_ kind: TokenKind, _ start: Int) {
        sync(to: start)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        tokens.append(Token(kind: kind, text: text, line: line, column: column, offset: start))
    }

    /// Advances the line/column bookkeeping to `offset`; every byte is visited once over the whole run.
    mutating func sync(to offset: Int) {
        var index = syncOffset
        while index < offset {
            let b = bytes[index]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        syncOffset = offset
    }

    // MARK: Character classes

    func isIdentStart(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_") || b >= 0x80
    }

    func isIdentContinue(_ b: UInt8) -> Bool {
        isIdentStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    func isPunctByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"),
            UInt8(ascii: "^"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "="),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: ","),
            UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "?"),
            UInt8(ascii: "~"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    /// The byte length of a non-ASCII Rust whitespace character at `index` (U+0085, U+200E, U+200F, U+2028,
    /// U+2029, and a byte-order mark), or nil.
    func unicodeWhitespaceWidth(at index: Int) -> Int? {
        let b0 = byte(index)
        let b1 = byte(index + 1)
        let b2 = byte(index + 2)
        if b0 == 0xC2 && b1 == 0x85 { return 2 }
        if b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || b2 == 0xA8 || b2 == 0xA9) { return 3 }
        if b0 == 0xEF && b1 == 0xBB && b2 == 0xBF { return 3 }
        return nil
    }

    /// The byte length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes).
    func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xFF: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    // MARK: Preamble

    /// Skips a byte-order mark and a shebang line (`#!` not followed by `[`).
    mutating func skipPreamble() {
        if byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF { pos = 3 }
        guard byte(pos) == UInt8(ascii: "#"), byte(pos + 1) == UInt8(ascii: "!") else { return }
        var probe = pos + 2
        while probe < count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        if byte(probe) == UInt8(ascii: "[") { return }
        while pos < count, bytes[pos] != 0x0A { pos += 1 }
    }

    // MARK: Comments

    mutating func lineComment(_ start: Int) {
        let third = byte(start + 2)
        let isDoc = (third == UInt8(ascii: "/") && byte(start + 3) != UInt8(ascii: "/")) || third == UInt8(ascii: "!")
        pos = ByteSearch.index(of: 0x0A, in: bytes, from: start + 2)
        guard isDoc else { return }
        var end = pos
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let saved = pos
        pos = end
        emit(.docComment, start)
        pos = saved
    }

    mutating func blockComment(_ start: Int) {
        let third = byte(start + 2)
        let fourth = byte(start + 3)
        let isDoc =
            (third == UInt8(ascii: "*") && fourth != UInt8(ascii: "*") && fourth != UInt8(ascii: "/"))
            || third == UInt8(ascii: "!")
        pos = start + 2
        var depth = 1
        while pos < count {
            let b = bytes[pos]
            if b == UInt8(ascii: "/") && byte(pos + 1) == UInt8(ascii: "*") {
                depth += 1
                pos += 2
            } else if b == UInt8(ascii: "*") && byte(pos + 1) == UInt8(ascii: "/") {
                depth -= 1
                pos += 2
                if depth == 0 { break }
            } else {
                pos += 1
            }
        }
        if depth > 0 {
            emit(.error, start)
        } else if isDoc {
            emit(.docComment, start)
        }
    }

    // MARK: Identifiers and lifetimes

    mutating func identifier(_ start: Int) {
        pos = start
        while pos < count {
            let b = bytes[pos]
            if b >= 0x80 {
                if unicodeWhitespaceWidth(at: pos) != nil { break }
                pos += scalarWidth(b)
            } else if isIdentContinue(b) {
                pos += 1
            } else {
                break
            }
        }
        pos = min(pos, count)
        emit(.ident, start)
    }

    /// Consumes identifier characters (a literal suffix or the rest of a lifetime) from `pos`.
    mutating func consumeIdentContinue() {
        while pos < count {
            let b = bytes[pos]
            if b >= 0x80 {
                if unicodeWhitespaceWidth(at: pos) != nil { break }
                pos += scalarWidth(b)
            } else if isIdentContinue(b) {
                pos += 1
            } else {
                break
            }
        }
        pos = min(pos, count)
    }

    // MARK: Literals

    /// Raw strings and raw identifiers after a prefix of `prefixLength` bytes (`r`, `br`, `cr`). Returns false
    /// (consuming nothing) when the bytes are not a raw literal, so the caller lexes an identifier.
    mutating func rawLiteral(_ start: Int, prefixLength: Int, kind: TokenKind) -> Bool {
        var index = start + prefixLength
        var hashes = 0
        while byte(index) == UInt8(ascii: "#") {
            hashes += 1
            index += 1
        }
        if byte(index) != UInt8(ascii: "\"") {
            // `r#ident` is a raw identifier; anything else is an ordinary identifier starting with `r`.
            if prefixLength == 1, hashes == 1, isIdentStart(byte(index)), index < count {
                pos = index
                consumeIdentContinue()
                emit(.rawIdent, start)
                return true
            }
            return false
        }
        index += 1
        while index < count {
            if bytes[index] == UInt8(ascii: "\"") {
                var closing = 0
                while closing < hashes && byte(index + 1 + closing) == UInt8(ascii: "#") { closing += 1 }
                if closing == hashes {
                    pos = index + 1 + hashes
                    consumeIdentContinue()
                    emit(kind, start)
                    return true
                }
                index += 1 + closing
            } else {
                index += 1
            }
        }
        pos = count
        emit(.error, start)
        return true
    }

    /// A quoted string starting at `pos` (the opening quote); `start` includes any prefix.
    mutating func string(_ start: Int, kind: TokenKind) {
        pos += 1
        while pos < count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\\") {
                pos += 2
            } else if b == UInt8(ascii: "\"") {
                pos += 1
                consumeIdentContinue()
                emit(kind, start)
                return
            } else {
                pos += 1
            }
        }
        pos = count
        emit(.error, start)
    }

    /// A `'` at `pos`: a character (or byte, when `kind` is `.byte`) literal, a lifetime, or an error.
    mutating func quote(_ start: Int, kind: TokenKind) {
        let open = pos
        let first = byte(open + 1)
        if first == UInt8(ascii: "\\") {
            // Escapes are short (`\n`, `\x7f`, `\u{10FFFF}`): look for the closing quote within a few bytes.
            var index = open + 3
            let limit = min(count, open + 14)
            while index < limit {
                let b = bytes[index]
                if b == UInt8(ascii: "'") {
                    pos = index + 1
                    consumeIdentContinue()
                    emit(kind, start)
                    return
                }
                if b == 0x0A || b == UInt8(ascii: ";") { break }
                index += 1
            }
            pos = min(count, open + 2 + scalarWidth(byte(open + 2)))
            emit(.error, start)
            return
        }
        if open + 1 < count, first != 0x0A {
            let width = scalarWidth(first)
            if byte(open + 1 + width) == UInt8(ascii: "'") && open + 1 + width < count {
                pos = open + 2 + width
                consumeIdentContinue()
                emit(kind, start)
                return
            }
            if kind == .char, isIdentStart(first), unicodeWhitespaceWidth(at: open + 1) == nil {
                pos = open + 1
                consumeIdentContinue()
                emit(.lifetime, start)
                return
            }
        }
        pos = open + 1
        emit(.error, start)
    }

    mutating func number(_ start: Int) {
        pos = start
        var isFloat = false
        let second = byte(start + 1)
        if bytes[start] == UInt8(ascii: "0")
            && (second == UInt8(ascii: "x") || second == UInt8(ascii: "o") || second == UInt8(ascii: "b"))
        {
            let hex = second == UInt8(ascii: "x")
            pos = start + 2
            while pos < count {
                let b = bytes[pos]
                let isHexLetter =
                    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
                    || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
                if isDigit(b) || b == UInt8(ascii: "_") || (hex && isHexLetter) {
                    pos += 1
                } else {
                    break
                }
            }
            consumeIdentContinue()
            emit(.integer, start)
            return
        }
        while pos < count, isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_") { pos += 1 }
        if byte(pos) == UInt8(ascii: "."), pos < count {
            let next = byte(pos + 1)
            if isDigit(next) && pos + 1 < count {
                isFloat = true
                pos += 1
                while pos < count, isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_") { pos += 1 }
            } else if next != UInt8(ascii: ".") && !isIdentStart(next) || pos + 1 >= count {
                // `1.` is a float; `1..2` is a range and `1.max(2)` a method call.
                isFloat = true
                pos += 1
                emit(.float, start)
                return
            }
        }
        if byte(pos) == UInt8(ascii: "e") || byte(pos) == UInt8(ascii: "E"), pos < count {
            var index = pos + 1
            if byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-") { index += 1 }
            while byte(index) == UInt8(ascii: "_") { index += 1 }
            if isDigit(byte(index)) && index < count {
                isFloat = true
                pos = index
                while pos < count, isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_") { pos += 1 }
            }
        }
        let suffixStart = pos
        consumeIdentContinue()
        if pos > suffixStart, bytes[suffixStart] == UInt8(ascii: "f") { isFloat = true }
        emit(isFloat ? .float : .integer, start)
    }

    // MARK: Punctuation

    mutating func punct(_ start: Int) {
        let a = bytes[start]
        let b = byte(start + 1)
        let c = byte(start + 2)
        var length = 1
        func ascii(_ s: Unicode.Scalar) -> UInt8 { UInt8(ascii: s) }
        switch a {
        case ascii(":"):
            if b == ascii(":") { length = 2 }
        case ascii("-"):
            if b == ascii(">") || b == ascii("=") { length = 2 }
        case ascii("="):
            if b == ascii(">") || b == ascii("=") { length = 2 }
        case ascii("!"), ascii("+"), ascii("*"), ascii("/"), ascii("%"), ascii("^"):
            if b == ascii("=") { length = 2 }
        case ascii("&"):
            if b == ascii("&") || b == ascii("=") { length = 2 }
        case ascii("|"):
            if b == ascii("|") || b == ascii("=") { length = 2 }
        case ascii("<"):
            if b == ascii("<") {
                length = c == ascii("=") ? 3 : 2
            } else if b == ascii("=") {
                length = 2
            }
        case ascii("."):
            if b == ascii(".") {
                length = (c == ascii(".") || c == ascii("=")) ? 3 : 2
            }
        default:
            // `>` stays single so generic closers `>>` split naturally; parsers join with `Token.isJoined(to:)`.
            length = 1
        }
        pos = min(start + length, count)
        if pos - start == 1 && a < 0x80 {
            // One-byte punctuation (most of it) takes its text from a table instead of decoding a string.
            sync(to: start)
            tokens.append(
                Token(kind: .punct, text: Self.asciiStrings[Int(a)], line: line, column: column, offset: start))
            return
        }
        emit(.punct, start)
    }

    /// The one-character string of every ASCII byte.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
