/// Shell-style path patterns: `*` (within a segment), `**` (any number of segments), `?` (one character).
struct Glob: Sendable, Hashable {
    let pattern: String

    init(_ pattern: String) {
        self.pattern = pattern
    }

    func matches(_ path: String) -> Bool {
        Self.match(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ pi: Int, _ s: [Unicode.Scalar], _ si: Int) -> Bool {
        var pi = pi
        var si = si
        while pi < p.count {
            let c = p[pi]
            if c == "*" {
                let doubleStar = pi + 1 < p.count && p[pi + 1] == "*"
                var next = pi + (doubleStar ? 2 : 1)
                if doubleStar && next < p.count && p[next] == "/" { next += 1 }
                if next == p.count { return doubleStar || !s[si...].contains("/") }
                var k = si
                while k <= s.count {
                    if match(p, next, s, k) { return true }
                    if k == s.count || (!doubleStar && s[k] == "/") { break }
                    k += 1
                }
                return false
            }
            guard si < s.count else { return false }
            if c == "?" {
                if s[si] == "/" { return false }
            } else if c != s[si] {
                return false
            }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
