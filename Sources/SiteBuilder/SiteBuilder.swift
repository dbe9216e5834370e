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
        let prepared = try prepare()
        let writer = try OutputWriter(output: outputPath)
        do {
            let report = try write(prepared, to: writer)
            try writer.commit()
            return report
        } catch {
            writer.discard()
            throw error
        }
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
            contentPages: prepared.model.content.pages.count, links: results.reduce(0) { $0 + $1.links.count })
        try handle(broken, report: &report)
        return report
    }

    // MARK: Steps

    struct Prepared {
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

    func write(_ prepared: Prepared, to writer: OutputWriter) throws(ParaReadyError) -> SiteBuildReport {
        let renderer = prepared.renderer
        var timer = PhaseTimer()
        defer { timer.mark("site-wide files") }
        let results = try Parallel.map(prepared.model.jobs) { (job: RenderJob) throws(ParaReadyError) -> JobResult in
            let (result, html) = try renderer.render(job)
            if let html { try writer.write(result.outputPath, text: html) }
            return result
        }
        timer.mark("render and write pages")
        var report = SiteBuildReport(
            contentPages: prepared.model.content.pages.count, htmlPages: results.count,
            links: results.reduce(0) { $0 + $1.links.count }, outputDirectory: writer.output)
        var written: Set<String> = Set(results.map(\.outputPath))
        func claim(_ path: String, _ owner: String) throws(ParaReadyError) {
            guard written.insert(path).inserted else {
                throw ParaReadyError(
                    .conflict, "\(owner) would overwrite \(path), which another part of the site already wrote",
                    at: SourceLocation(file: owner, line: 1))
            }
        }
        // Plugins' files: early ones, then those made from rendered pages.
        var pluginFiles: [(String, SiteFile)] = []
        for (plugin, contribution) in prepared.model.contributions {
            for file in contribution.files { pluginFiles.append((plugin, file)) }
        }
        let byURL = Dictionary(results.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        for plugin in plugins {
            var pages: [RenderedPage] = []
            for page in prepared.model.content.pages where plugin.wantsRenderedHTML(of: page) {
                pages.append(RenderedPage(page: page, contentHTML: byURL[page.url]?.contentHTML ?? ""))
            }
            for file in try plugin.finish(RenderedSite(content: prepared.model.content, pages: pages)) {
                pluginFiles.append((plugin.name, file))
            }
        }
        var finishFiles: [String] = []
        for (plugin, file) in pluginFiles {
            let path = try PathGuard.filePath(
                file.path, what: "file path", at: SourceLocation(file: "plugin '\(plugin)'", line: 1))
            try claim(path, "plugin '\(plugin)'")
            try writer.write(path, data: file.bytes)
            finishFiles.append(path)
        }
        // Links, now that every output is known.
        let known = prepared.model.knownPaths(
            extraFiles: prepared.extraFiles + finishFiles + prepared.theme.assets.map(\.output))
        timer.mark("plugin files")
        try handle(LinkChecker.check(results, known: known), report: &report)
        timer.mark("link check")
        // Site-wide files.
        let config = self.config
        try claim("sitemap.xml", "the sitemap")
        try writer.write("sitemap.xml", text: SitemapWriter.xml(results.compactMap(\.sitemap), config: config))
        try claim("robots.txt", "robots.txt")
        try writer.write("robots.txt", text: SitemapWriter.robots(config: config))
        if config.search {
            let index = SearchIndexWriter.json(results.compactMap(\.search))
            try claim("search-index.json", "the search index")
            try writer.write("search-index.json", bytes: index)
            report.searchIndexBytes = index.count
        }
        for asset in prepared.theme.assets {
            try claim(asset.output, "theme asset \(asset.output)")
            try writer.copy(from: asset.source, to: asset.output)
        }
        for file in prepared.model.staticFiles {
            try claim(file.output, "content file \(file.output)")
            try writer.copy(from: file.source, to: file.output)
        }
        report.files = writer.filesWritten
        report.bytes = writer.bytesWritten
        return report
    }

    func handle(_ broken: [ParaReadyError], report: inout SiteBuildReport) throws(ParaReadyError) {
        switch config.linkCheck {
        case .error:
            if let error = LinkChecker.combined(broken) { throw error }
        case .warning:
            report.warnings += broken.map(\.description)
        case .off:
            break
        }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
