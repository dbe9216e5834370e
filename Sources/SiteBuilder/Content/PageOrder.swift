/// The orders pages are listed in, total and deterministic.
enum PageOrder {
    /// Weight ascending (pages without a weight last), then date newest first, then title, then source path.
    static func listing(_ a: SitePage, _ b: SitePage) -> Bool {
        let wa = a.frontMatter.weight ?? Int.max
        let wb = b.frontMatter.weight ?? Int.max
        if wa != wb { return wa < wb }
        return byDate(a, b)
    }

    /// Date newest first (undated last), then title, then source path.
    static func byDate(_ a: SitePage, _ b: SitePage) -> Bool {
        switch (a.frontMatter.date, b.frontMatter.date) {
        case (let da?, let db?) where da.epochSeconds != db.epochSeconds: return da.epochSeconds > db.epochSeconds
        case (.some, .none): return true
        case (.none, .some): return false
        default: return byTitle(a, b)
        }
    }

    /// Title (case-insensitive), then source path.
    static func byTitle(_ a: SitePage, _ b: SitePage) -> Bool {
        let ta = a.frontMatter.title.lowercased()
        let tb = b.frontMatter.title.lowercased()
        if ta != tb { return ta < tb }
        return a.sourcePath < b.sourcePath
    }

    /// The comparator a section's `sort` setting names.
    static func comparator(_ sort: String) -> (SitePage, SitePage) -> Bool {
        switch sort {
        case "date": return byDate
        case "title": return byTitle
        default: return listing
        }
    }
}
