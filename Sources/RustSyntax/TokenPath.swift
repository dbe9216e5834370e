/// Reading paths out of token sequences and finding token sequences in token streams.
public enum TokenPath {
    /// True when `tokens` are exactly the unit type `()`, which implements `Get<T>` for every `T: Default`.
    public static func isUnit(_ tokens: [Token]) -> Bool {
        tokens.count == 2 && tokens[0].isPunct("(") && tokens[1].isPunct(")")
    }

    /// The path segments of a type or path, generic arguments and leading `&`, `dyn`, `impl`, lifetimes and
    /// `mut` skipped: `cumulus_pallet_aura_ext::FixedVelocityConsensusHook<Runtime, 6000, 1, 3>` →
    /// `["cumulus_pallet_aura_ext", "FixedVelocityConsensusHook"]`.
    public static func segments(_ tokens: some Collection<Token>) -> [String] {
        var segments: [String] = []
        var depth = 0
        var started = false
        for token in tokens {
            if token.isPunct("<") {
                depth += 1
                continue
            }
            if token.isPunct("<<") {
                depth += 2
                continue
            }
            if token.isPunct(">") {
                depth = max(0, depth - 1)
                continue
            }
            if depth > 0 { continue }
            if token.isIdentifier {
                let word = token.name
                if !started && (word == "dyn" || word == "impl" || word == "mut") && token.kind == .ident {
                    continue
                }
                segments.append(word)
                started = true
            } else if token.isPunct("::") {
                continue
            } else if !started && (token.isPunct("&") || token.isPunct("&&") || token.kind == .lifetime) {
                continue
            } else {
                break
            }
        }
        return segments
    }

    /// `text.hasSuffix(suffix)`, comparing bytes when both are ASCII (the impl and trait queries ask this of every
    /// impl block of a runtime, and the general comparison, which is about characters, cost more than the query).
    static func endsWith(_ text: String, _ suffix: String) -> Bool {
        let bytes = text.utf8
        let tail = suffix.utf8
        // Different last bytes settle most calls; for ASCII that is the answer, otherwise it proves nothing.
        if let end = bytes.last, let tailEnd = tail.last, end != tailEnd, end < 0x80, tailEnd < 0x80 { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) && tail.allSatisfy({ $0 < 0x80 }) {
            return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
        }
        return text.hasSuffix(suffix)
    }

    /// The `::`-separated segments of `pattern` without surrounding spaces, empty ones dropped. ASCII patterns
    /// (all of the tool's own) are split by bytes: the general split by a string separator was most of the
    /// trait queries' time.
    static func pathSegments(_ pattern: String) -> [String] {
        let bytes = Array(pattern.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            return pattern.split(separator: "::", omittingEmptySubsequences: true).map { String($0).trimmedSpaces() }
        }
        var segments: [String] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper && bytes[lower] == 0x20 { lower += 1 }
            while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
            if end > start { segments.append(String(decoding: bytes[lower..<upper], as: UTF8.self)) }
        }
        while index + 1 < bytes.count {
            if bytes[index] == 0x3A && bytes[index + 1] == 0x3A {
                close(index)
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        close(bytes.count)
        return segments
    }

    /// True when `segments` ends with the `::`-separated segments of `pattern`.
    public static func hasSuffix(_ segments: [String], _ pattern: String) -> Bool {
        // Most candidates differ in the last segment: reject those without splitting the pattern.
        guard let last = segments.last else { return false }
        if let end = pattern.utf8.last,
            end == UInt8(ascii: "_") || (end | 0x20 >= UInt8(ascii: "a") && end | 0x20 <= UInt8(ascii: "z"))
                || (end >= UInt8(ascii: "0") && end <= UInt8(ascii: "9")), !endsWith(pattern, last)
        {
            return false
        }
        let wanted = pathSegments(pattern)
        guard !wanted.isEmpty, wanted.count <= segments.count else { return false }
        return Array(segments.suffix(wanted.count)) == wanted
    }

    /// The identifier names in `pattern` (`"lookahead::run"` → `["lookahead", "run"]`): every occurrence of the
    /// pattern has them all.
    public static func identifiers(in pattern: String) -> [String] {
        Lexer.tokenize(pattern).filter(\.isIdentifier).map(\.name)
    }

    /// Every place where the tokens of `pattern` (lexed with ``Lexer``) appear consecutively in `tokens`, as
    /// index ranges. `>` tokens in the pattern match `>` tokens in the stream one for one.
    public static func occurrences(of pattern: String, in tokens: [Token]) -> [Range<Int>] {
        let needle = Lexer.tokenize(pattern).map { (kind: $0.kind, name: $0.name) }
        guard !needle.isEmpty, needle.count <= tokens.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= tokens.count {
            var matched = true
            for (offset, wanted) in needle.enumerated() {
                let token = tokens[start + offset]
                let sameKind =
                    token.kind == wanted.kind
                    || (token.isIdentifier && (wanted.kind == .ident || wanted.kind == .rawIdent))
                if !sameKind || token.name != wanted.name {
                    matched = false
                    break
                }
            }
            if matched { found.append(start..<(start + needle.count)) }
            start += 1
        }
        return found
    }

    /// The tokens as text, with one space wherever the source had whitespace or a comment between them.
    public static func text(_ tokens: some Collection<Token>) -> String {
        var out = ""
        var previous: Token?
        for token in tokens {
            if let previous, !previous.isJoined(to: token) { out += " " }
            out += token.text
            previous = token
        }
        return out
    }
}

extension Array where Element == Token {
    /// True when the token sequence of `pattern` (`"lookahead::run"`) occurs in the array.
    public func contains(path pattern: String) -> Bool {
        !TokenPath.occurrences(of: pattern, in: self).isEmpty
    }
}

extension String {
    func trimmedSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
