import ParaReadyCore

/// Prepares rendered page HTML for a feed, where a reader shows it away from the site.
enum FeedHTML {
    /// Rewrites every `href="…"` and `src="…"` to an absolute URL resolved against `pageURL`.
    ///
    /// The input is the renderer's own output (double-quoted attributes, `&amp;` for `&`), not arbitrary HTML.
    static func absolutizingLinks(_ html: String, pageURL: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let match = nextAttribute(in: rest) {
            out += rest[..<match.valueStart]
            let value = String(rest[match.valueStart..<match.valueEnd])
            let raw = value.replacingAll("&amp;", with: "&")
            let resolved = SiteURL.resolve(raw, against: pageURL)
            out += resolved == raw ? value : Escaping.html(resolved).replacingAll("&#39;", with: "'")
            rest = rest[match.valueEnd...]
        }
        out += rest
        return out
    }

    private static func nextAttribute(in text: Substring) -> (valueStart: String.Index, valueEnd: String.Index)? {
        var search = text
        while let range = search.firstRange(of: "=\"") {
            let nameEnd = range.lowerBound
            let name = search[..<nameEnd].suffix(4)
            let isLink = name == "href" || (name.hasSuffix("src") && search[..<nameEnd].suffix(4).first == " ")
            let valueStart = range.upperBound
            guard let close = search[valueStart...].firstIndex(of: "\"") else { return nil }
            if isLink && isInsideTag(text, before: nameEnd) { return (valueStart, close) }
            search = search[search.index(after: close)...]
        }
        return nil
    }

    /// True when the last `<` before `index` comes after the last `>`: the position is inside a tag.
    private static func isInsideTag(_ text: Substring, before index: String.Index) -> Bool {
        let head = text[..<index]
        guard let open = head.lastIndex(of: "<") else { return !head.contains(">") }
        guard let close = head.lastIndex(of: ">") else { return true }
        return open > close
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
