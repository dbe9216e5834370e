/// Plain text from rendered HTML, for the search index and anchor discovery.
enum SearchText {
    /// The text of `html` (tags removed, common entities decoded, whitespace collapsed), cut to about `limit`
    /// characters at a word boundary. `<pre>` blocks are skipped: code is noise in a search excerpt.
    static func excerpt(_ html: String, limit: Int) -> String {
        guard limit > 0 else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(min(limit * 2, html.utf8.count))
        var pendingSpace = false
        var characters = 0
        var inPre = 0
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if characters >= limit && b & 0xC0 != 0x80 { break }
            if b == 0x3C {  // <
                var j = i + 1
                while j < bytes.count && bytes[j] != 0x3E { j += 1 }
                let tag = bytes[(i + 1)..<min(j, bytes.count)]
                if tag.starts(with: Array("pre".utf8)) { inPre += 1 }
                if tag.starts(with: Array("/pre".utf8)) { inPre = max(0, inPre - 1) }
                if !isInline(tag) { pendingSpace = true }
                i = j + 1
                continue
            }
            if inPre > 0 {
                i += 1
                continue
            }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                pendingSpace = true
                i += 1
                continue
            }
            if pendingSpace && !out.isEmpty {
                out.append(0x20)
                characters += 1
            }
            pendingSpace = false
            if b == 0x26, let (decoded, length) = entity(bytes, i) {
                out.append(contentsOf: decoded)
                characters += 1
                i += length
                continue
            }
            out.append(b)
            if b & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        // Do not end inside a word.
        if i < bytes.count, let space = out.lastIndex(of: 0x20), space > out.count / 2 {
            out.removeSubrange(space...)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let inlineTags: Set<String> = [
        "a", "strong", "em", "code", "span", "del", "s", "b", "i", "mark", "sub", "sup", "kbd", "abbr", "small", "q",
    ]

    /// Whether a tag (its text after `<`) is an inline element, which does not separate words.
    private static func isInline(_ tag: ArraySlice<UInt8>) -> Bool {
        var name = tag.drop { $0 == 0x2F }
        if let end = name.firstIndex(where: { $0 == 0x20 || $0 == 0x2F || $0 == 0x0A }) { name = name[..<end] }
        guard name.count <= 6 else { return false }
        return inlineTags.contains(String(decoding: name, as: UTF8.self))
    }

    private static func entity(_ b: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        let table: [(String, String)] = [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
        ]
        for (name, value) in table
        where b.count - i >= name.utf8.count && b[i..<(i + name.utf8.count)].elementsEqual(name.utf8) {
            return (Array(value.utf8), name.utf8.count)
        }
        return nil
    }

    /// Every `id="…"` value in `html` (for anchors into generated pages).
    static func ids(in html: String) -> Set<String> {
        var out: Set<String> = []
        let bytes = Array(html.utf8)
        let needle = Array(" id=\"".utf8)
        var i = 0
        while i + needle.count < bytes.count {
            if bytes[i] == 0x20 && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                let start = j
                while j < bytes.count && bytes[j] != 0x22 { j += 1 }
                out.insert(String(decoding: bytes[start..<j], as: UTF8.self))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}
