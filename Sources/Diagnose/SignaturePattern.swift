import Foundation

/// One way a signature shows up in a log line: a literal text or a regular expression with a literal anchor.
///
/// Both match ASCII case-insensitively. The anchor is a literal every match must contain; the scanner looks only
/// for anchors and runs the regular expression only on lines that contain its anchor.
public struct SignaturePattern: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text(String)
        case regex(String)
    }

    public var kind: Kind
    /// The literal searched for in the whole log (the text itself for `.text`).
    public var anchor: String
    /// What this variant means, when it differs from the signature's general cause.
    public var note: String?
    /// Overrides the signature's level for this variant.
    public var level: Signature.Level?
    /// Capture group names of a regex, in the order they appear.
    public var captureNames: [String]
    let compiled: CompiledRegex?

    public init(
        _ kind: Kind, anchor: String? = nil, note: String? = nil, level: Signature.Level? = nil
    ) throws(PatternError) {
        self.kind = kind
        self.note = note
        self.level = level
        switch kind {
        case .text(let text):
            guard text.utf8.count >= 4 else { throw PatternError("a text pattern needs at least 4 characters") }
            guard !text.utf8.contains(0x0A), !text.utf8.contains(0x1B) else {
                throw PatternError("a text pattern cannot contain a newline or an escape character")
            }
            self.anchor = anchor ?? text
            self.captureNames = []
            self.compiled = nil
        case .regex(let source):
            let expression: NSRegularExpression
            do {
                expression = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
            } catch {
                throw PatternError("the regular expression does not compile")
            }
            guard let derived = anchor ?? Self.literalAnchor(of: source) else {
                throw PatternError(
                    "no literal of at least 4 characters in the regular expression; give an 'anchor'")
            }
            guard derived.utf8.count >= 4 else { throw PatternError("an anchor needs at least 4 characters") }
            self.anchor = derived
            self.captureNames = Self.captureNames(of: source)
            self.compiled = CompiledRegex(expression: expression)
        }
    }

    /// The source as written in the signature data.
    public var source: String {
        switch kind {
        case .text(let text): text
        case .regex(let source): source
        }
    }

    /// Matches `line` (already free of escape sequences); returns the named captures, or nil when it does not match.
    func match(_ line: String) -> [String: String]? {
        switch kind {
        case .text(let text):
            return Self.containsIgnoringCase(line, text) ? [:] : nil
        case .regex:
            guard let expression = compiled?.expression else { return nil }
            let range = NSRange(line.startIndex..<line.endIndex, in: line)
            guard let result = expression.firstMatch(in: line, options: [], range: range) else { return nil }
            var fields: [String: String] = [:]
            for name in captureNames {
                let captured = result.range(withName: name)
                if captured.location != NSNotFound, let swiftRange = Range(captured, in: line) {
                    fields[name] = String(line[swiftRange])
                }
            }
            return fields
        }
    }

    /// ASCII case-insensitive substring test.
    static func containsIgnoringCase(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8)
        let n = Array(needle.utf8).map(MultiPatternMatcher.fold)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        var i = 0
        while i <= h.count - n.count {
            var j = 0
            while j < n.count && MultiPatternMatcher.fold(h[i + j]) == n[j] { j += 1 }
            if j == n.count { return true }
            i += 1
        }
        return false
    }

    /// The longest run of literal characters in a simple regular expression, or nil when alternation (`|`) makes
    /// any single literal optional or no run has 4 characters.
    static func literalAnchor(of source: String) -> String? {
        var best = ""
        var run: [Character] = []
        var characters = Array(source)
        characters.append("\u{0}")
        var index = 0
        var depth = 0
        func finish() {
            if run.count > best.count { best = String(run) }
            run = []
        }
        while index < characters.count - 1 {
            let character = characters[index]
            let following = characters[index + 1]
            switch character {
            case "\\":
                if following.isLetter || following.isNumber {
                    finish()  // a class such as \d, \s, \w, or a back-reference
                } else {
                    run.append(following)
                }
                index += 2
                continue
            case "|":
                return nil
            case "*", "?", "{":
                if !run.isEmpty { run.removeLast() }  // the quantified character is optional
                finish()
                if character == "{" {
                    while index < characters.count - 1 && characters[index] != "}" { index += 1 }
                }
            case "+":
                finish()
            case "(":
                depth += 1
                finish()
                if following == "?" {  // skip the group's flags or name: (?<name>  (?:  (?i)
                    index += 2
                    if index < characters.count - 1 && characters[index] == "<" {
                        while index < characters.count - 1 && characters[index] != ">" { index += 1 }
                    }
                    index += 1
                    continue
                }
            case ")":
                depth -= 1
                finish()
            case "[":
                finish()
                index += 1
                while index < characters.count - 1 && characters[index] != "]" {
                    if characters[index] == "\\" { index += 1 }
                    index += 1
                }
            case ".", "^", "$":
                finish()
            default:
                run.append(character)
            }
            index += 1
        }
        finish()
        _ = depth
        return best.utf8.count >= 4 ? best : nil
    }

    /// Names of `(?<name>…)` groups, in order.
    static func captureNames(of source: String) -> [String] {
        var names: [String] = []
        var rest = Substring(source)
        while let open = rest.range(of: "(?<") {
            let after = rest[open.upperBound...]
            // (?<= and (?<! are look-behinds, not names.
            guard let first = after.first, first != "=", first != "!", let close = after.firstIndex(of: ">") else {
                rest = after
                continue
            }
            names.append(String(after[..<close]))
            rest = after[close...]
        }
        return names
    }

    public static func == (lhs: SignaturePattern, rhs: SignaturePattern) -> Bool {
        lhs.kind == rhs.kind && lhs.anchor == rhs.anchor && lhs.note == rhs.note && lhs.level == rhs.level
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(anchor)
    }
}

/// Why a pattern could not be built; the catalog parser adds the location.
public struct PatternError: Error, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}

/// A compiled regular expression that can be shared between tasks (it is immutable once built).
struct CompiledRegex: @unchecked Sendable {
    let expression: NSRegularExpression
}
