import Foundation
import ParaReadyCore

/// Reads the content folder: Markdown pages (front matter parsed, URLs assigned, drafts and future pages left
/// out unless asked for) and static files copied as they are.
struct ContentLoader: Sendable {
    /// A file copied into the output unchanged.
    struct StaticFile: Sendable, Hashable {
        /// Absolute path of the source.
        var source: String
        /// Path below the output root.
        var output: String
    }

    /// What loading found.
    struct Loaded: Sendable {
        var pages: [SitePage]
        var staticFiles: [StaticFile]
        /// Source paths of pages left out, with why (`draft`, `future`), so links to them get a clear message.
        var unpublished: [String: String]
    }

    /// File extensions copied from the content folder as static files.
    static let staticExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "pdf", "txt", "css", "js", "json", "xml",
        "woff", "woff2", "mp4", "webm", "zip", "gz", "csv",
    ]

    let config: SiteConfig
    /// Absolute path of the content folder.
    let root: String

    init(config: SiteConfig, projectRoot: String) {
        self.config = config
        self.root = Self.join(projectRoot, config.contentDirectory)
    }

    static func join(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Lists the content folder: Markdown sources and static files (relative, `/`-separated, sorted).
    func list() throws(ParaReadyError) -> (markdown: [String], other: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParaReadyError(.io, "content folder '\(config.contentDirectory)' does not exist", file: "site.toml")
        }
        let excludes = config.exclude.map(Glob.init)
        var markdown: [String] = []
        var other: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                if excludes.contains(where: { $0.matches(child) || $0.matches(child + "/") }) { continue }
                var childIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + child, isDirectory: &childIsDirectory)
                else { continue }
                if childIsDirectory.boolValue {
                    stack.append(child)
                } else if name.hasSuffix(".md") {
                    markdown.append(child)
                } else if let dot = name.lastIndex(of: "."),
                    Self.staticExtensions.contains(name[name.index(after: dot)...].lowercased())
                {
                    other.append(child)
                }
            }
        }
        return (markdown.sorted(), other.sorted())
    }

    /// Loads everything, in parallel.
    func load() throws(ParaReadyError) -> Loaded {
        let listing = try list()
        let root = self.root
        let loader = self
        let results = try Parallel.map(listing.markdown) { (relative: String) throws(ParaReadyError) -> SitePage in
            try loader.loadPage(relative, absolute: root + "/" + relative)
        }
        var pages: [SitePage] = []
        var unpublished: [String: String] = [:]
        for page in results {
            if page.frontMatter.draft && !config.includeDrafts {
                unpublished[page.sourcePath] = "a draft"
            } else if let date = page.frontMatter.date, !config.includeFuture, date > config.now {
                unpublished[page.sourcePath] = "dated in the future (\(date))"
            } else {
                pages.append(page)
            }
        }
        var seen: [String: SitePage] = [:]
        for page in pages {
            if let other = seen[page.url] {
                throw ParaReadyError(
                    .conflict, "page URL \(page.url) is also the URL of \(other.displayPath)",
                    at: page.frontMatter.locations["slug"] ?? SourceLocation(file: page.displayPath, line: 1))
            }
            seen[page.url] = page
        }
        var statics: [StaticFile] = []
        for relative in listing.other {
            let output = try PathGuard.filePath(
                relative, what: "file name", at: SourceLocation(file: display(relative), line: 1))
            statics.append(StaticFile(source: root + "/" + relative, output: output))
        }
        return Loaded(pages: pages, staticFiles: statics, unpublished: unpublished)
    }

    func display(_ relative: String) -> String {
        config.contentDirectory.hasSuffix("/")
            ? config.contentDirectory + relative : config.contentDirectory + "/" + relative
    }

    /// Reads and places one Markdown page.
    func loadPage(_ relative: String, absolute: String) throws(ParaReadyError) -> SitePage {
        let shown = display(relative)
        let text = try TextFile.read(absolute, displayPath: shown)
        return try page(relative, text: text)
    }

    /// Places one Markdown page given its text.
    func page(_ relative: String, text: String) throws(ParaReadyError) -> SitePage {
        let shown = display(relative)
        let block = try FrontMatterSplit.split(text, file: shown)
        var front = try FrontMatterParser.parse(block, file: shown)
        let parts = relative.split(separator: "/").map(String.init)
        let fileName = parts.last ?? relative
        let base = String(fileName.dropLast(3))
        let folder = parts.dropLast().joined(separator: "/")
        let isIndex = base == "_index" || base == "index"
        let fileLocation = SourceLocation(file: shown, line: 1)
        var segment = base
        if let slug = front.slug {
            segment = try PathGuard.slug(slug, at: front.locations["slug"] ?? fileLocation)
        }
        let prefix = folder.isEmpty ? "/" : "/" + folder + "/"
        let rawURL = isIndex ? prefix : prefix + segment + "/"
        let url = try PathGuard.sitePath(rawURL, what: "page path", at: fileLocation)
        var aliases: [String] = []
        for (i, alias) in front.aliases.enumerated() {
            let at = front.locations["aliases.\(i)"] ?? front.locations["aliases"] ?? fileLocation
            aliases.append(try PathGuard.sitePath(alias, what: "alias", at: at))
        }
        front.aliases = aliases
        if front.title.isEmpty {
            front.title = Self.title(fromFileName: isIndex ? (parts.dropLast().last ?? "Home") : base)
        }
        return SitePage(
            sourcePath: relative, displayPath: shown, section: parts.count > 1 ? parts[0] : "", frontMatter: front,
            body: block.body, bodyLine: block.bodyStartLine, url: url, isIndex: isIndex)
    }

    /// `phase-1-runtime` → `Phase 1 runtime`.
    static func title(fromFileName name: String) -> String {
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = spaced.first else { return name }
        return first.uppercased() + spaced.dropFirst()
    }
}
