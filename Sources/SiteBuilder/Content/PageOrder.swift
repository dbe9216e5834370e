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

    /// What the orders compare, read from each page once and kept column by column: `byTitle` lower-cases both
    /// titles on every comparison, and comparing copies of whole pages (or of per-page key values) spent most of
    /// the sort retaining and releasing their strings. Comparisons here read the columns in place.
    struct Keys {
        var weights: [Int] = []
        var dates: [Int?] = []
        var titles: [String] = []
        var sourcePaths: [String] = []

        init(_ pages: some Sequence<SitePage>) {
            for page in pages {
                weights.append(page.frontMatter.weight ?? Int.max)
                dates.append(page.frontMatter.date?.epochSeconds)
                titles.append(page.frontMatter.title.lowercased())
                sourcePaths.append(page.sourcePath)
            }
        }

        /// `PageOrder.listing` on the pages at `a` and `b`.
        func listing(_ a: Int, _ b: Int) -> Bool {
            if weights[a] != weights[b] { return weights[a] < weights[b] }
            return byDate(a, b)
        }

        /// `PageOrder.byDate` on the pages at `a` and `b`.
        func byDate(_ a: Int, _ b: Int) -> Bool {
            switch (dates[a], dates[b]) {
            case (let da?, let db?) where da != db: return da > db
            case (.some, .none): return true
            case (.none, .some): return false
            default: return byTitle(a, b)
            }
        }

        /// `PageOrder.byTitle` on the pages at `a` and `b`.
        func byTitle(_ a: Int, _ b: Int) -> Bool {
            if titles[a] != titles[b] { return titles[a] < titles[b] }
            return sourcePaths[a] < sourcePaths[b]
        }
    }

    /// `indices` into `pages`, sorted by the order `sort` names (as `comparator(sort)` sorts the pages); stable,
    /// like `sorted(by:)`.
    static func sorted(_ indices: [Int], of pages: [SitePage], by sort: String) -> [Int] {
        let keys = Keys(indices.lazy.map { pages[$0] })
        let positions = Array(indices.indices)
        let ordered: [Int]
        switch sort {
        case "date": ordered = positions.sorted { keys.byDate($0, $1) }
        case "title": ordered = positions.sorted { keys.byTitle($0, $1) }
        default: ordered = positions.sorted { keys.listing($0, $1) }
        }
        return ordered.map { indices[$0] }
    }
}
