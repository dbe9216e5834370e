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

    /// What the orders compare, read from a page once: `byTitle` lower-cases both titles on every comparison,
    /// which made sorting 10,000 pages cost more than building the lists from them.
    struct Key {
        var weight: Int
        var date: Int?
        var title: String
        var sourcePath: String

        init(_ page: SitePage) {
            weight = page.frontMatter.weight ?? Int.max
            date = page.frontMatter.date?.epochSeconds
            title = page.frontMatter.title.lowercased()
            sourcePath = page.sourcePath
        }

        /// `PageOrder.listing` on keys.
        static func listing(_ a: Key, _ b: Key) -> Bool {
            if a.weight != b.weight { return a.weight < b.weight }
            return byDate(a, b)
        }

        /// `PageOrder.byDate` on keys.
        static func byDate(_ a: Key, _ b: Key) -> Bool {
            switch (a.date, b.date) {
            case (let da?, let db?) where da != db: return da > db
            case (.some, .none): return true
            case (.none, .some): return false
            default: return byTitle(a, b)
            }
        }

        /// `PageOrder.byTitle` on keys.
        static func byTitle(_ a: Key, _ b: Key) -> Bool {
            if a.title != b.title { return a.title < b.title }
            return a.sourcePath < b.sourcePath
        }

        static func comparator(_ sort: String) -> (Key, Key) -> Bool {
            switch sort {
            case "date": return byDate
            case "title": return byTitle
            default: return listing
            }
        }
    }

    /// `indices` into `pages`, sorted by the order `sort` names (as `comparator(sort)` sorts the pages).
    static func sorted(_ indices: [Int], of pages: [SitePage], by sort: String) -> [Int] {
        sorted(indices, of: pages, using: Key.comparator(sort))
    }

    /// `indices` into `pages`, sorted by `compare` on the pages' keys; stable, like `sorted(by:)`.
    static func sorted(_ indices: [Int], of pages: [SitePage], using compare: (Key, Key) -> Bool) -> [Int] {
        let keys = indices.map { Key(pages[$0]) }
        return keys.indices.sorted { compare(keys[$0], keys[$1]) }.map { indices[$0] }
    }
}
