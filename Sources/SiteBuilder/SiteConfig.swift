import Foundation
import ParaReadyCore

/// Site settings, read from `site.toml` (see docs/site.md for every key).
public struct SiteConfig: Sendable {
    /// What the link checker does with a broken internal link or anchor.
    public enum LinkCheck: String, Sendable {
        case error
        case warning
        case off
    }

    public var title: String
    public var description: String
    /// The site's absolute URL, ending in `/` (`https://example.org/docs/`); its path is the base path.
    public var baseURL: String {
        didSet { urlParts = Self.split(baseURL) }
    }
    /// `baseURL` taken apart once: its origin (`https://host`) and path (`/docs/`).
    private var urlParts: (origin: String, path: String) = ("", "/")
    /// Language tag for `<html lang>`.
    public var language: String
    /// Folders, relative to the project root (the folder holding `site.toml`).
    public var contentDirectory: String
    public var themeDirectory: String
    public var outputDirectory: String
    /// Glob patterns (relative to the content folder) of files that are not part of the site.
    public var exclude: [String]
    public var includeDrafts: Bool
    public var includeFuture: Bool
    public var linkCheck: LinkCheck
    /// Keep raw HTML in Markdown pages (off: raw HTML is dropped and unsafe link schemes emptied).
    public var rawHTML: Bool
    /// Whether to write `search-index.json`.
    public var search: Bool
    /// Characters of body text kept per page in the search index.
    public var searchTextLimit: Int
    public var menu: [MenuItem]
    /// Per-section settings (`[sections.checklist]`).
    public var sections: [String: SectionConfig]
    /// Free-form `[params]`, available to templates as `site.params`.
    public var params: [String: SiteValue]
    /// `[plugins.<name>]` tables, for plugins.
    public var pluginSettings: [String: SiteValue]
    /// The moment that decides which pages are "future"; never written into the output.
    public var now: SiteDate

    public init(
        title: String = "Site", description: String = "", baseURL: String = "/", language: String = "en",
        contentDirectory: String = "content", themeDirectory: String = "site", outputDirectory: String = "_site",
        exclude: [String] = [], includeDrafts: Bool = false, includeFuture: Bool = false,
        linkCheck: LinkCheck = .error, rawHTML: Bool = false, search: Bool = true, searchTextLimit: Int = 300,
        menu: [MenuItem] = [],
        sections: [String: SectionConfig] = [:], params: [String: SiteValue] = [:],
        pluginSettings: [String: SiteValue] = [:], now: SiteDate = .current
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.urlParts = Self.split(self.baseURL)
        self.language = language
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.exclude = exclude
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.linkCheck = linkCheck
        self.rawHTML = rawHTML
        self.search = search
        self.searchTextLimit = searchTextLimit
        self.menu = menu
        self.sections = sections
        self.params = params
        self.pluginSettings = pluginSettings
        self.now = now
    }

    /// The path part of `baseURL`, starting and ending with `/` (`/docs/`, or `/`).
    public var basePath: String { urlParts.path }

    /// `scheme://host` of `baseURL`, empty when the base URL is only a path.
    public var origin: String { urlParts.origin }

    static func split(_ url: String) -> (origin: String, path: String) {
        var origin = ""
        var rest = Substring(url)
        if let scheme = url.range(of: "://") {
            let afterScheme = url[scheme.upperBound...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(url[..<slash])
            rest = url[slash...]
        }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return (origin, path)
    }

    /// Whether `path` is an absolute URL (`scheme://…`).
    static func isAbsoluteURL(_ path: String) -> Bool {
        var previous: UInt8 = 0
        var count = 0
        for byte in path.utf8 {
            if byte == 0x2F && previous == 0x3A { return true }  // ":/"
            if byte == 0x2F || (byte == 0x2E && count == 0) { return false }
            previous = byte
            count += 1
            if count > 32 { return false }
        }
        return false
    }

    /// A site path (`/guides/x/`) with the base path in front (`/docs/guides/x/`).
    public func relativeURL(_ path: String) -> String {
        if Self.isAbsoluteURL(path) { return path }
        return path.hasPrefix("/") ? urlParts.path + path.dropFirst() : urlParts.path + path
    }

    /// A site path as an absolute URL (just the relative URL when `baseURL` has no scheme and host).
    public func absoluteURL(_ path: String) -> String {
        if Self.isAbsoluteURL(path) { return path }
        return urlParts.origin + relativeURL(path)
    }

    /// The settings of a section (defaults when `site.toml` has none).
    public func section(_ name: String) -> SectionConfig {
        if let configured = sections[name] { return configured }
        switch name {
        case "checklist": return .checklist
        case "updates": return SectionConfig(sort: "date")
        default: return SectionConfig()
        }
    }
}

/// One entry of the site menu (`[[menu]]` in `site.toml`).
public struct MenuItem: Sendable, Hashable {
    public var name: String
    /// A site path (`/guides/`) or an absolute URL.
    public var url: String
    public var weight: Int

    public init(name: String, url: String, weight: Int = 0) {
        self.name = name
        self.url = url
        self.weight = weight
    }
}

/// How one section is listed (`[sections.<name>]` in `site.toml`).
public struct SectionConfig: Sendable, Hashable {
    /// `weight` (then date), `date` (newest first) or `title`.
    public var sort: String
    /// A front matter key to group the index by (`phase`), or empty.
    public var groupBy: String
    /// The groups in order (`["prerequisites", "runtime", …]`); groups not listed follow, sorted.
    public var groups: [String]
    /// Display names for groups (`runtime` → `Phase 1: runtime`).
    public var groupTitles: [String: String]
    /// Whether pages get previous/next links within the section.
    public var previousNext: Bool

    public init(
        sort: String = "weight", groupBy: String = "", groups: [String] = [], groupTitles: [String: String] = [:],
        previousNext: Bool = true
    ) {
        self.sort = sort
        self.groupBy = groupBy
        self.groups = groups
        self.groupTitles = groupTitles
        self.previousNext = previousNext
    }

    /// The checklist's built-in grouping: by `phase`, in the order the work is done, each phase by `order`.
    public static let checklist = SectionConfig(
        sort: "weight", groupBy: "phase", groups: ["prerequisites", "runtime", "node", "activation", "consistency"],
        groupTitles: [
            "prerequisites": "Prerequisites", "runtime": "Phase 1: runtime", "node": "Phase 2: node",
            "activation": "Phase 3: activation", "consistency": "Consistency checks",
        ])
}
