import Markdown

/// Writes `search-index.json`: compact arrays, one per page, read by `site/assets/search.js`.
///
/// Format (version 1): `{"v":1,"fields":["url","title","section","headings","text"],"pages":[[…],…]}`. A
/// heading is its text when its anchor is the plain slug of that text (the script computes it), else
/// `[text, id]`. Pages are sorted by URL.
enum SearchIndexWriter {
    static func json(_ entries: [SearchEntry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 512)
        out.append(contentsOf: Array(#"{"v":1,"fields":["url","title","section","headings","text"],"pages":["#.utf8))
        for (n, entry) in entries.sorted(by: { $0.url < $1.url }).enumerated() {
            if n > 0 { out.append(0x2C) }
            out.append(contentsOf: [0x0A, 0x5B])
            JSONText.append(entry.url, to: &out)
            out.append(0x2C)
            JSONText.append(entry.title, to: &out)
            out.append(0x2C)
            JSONText.append(entry.section, to: &out)
            out.append(contentsOf: [0x2C, 0x5B])
            for (k, heading) in entry.headings.enumerated() {
                if k > 0 { out.append(0x2C) }
                if plainSlug(heading.text) == heading.id {
                    JSONText.append(heading.text, to: &out)
                } else {
                    out.append(0x5B)
                    JSONText.append(heading.text, to: &out)
                    out.append(0x2C)
                    JSONText.append(heading.id, to: &out)
                    out.append(0x5D)
                }
            }
            out.append(contentsOf: [0x5D, 0x2C])
            JSONText.append(entry.text, to: &out)
            out.append(0x5D)
        }
        out.append(contentsOf: Array("\n]}\n".utf8))
        return out
    }

    /// `SlugGenerator.slug`, with a fast path for ASCII text (the same rule: letters and digits lower-cased,
    /// `_` and `-` kept, spaces to `-`, everything else dropped).
    static func plainSlug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: out.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D: out.append(byte)
            case 0x20: out.append(0x2D)
            case 0x80...0xFF: return SlugGenerator.slug(text)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
