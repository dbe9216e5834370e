import Foundation
import ParaReadyCore

/// A build that stays in memory and updates its output in place as files change (what `site serve` runs).
///
/// `build()` builds everything once (atomically, like `SiteBuilder.build()`) and remembers each page's results.
/// `rebuild(changes:)` then reloads only the changed files: a body edit re-renders just that page (plus the
/// site-wide files it affects); a front matter change also re-renders the lists, tag pages and neighbours that
/// show the page; a theme or configuration change rebuilds everything. Not for concurrent use: call it from
/// one task at a time.
public final class SiteSession: @unchecked Sendable {
    /// What one rebuild did.
    public struct Rebuild: Sendable {
        /// True when everything was rebuilt.
        public var full: Bool
        /// Site paths of the pages rendered again.
        public var renderedURLs: [String]
        /// Output files removed (pages that no longer exist).
        public var removed: [String]
    }

    public let builder: SiteBuilder
    private var theme: Theme?
    private var loaded = ContentLoader.Loaded(pages: [], staticFiles: [], unpublished: [:])
    private var prepared: SiteBuilder.Prepared?
    private var results: [String: JobResult] = [:]
    private var order: [String] = []
    /// Paths the link checker accepts, kept while rebuilds change no structure.
    private var known: Set<String>?
    /// Files the plugins wrote last time, kept while rebuilds give them nothing new to write.
    private var pluginFiles: [String]?
    /// Whether the last build or rebuild failed (the next one then checks every link again).
    private var failed = false

    public init(builder: SiteBuilder) {
        self.builder = builder
    }

    var contentRoot: String {
        SiteBuilder.absolute(ContentLoader.join(builder.projectRoot, builder.config.contentDirectory))
    }
    var themeRoot: String {
        SiteBuilder.absolute(ContentLoader.join(builder.projectRoot, builder.config.themeDirectory))
    }

    /// The folders to watch: content and theme.
    public var watchedFolders: [String] { [contentRoot, themeRoot] }

    /// Builds everything into the output folder (atomic swap) and keeps the state for incremental rebuilds.
    @discardableResult
    public func build() throws(ParaReadyError) -> SiteBuildReport {
        failed = true
        var pluginTemplates: [String: String] = [:]
        for plugin in builder.plugins {
            for (name, text) in plugin.defaultTemplates where pluginTemplates[name] == nil {
                pluginTemplates[name] = text
            }
        }
        let theme = try Theme.load(
            directory: ContentLoader.join(builder.projectRoot, builder.config.themeDirectory),
            displayDirectory: builder.config.themeDirectory, pluginTemplates: pluginTemplates)
        let loaded = try ContentLoader(config: builder.config, projectRoot: builder.projectRoot).load()
        let prepared = try builder.assemble(theme: theme, loaded: loaded)
        let writer = try OutputWriter(output: builder.outputPath)
        let outcome: (report: SiteBuildReport, results: [JobResult], pluginFiles: [String])
        do {
            outcome = try builder.writeAll(prepared, to: writer)
            try writer.commit()
        } catch {
            writer.discard()
            throw error
        }
        self.theme = theme
        self.loaded = loaded
        self.prepared = prepared
        self.known = nil
        self.pluginFiles = outcome.pluginFiles
        failed = false
        remember(outcome.results)
        return outcome.report
    }

    private func remember(_ list: [JobResult]) {
        results = [:]
        order = []
        for result in list {
            results[result.url] = result
            order.append(result.url)
        }
    }

    /// Updates the output after `changes` (absolute paths of changed, added or removed files).
    public func rebuild(changes: [String]) throws(ParaReadyError) -> Rebuild {
        let failedBefore = failed
        failed = true
        guard let theme, let oldPrepared = prepared else {
            try build()
            return Rebuild(full: true, renderedURLs: order, removed: [])
        }
        let content = contentRoot + "/"
        var markdown: [String] = []
        var statics = false
        for path in Set(changes).sorted() {
            if path.hasPrefix(content) {
                let relative = String(path.dropFirst(content.count))
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                if builder.config.exclude.contains(where: { Glob($0).matches(relative) }) { continue }
                if relative.hasSuffix(".md") {
                    markdown.append(relative)
                } else {
                    statics = true
                }
            } else if path.hasSuffix(".paraready-tmp") || path.contains(".staging-") {
                continue
            } else {
                // Theme, configuration or anything else: everything again.
                try build()
                return Rebuild(full: true, renderedURLs: order, removed: [])
            }
        }
        var timer = PhaseTimer()
        let loader = ContentLoader(config: builder.config, projectRoot: builder.projectRoot)
        var loaded = self.loaded
        var structural = statics
        var changedPages: [SitePage] = []
        var changedSources: Set<String> = []
        var bySource: [String: Int] = [:]
        for (i, page) in loaded.pages.enumerated() { bySource[page.sourcePath] = i }
        for relative in markdown {
            changedSources.insert(relative)
            let absolute = loader.root + "/" + relative
            let old = bySource[relative].map { loaded.pages[$0] }
            guard FileManager.default.fileExists(atPath: absolute) else {
                if old != nil || loaded.unpublished[relative] != nil { structural = true }
                loaded.unpublished[relative] = nil
                continue
            }
            let new = try loader.loadPage(relative, absolute: absolute)
            let published =
                !(new.frontMatter.draft && !builder.config.includeDrafts)
                && !(new.frontMatter.date.map { $0 > builder.config.now && !builder.config.includeFuture } ?? false)
            guard let old, published else {
                structural = true
                loaded.unpublished[relative] =
                    published ? nil : (new.frontMatter.draft ? "a draft" : "dated in the future")
                if published { loaded.pages.append(new) }
                continue
            }
            var a = old.frontMatter
            var b = new.frontMatter
            a.locations = [:]
            b.locations = [:]
            if a != b || old.url != new.url { structural = true }
            loaded.pages[bySource[relative]!] = new
            changedPages.append(new)
        }
        // Drop pages whose files are gone or no longer published.
        loaded.pages.removeAll { page in
            changedSources.contains(page.sourcePath)
                && (!FileManager.default.fileExists(atPath: loader.root + "/" + page.sourcePath)
                    || loaded.unpublished[page.sourcePath] != nil)
        }
        if statics { loaded.staticFiles = try loader.load().staticFiles }

        timer.mark("rebuild: reload changed pages")
        let writer = try OutputWriter(live: builder.outputPath)
        var prepared = oldPrepared
        var jobs: [RenderJob] = []
        if !structural {
            // Body edits only: the model stays; plugins run again and must give the same contribution.
            let content = SiteContent(config: builder.config, pages: loaded.pages)
            for (i, plugin) in builder.plugins.enumerated()
            where try plugin.contribute(to: content) != prepared.model.contributions[i].contribution {
                structural = true
            }
            if !structural {
                for page in changedPages {
                    if page.isIndex && page.url == "/" {
                        jobs.append(.home(index: page))
                    } else if page.isIndex && page.url == "/\(page.section)/" {
                        jobs.append(.section(name: page.section, index: page))
                    } else {
                        jobs.append(.page(page))
                    }
                }
            }
        }
        var removed: [String] = []
        if structural {
            prepared = try builder.assemble(theme: theme, loaded: loaded)
            jobs = affectedJobs(old: oldPrepared.model, new: prepared.model, changed: changedSources)
            let live = Set(prepared.model.jobs.map(\.url))
            for url in order where !live.contains(url) {
                if let gone = results[url] {
                    writer.remove(gone.outputPath)
                    removed.append(gone.outputPath)
                }
            }
        }
        timer.mark("rebuild: plugins and model")
        let rendered = try builder.render(jobs, with: prepared.renderer, to: writer)
        timer.mark("rebuild: render \(jobs.count) page(s)")
        var searchChanged = structural
        var sitemapChanged = structural
        var anchorsChanged = false
        for result in rendered {
            let old = results[result.url]
            if old?.search != result.search { searchChanged = true }
            if old?.sitemap != result.sitemap { sitemapChanged = true }
            if old?.anchors != result.anchors { anchorsChanged = true }
            results[result.url] = result
        }
        if structural {
            var fresh: [String: JobResult] = [:]
            for job in prepared.model.jobs { fresh[job.url] = results[job.url] }
            results = fresh
            order = prepared.model.jobs.map(\.url)
        }
        self.loaded = loaded
        self.prepared = prepared
        // Every page's results, gathered only when something needs them all (10k pages make this cost).
        var everything: [JobResult]?
        func all() -> [JobResult] {
            if let everything { return everything }
            let list = order.compactMap { results[$0] }
            everything = list
            return list
        }
        if statics { try builder.copyFiles(prepared, to: writer) }
        // Plugins' files depend on the content model and on the rendered HTML of the pages they ask for: a body
        // edit of a page no plugin asks for leaves them as they are.
        let pluginsAffected =
            structural || statics || failedBefore
            || changedPages.contains { page in builder.plugins.contains { $0.wantsRenderedHTML(of: page) } }
        let pluginFiles: [String]
        if !pluginsAffected, let previous = self.pluginFiles {
            pluginFiles = previous
        } else {
            pluginFiles = try builder.writePluginFiles(prepared, results: all(), to: writer)
        }
        self.pluginFiles = pluginFiles
        timer.mark("rebuild: plugin files")
        if sitemapChanged || searchChanged {
            try builder.writeSiteFiles(
                prepared, results: all(), to: writer, sitemap: sitemapChanged, search: searchChanged)
        }
        timer.mark("rebuild: sitemap and search index")
        // A body edit that keeps the page's anchors can only break its own links: check just those, against
        // the paths of the last full check. Anything else (or a failure before) checks every link again.
        let reuse = !structural && !statics && !anchorsChanged && !failedBefore
        let known =
            reuse
            ? (self.known ?? builder.knownPaths(prepared, pluginFiles: pluginFiles))
            : builder.knownPaths(prepared, pluginFiles: pluginFiles)
        self.known = known
        var report = SiteBuildReport()
        if reuse {
            // The edited pages, and the pages their links point to (for their anchors).
            var targets: Set<String> = []
            for result in rendered {
                for link in result.links { if let target = link.target { targets.insert(target) } }
            }
            let renderedURLs = Set(rendered.map(\.url))
            let subset = rendered + targets.subtracting(renderedURLs).sorted().compactMap { results[$0] }
            try builder.handle(LinkChecker.check(subset, known: known, only: renderedURLs), report: &report)
        } else {
            try builder.handle(LinkChecker.check(all(), known: known), report: &report)
        }
        timer.mark("rebuild: link check")
        failed = false
        return Rebuild(full: false, renderedURLs: rendered.map(\.url), removed: removed)
    }

    /// The jobs to render after a structural change: new and changed pages, lists showing them, neighbours,
    /// pages linking to them, plugin pages and aliases.
    private func affectedJobs(old: SiteModel, new: SiteModel, changed: Set<String>) -> [RenderJob] {
        var oldPages: [String: SitePage] = [:]
        for page in old.content.pages { oldPages[page.sourcePath] = page }
        var urls: Set<String> = ["/", "/tags/"]
        var touched: [SitePage] = []
        for page in new.content.pages where changed.contains(page.sourcePath) { touched.append(page) }
        for source in changed { if let page = oldPages[source] { touched.append(page) } }
        var targets: Set<String> = []
        for page in touched {
            urls.insert(page.url)
            targets.insert(page.url)
            urls.insert("/\(page.section)/")
            for tag in page.frontMatter.tags { urls.insert("/tags/\(TagSlug.slug(tag))/") }
            for alias in page.frontMatter.aliases { urls.insert(alias) }
        }
        for (url, pair) in new.neighbours where old.neighbours[url] != pair {
            urls.insert(url)
        }
        // A neighbour whose title changed shows the old title in its previous/next link.
        for page in touched {
            for pair in [new.neighbours[page.url], old.neighbours[page.url]] {
                if let previous = pair?.previous { urls.insert(previous) }
                if let next = pair?.next { urls.insert(next) }
            }
        }
        for (url, result) in results
        where result.links.contains(where: { $0.problem != nil || targets.contains($0.target ?? "") }) {
            urls.insert(url)
        }
        return new.jobs.filter { job in
            if case .generated = job { return true }
            return urls.contains(job.url) || results[job.url] == nil
        }
    }
}
