import ParaReadyCore

/// A `workspace.members` / `exclude` pattern: literal path segments, or segments with `*`, `?` and `[…]`
/// (matching within one path segment), and `**` (any number of directories), as Cargo's glob support reads them.
struct MemberPattern: Sendable {
    let text: String
    let segments: [String]

    init(_ text: String) {
        self.text = text
        self.segments = text.split(byte: UInt8(ascii: "/")).map(String.init).filter {
            $0 != "."
        }
    }

    /// True when any segment has a wildcard.
    var isGlob: Bool { segments.contains { Self.hasWildcard($0) } }

    static func hasWildcard(_ segment: String) -> Bool {
        segment.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Matches one path segment (no `/`) against a pattern segment.
    static func matches(_ pattern: String, _ name: String) -> Bool {
        matches(Array(pattern), 0, Array(name), 0)
    }

    private static func matches(_ pattern: [Character], _ p: Int, _ name: [Character], _ n: Int) -> Bool {
        var p = p
        var n = n
        // Iterative with one backtracking point per `*`, so patterns cannot blow up.
        var starP = -1
        var starN = 0
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = matchClass(pattern, p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            starN += 1
            n = starN
            p = starP + 1
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// `[abc]`, `[a-z]`, `[!x]`: (whether `character` matches, index after `]`), or nil when unterminated.
    private static func matchClass(_ pattern: [Character], _ start: Int, _ character: Character) -> (Bool, Int)? {
        var index = start + 1
        var negated = false
        if index < pattern.count && (pattern[index] == "!" || pattern[index] == "^") {
            negated = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.count && (pattern[index] != "]" || first) {
            first = false
            if index + 2 < pattern.count && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
                if pattern[index] <= character && character <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if pattern[index] == character { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negated, index + 1)
    }
}
