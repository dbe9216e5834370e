import Foundation
import ParaReadyCore

/// Builds the static site: content → pages → `_site/`, atomically, in parallel, with every link checked.
///
/// ```swift
/// let config = try SiteConfigLoader.load(projectRoot: ".")
/// let report = try SiteBuilder(projectRoot: ".", config: config, plugins: [UpdatesPlugin()]).build()
/// ```
public struct SiteBuilder: Sendable {
    /// The folder holding `site.toml`; relative folders in the configuration are relative to it.
    public var projectRoot: String
    public var config: SiteConfig
    public var plugins: [any SitePlugin]
    /// Code highlighting by fence language; register a `LanguageTokenizer` to add or replace a language.
    public var highlighter: HighlighterRegistry

    public init(projectRoot: String, config: SiteConfig, plugins: [any SitePlugin] = []) {
        self.projectRoot = projectRoot
        self.config = config
        self.plugins = plugins
        self.highlighter = HighlighterRegistry()
    }

    /// The output folder as an absolute path.
    public var outputPath: String {
        Self.absolute(ContentLoader.join(projectRoot, config.outputDirectory))
    }

    /// Builds the whole site into a staging folder and swaps it in; on any error the previous output stays.
    public func build() throws(ParaReadyError) -> SiteBuildReport {
        // Optionals, so that the finished values can be moved out whole (see `releaseInBackground`).
        var prepared: Prepared? = try prepare()
        let writer = try OutputWriter(output: outputPath)
        do {
            var written = Optional(try writeAll(prepared!, to: writer))
            try writer.commit()
            let report = written!.report
            Self.releaseInBackground(ReleaseBox((prepared.take()!, written.take()!.results)))
            return report
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Lets another thread free a finished build's values (every page, its rendered results, the template
    /// context): taking 10,000 pages apart took about 1% of the build's CPU, all of it on the thread the caller
    /// waits for, and nothing needs it done before the report is returned. The box holds the only reference, so
    /// the thread that empties it is the one that frees.
    static func releaseInBackground<Values>(_ box: ReleaseBox<Values>) {
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Runs only the checks (front matter, templates exist, links and anchors); writes nothing.
    public func check() throws(ParaReadyError) -> SiteBuildReport {
        let prepared = try prepare()
        let renderer = prepared.renderer
        let results = try Parallel.map(prepared.model.jobs) { (job: RenderJob) throws(ParaReadyError) -> JobResult in
            try renderer.render(job, checkOnly: true).0
        }
        let known = prepared.model.knownPaths(extraFiles: prepared.extraFiles + prepared.theme.assets.map(\.output))
        let broken = LinkChecker.check(results, known: known)
        var report = SiteBuildReport(
            contentPages: prepared.model.content.pages.count, links: results.reduce(0) { $0 + $1.links.count },
            warnings: Self.pluginWarnings(prepared))
        try handle(broken, report: &report)
        return report
    }

    // MARK: Steps

    struct Prepared: Sendable {
        var theme: Theme
        var model: SiteModel
        var renderer: SiteRenderer
        /// Files other than pages that the build writes (known before rendering).
        var extraFiles: [String]
    }

    func prepare() throws(ParaReadyError) -> Prepared {
        var timer = PhaseTimer()
        defer { timer.mark("prepare (theme, content, model)") }
        var pluginTemplates: [String: String] = [:]
        for plugin in plugins {
            for (name, text) in plugin.defaultTemplates where pluginTemplates[name] == nil {
                pluginTemplates[name] = text
            }
        }
        timer.mark("start")
        let theme = try Theme.load(
            directory: ContentLoader.join(projectRoot, config.themeDirectory), displayDirectory: config.themeDirectory,
            pluginTemplates: pluginTemplates)
        let loaded = try ContentLoader(config: config, projectRoot: projectRoot).load()
        timer.mark("theme and content")
        return try assemble(theme: theme, loaded: loaded)
    }

    func assemble(theme: Theme, loaded: ContentLoader.Loaded) throws(ParaReadyError) -> Prepared {
        let content = SiteContent(config: config, pages: loaded.pages)
        var contributions: [(plugin: String, contribution: SiteContribution)] = []
        for plugin in plugins {
            contributions.append((plugin.name, try plugin.contribute(to: content)))
        }
        let model = try SiteModel(
            content: content, staticFiles: loaded.staticFiles, unpublished: loaded.unpublished,
            contributions: contributions)
        var extraFiles = ["sitemap.xml", "robots.txt", "404.html"]
        if config.search { extraFiles.append("search-index.json") }
        for (plugin, contribution) in contributions {
            for file in contribution.files {
                extraFiles.append(
                    try PathGuard.filePath(
                        file.path, what: "file path", at: SourceLocation(file: "plugin '\(plugin)'", line: 1)))
            }
        }
        let renderer = SiteRenderer(
            model: model, theme: theme, highlighter: highlighter, plugins: plugins, extraFiles: extraFiles)
        return Prepared(theme: theme, model: model, renderer: renderer, extraFiles: extraFiles)
    }

    /// Renders every page, then the site-wide files; returns the per-page results for incremental rebuilds.
    func writeAll(
        _ prepared: Prepared, to writer: OutputWriter
    ) throws(ParaReadyError) -> (report: SiteBuildReport, results: [JobResult], pluginFiles: [String]) {
        var timer = PhaseTimer()
        let results = try render(prepared.model.jobs, with: prepared.renderer, to: writer)
        timer.mark("render and write pages")
        RenderProfile.report()
        var report = SiteBuildReport(
            contentPages: prepared.model.content.pages.count, htmlPages: results.count,
            links: results.reduce(0) { $0 + $1.links.count }, warnings: Self.pluginWarnings(prepared),
            outputDirectory: writer.output)
        let pluginFiles = try writePluginFiles(prepared, results: results, to: writer)
        timer.mark("plugin files")
        try handle(LinkChecker.check(results, known: knownPaths(prepared, pluginFiles: pluginFiles)), report: &report)
        timer.mark("link check")
        report.searchIndexBytes = try writeSiteFiles(
            prepared, results: results, to: writer, sitemap: true, search: true)
        try copyFiles(prepared, to: writer)
        timer.mark("site-wide files")
        report.files = writer.filesWritten
        report.bytes = writer.bytesWritten
        return (report, results, pluginFiles)
    }

    /// Renders jobs in parallel, writing each page as soon as it is rendered.
    func render(
        _ jobs: [RenderJob], with renderer: SiteRenderer, to writer: OutputWriter
    ) throws(ParaReadyError) -> [JobResult] {
        try Parallel.map(jobs) { (job: RenderJob) throws(ParaReadyError) -> JobResult in
            let (result, html) = try renderer.render(job)
            if let html {
                try RenderProfile.measure(.write) { () throws(ParaReadyError) in
                    try writer.write(result.outputPath, text: html)
                }
            }
            return result
        }
    }

    /// Every path the link checker accepts as existing.
    func knownPaths(_ prepared: Prepared, pluginFiles: [String]) -> Set<String> {
        prepared.model.knownPaths(extraFiles: prepared.extraFiles + pluginFiles + prepared.theme.assets.map(\.output))
    }

    /// Writes plugins' files (early ones and those made from rendered pages); returns their paths.
    func writePluginFiles(
        _ prepared: Prepared, results: [JobResult], to writer: OutputWriter
    ) throws(ParaReadyError) -> [String] {
        var files: [(String, SiteFile)] = []
        for (plugin, contribution) in prepared.model.contributions {
            for file in contribution.files { files.append((plugin, file)) }
        }
        let byURL = Dictionary(results.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        for plugin in plugins {
            var pages: [RenderedPage] = []
            for page in prepared.model.content.pages where plugin.wantsRenderedHTML(of: page) {
                pages.append(RenderedPage(page: page, contentHTML: byURL[page.url]?.contentHTML ?? ""))
            }
            for file in try plugin.finish(RenderedSite(content: prepared.model.content, pages: pages)) {
                files.append((plugin.name, file))
            }
        }
        var reserved = Set(results.map(\.outputPath))
        reserved.formUnion(["sitemap.xml", "robots.txt", "search-index.json"])
        reserved.formUnion(prepared.theme.assets.map(\.output))
        reserved.formUnion(prepared.model.staticFiles.map(\.output))
        var written: [String] = []
        for (plugin, file) in files {
            let path = try PathGuard.filePath(
                file.path, what: "file path", at: SourceLocation(file: "plugin '\(plugin)'", line: 1))
            guard reserved.insert(path).inserted else {
                throw ParaReadyError(
                    .conflict, "plugin '\(plugin)' would overwrite \(path), which another part of the site writes",
                    at: SourceLocation(file: "plugin '\(plugin)'", line: 1))
            }
            try writer.write(path, data: file.bytes)
            written.append(path)
        }
        return written
    }

    /// Writes the sitemap, robots.txt and the search index; returns the index size.
    @discardableResult
    func writeSiteFiles(
        _ prepared: Prepared, results: [JobResult], to writer: OutputWriter, sitemap: Bool, search: Bool
    ) throws(ParaReadyError) -> Int {
        let config = self.config
        let tasks = [sitemap ? "sitemap" : "", config.search && search ? "search" : ""].filter { !$0.isEmpty }
        let sizes = try Parallel.map(tasks) { (task: String) throws(ParaReadyError) -> Int in
            if task == "sitemap" {
                try writer.write("sitemap.xml", bytes: SitemapWriter.xml(results.compactMap(\.sitemap), config: config))
                try writer.write("robots.txt", text: SitemapWriter.robots(config: config))
                return 0
            }
            let index = SearchIndexWriter.json(results.compactMap(\.search))
            try writer.write("search-index.json", bytes: index)
            return index.count
        }
        return sizes.reduce(0, +)
    }

    /// Copies theme assets and the content folder's static files.
    func copyFiles(_ prepared: Prepared, to writer: OutputWriter) throws(ParaReadyError) {
        let copies =
            prepared.theme.assets.map { ($0.source, $0.output) }
            + prepared.model.staticFiles.map { ($0.source, $0.output) }
        _ = try Parallel.map(copies) { (copy: (String, String)) throws(ParaReadyError) -> Bool in
            try writer.copy(from: copy.0, to: copy.1)
            return true
        }
    }

    func handle(_ broken: [ParaReadyError], report: inout SiteBuildReport) throws(ParaReadyError) {
        switch config.linkCheck {
        case .error:
            if let error = LinkChecker.combined(broken) { throw error }
        case .warning:
            report.warnings += broken.map { SiteWarning($0).description }
        case .off:
            break
        }
    }

    /// The plugins' warnings, in plugin order.
    static func pluginWarnings(_ prepared: Prepared) -> [String] {
        prepared.model.contributions.flatMap { $0.contribution.warnings.map(\.description) }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Holds values until `empty()` drops them; see `SiteBuilder.releaseInBackground`.
final class ReleaseBox<Values: Sendable>: @unchecked Sendable {
    private var values: Values?

    init(_ values: Values) {
        self.values = values
    }

    func empty() {
        values = nil
    }
}
