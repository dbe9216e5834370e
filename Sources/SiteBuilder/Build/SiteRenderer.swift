import Foundation
import Markdown
import ParaReadyCore

/// Renders one page of the model: Markdown body (anchors, table of contents, highlighting, rewritten links) put
/// into its theme layout, plus what the link checker, search index and sitemap need from it.
struct SiteRenderer: Sendable {
    let model: SiteModel
    let theme: Theme
    let highlighter: HighlighterRegistry
    let resolver: LinkResolver
    let markdownOptions: MarkdownOptions
    let shared: SharedContext
    /// Plugins whose `wantsRenderedHTML` is asked.
    let plugins: [any SitePlugin]

    var config: SiteConfig { model.content.config }

    init(
        model: SiteModel, theme: Theme, highlighter: HighlighterRegistry, plugins: [any SitePlugin],
        extraFiles: [String]
    ) {
        self.model = model
        self.theme = theme
        self.highlighter = highlighter
        self.plugins = plugins
        let config = model.content.config
        var bySource: [String: String] = [:]
        for page in model.content.pages { bySource[page.sourcePath] = page.url }
        resolver = LinkResolver(
            basePath: config.basePath, pageBySource: bySource, unpublished: model.unpublished,
            knownPaths: model.knownPaths(extraFiles: extraFiles + theme.assets.map(\.output)),
            folderIndex: model.folderIndex)
        markdownOptions = MarkdownOptions(
            trusted: config.rawHTML, headingAnchors: true, footnotes: true)
        shared = Self.sharedContext(model: model, theme: theme)
    }

    // MARK: Markdown bodies

    struct Body {
        var html: String
        var headings: [Heading]
        var links: [PendingLink]
    }

    /// Renders a Markdown body; `firstLine` is the file line the body starts on.
    func body(
        _ source: String, firstLine: Int, file: String, sourcePath: String?, pageURL: String, render: Bool = true
    ) throws(ParaReadyError) -> Body {
        let document: MarkdownDocument
        do {
            document = try RenderProfile.measure(.parse) { () throws(ParaReadyError) in
                try MarkdownDocument(source, options: markdownOptions)
            }
        } catch {
            throw ParaReadyError(error.kind, error.message, at: SourceLocation(file: file, line: firstLine))
        }
        let headings = document.headings
        var links: [PendingLink] = []
        let resolver = self.resolver
        RenderProfile.measure(.rewriteLinks) {
            document.rewriteLinks { reference in
                let location = SourceLocation(
                    file: file, line: firstLine + reference.line - 1, column: reference.column)
                let (rewritten, check) = resolver.resolve(
                    reference.destination, sourcePath: sourcePath, pageURL: pageURL, location: location)
                if let check { links.append(check) }
                return rewritten
            }
        }
        let html =
            render
            ? RenderProfile.measure(.html) { Self.alignmentAsStyle(document.renderHTML(highlighter: highlighter)) } : ""
        return Body(html: html, headings: headings, links: links)
    }

    /// Sets `page.content`. A body that opens with a level-1 heading repeats the title the layout prints, so
    /// that heading is left out of `content` and its id given to the layout as `page.titleID` (links to it keep
    /// working when the layout puts `id="{{page.titleID}}"` on its own heading).
    /// Returns the content as set (what the search excerpt is taken from, so it does not start with the title).
    @discardableResult
    static func setContent(_ html: String, on page: inout [String: Any]) -> String {
        let bytes = html.utf8
        guard bytes.starts(with: "<h1".utf8), let close = HTMLBytes.find(Array("</h1>".utf8), in: html) else {
            page["content"] = TemplateText(html)
            return html
        }
        let idPrefix = Array("<h1 id=\"".utf8)
        if bytes.starts(with: idPrefix) {
            let from = bytes.index(bytes.startIndex, offsetBy: idPrefix.count)
            if let end = bytes[from...].firstIndex(of: 0x22) {
                page["titleID"] = TemplateText(String(html[from..<end]))
            }
        }
        var rest = bytes.index(bytes.startIndex, offsetBy: close + 5)
        while rest < bytes.endIndex, bytes[rest] == 0x0A { rest = bytes.index(after: rest) }
        let content = String(html[rest...])
        page["content"] = TemplateText(content)
        return content
    }

    /// cmark-gfm writes table column alignment as `align="…"`, which HTML5 made obsolete (the Nu checker
    /// rejects it); the same alignment as a `style` attribute. Only tags carry a literal `align="`: text and
    /// code are escaped (`&quot;`).
    static func alignmentAsStyle(_ html: String) -> String {
        let needle = Array(" align=\"".utf8)
        guard var next = HTMLBytes.find(needle, in: html) else { return html }
        let replacement = Array(" style=\"text-align: ".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + 256)
        var html = html
        html.withUTF8 { bytes in
            var position = 0
            while true {
                out.append(contentsOf: bytes[position..<next])
                out.append(contentsOf: replacement)
                position = next + needle.count
                guard let found = HTMLBytes.find(needle, in: bytes, from: position) else { break }
                next = found
            }
            out.append(contentsOf: bytes[position...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The table of contents (levels 2 and 3) as nested lists; empty without such headings.
    static func tableOfContents(_ headings: [Heading]) -> String {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 1 else { return "" }
        var out = "<ul>"
        var openSub = false
        var openItem = false
        for heading in entries {
            let link = "<a href=\"#\(HTMLBytes.escape(heading.id))\">\(HTMLBytes.escape(heading.text))</a>"
            if heading.level == 3 && openItem {
                if !openSub {
                    out += "<ul>"
                    openSub = true
                }
                out += "<li>" + link + "</li>"
            } else {
                if openSub {
                    out += "</ul>"
                    openSub = false
                }
                if openItem { out += "</li>" }
                out += "<li>" + link
                openItem = true
            }
        }
        if openSub { out += "</ul>" }
        if openItem { out += "</li>" }
        return out + "</ul>"
    }

    // MARK: Jobs

    /// Renders a job. With `write == nil` only checks (no templates, no HTML).
    func render(_ job: RenderJob, checkOnly: Bool = false) throws(ParaReadyError) -> (JobResult, String?) {
        var context: [String: Any] = [:]
        var page: [String: Any] = [:]
        // Room for every key a page gets, so the dictionaries are not regrown while they fill.
        context.reserveCapacity(8)
        page.reserveCapacity(20)
        var anchors: Set<String>? = nil
        var links: [PendingLink] = []
        var search: SearchEntry?
        var sitemap: SitemapEntry? = SitemapEntry(url: job.url, lastModified: nil)
        var contentHTML: String?
        var layoutCandidates: [String] = []
        let url = job.url
        page["url"] = TemplateText(config.relativeURL(url))
        page["permalink"] = TemplateText(config.absoluteURL(url))

        // The Markdown body, if any.
        if let source = job.sourcePage {
            let body = try self.body(
                source.body, firstLine: source.bodyLine, file: source.displayPath, sourcePath: source.sourcePath,
                pageURL: url, render: !checkOnly)
            anchors = Set(body.headings.map(\.id))
            links = body.links
            if !checkOnly {
                fill(&page, from: source)
                let content = Self.setContent(body.html, on: &page)
                let toc = Self.tableOfContents(body.headings)
                page["toc"] = TemplateText(toc)
                page["hasToc"] = !toc.isEmpty
                search = SearchEntry(
                    url: config.relativeURL(url), title: source.title, section: source.section,
                    headings: body.headings.filter { $0.level >= 2 }.map { ($0.text, $0.id) },
                    text: RenderProfile.measure(.excerpt) {
                        SearchText.excerpt(content, limit: config.searchTextLimit)
                    })
                sitemap?.lastModified = source.frontMatter.updated ?? source.frontMatter.date
                if plugins.contains(where: { $0.wantsRenderedHTML(of: source) }) { contentHTML = body.html }
                if let data = model.pageData[url] { context["data"] = TemplateValues.object(data) }
            }
        }
        if checkOnly, case .generated(let generated, let plugin) = job,
            case .markdown(let text, let origin) = generated.body
        {
            let body = try self.body(
                text, firstLine: origin?.line ?? 1, file: origin?.file ?? "plugin '\(plugin)'", sourcePath: nil,
                pageURL: url, render: false)
            return (
                JobResult(
                    url: url, outputPath: job.outputPath, anchors: Set(body.headings.map(\.id)), links: body.links,
                    search: nil, sitemap: nil, contentHTML: nil), nil
            )
        }
        if checkOnly {
            return (
                JobResult(
                    url: url, outputPath: job.outputPath, anchors: anchors, links: links, search: nil, sitemap: nil,
                    contentHTML: nil), nil
            )
        }

        switch job {
        case .page(let source):
            page["kind"] = "page"
            layoutCandidates = [source.frontMatter.layout ?? "", "\(source.section)/single", "single"]
            if let pair = model.neighbours[source.url] {
                if let previous = pair.previous { context["prev"] = shared.entries[previous] }
                if let next = pair.next { context["next"] = shared.entries[next] }
                context["hasPrevNext"] = pair.previous != nil || pair.next != nil
            }
            if !source.section.isEmpty {
                let section = shared.sections[source.section]
                page["sectionTitle"] = TemplateText(section?.title ?? sectionTitle(source.section))
                page["sectionURL"] = TemplateText(section?.url ?? config.relativeURL("/\(source.section)/"))
            }
        case .section(let name, let index):
            page["kind"] = "section"
            page["section"] = name
            if index == nil { page["title"] = TemplateText(sectionTitle(name)) }
            layoutCandidates = [index?.frontMatter.layout ?? "", "\(name)/list", "list"]
            let pages = model.sectionPages[name] ?? []
            context["pages"] = pages.compactMap { shared.entries[$0.url] }
            let settings = config.section(name)
            if !settings.groupBy.isEmpty {
                context["hasGroups"] = true
                context["groups"] = SectionGroups.group(
                    pages.sorted(by: PageOrder.comparator(settings.sort)), settings: settings
                ).map { group -> ContextBox in
                    ContextBox([
                        "name": group.name, "title": group.title,
                        "pages": group.pages.compactMap { shared.entries[$0.url] },
                    ])
                }
            }
            sitemap?.lastModified = pages.compactMap { $0.frontMatter.updated ?? $0.frontMatter.date }.max()
        case .home(let index):
            page["kind"] = "home"
            page["isHome"] = true
            if index == nil { page["title"] = TemplateText(config.title) }
            layoutCandidates = [index?.frontMatter.layout ?? "", "home", "list"]
            context["sections"] = model.content.sections.map { name -> [String: Any] in
                let pages = model.sectionPages[name] ?? []
                var entry: [String: Any] = [
                    "name": name, "title": sectionTitle(name), "url": config.relativeURL("/\(name)/"),
                    "count": pages.count, "pages": pages.prefix(6).compactMap { shared.entries[$0.url] },
                ]
                if let description = model.sectionIndex[name]?.frontMatter.description {
                    entry["description"] = description
                }
                return entry
            }
        case .tags:
            page["kind"] = "tags"
            page["title"] = TemplateText("Tags")
            layoutCandidates = ["tags", "list"]
            context["terms"] = model.tags.map { tag -> [String: Any] in
                ["name": tag.name, "url": config.relativeURL("/tags/\(tag.slug)/"), "count": tag.pages.count]
            }
            search = nil
        case .tag(let tag):
            page["kind"] = "tag"
            page["title"] = TemplateText("Tag: \(tag.name)")
            page["tag"] = tag.name
            layoutCandidates = ["tag", "list"]
            context["pages"] = tag.pages.compactMap { shared.entries[$0.url] }
        case .generated(let generated, let plugin):
            page["kind"] = "generated"
            page["title"] = TemplateText(generated.title)
            page["section"] = generated.section
            if let description = generated.description { page["description"] = TemplateText(description) }
            if let date = generated.date { page["date"] = DateValue(date) }
            page["params"] = TemplateValues.object(generated.context)
            for (key, value) in generated.context { context[key] = TemplateValues.value(value) }
            layoutCandidates = [generated.layout, "single"]
            let bodyHTML: String
            var headings: [Heading] = []
            switch generated.body {
            case .markdown(let text, let origin):
                let body = try self.body(
                    text, firstLine: origin?.line ?? 1, file: origin?.file ?? "plugin '\(plugin)'", sourcePath: nil,
                    pageURL: url)
                bodyHTML = body.html
                headings = body.headings
                links = body.links
                anchors = Set(body.headings.map(\.id))
                let toc = Self.tableOfContents(body.headings)
                page["toc"] = TemplateText(toc)
                page["hasToc"] = !toc.isEmpty
            case .trustedHTML(let html):
                bodyHTML = html
                anchors = SearchText.ids(in: html)
            }
            let content = Self.setContent(bodyHTML, on: &page)
            if generated.inSearch {
                var text = generated.searchText
                if text == nil, case .markdown = generated.body {
                    text = SearchText.excerpt(content, limit: config.searchTextLimit)
                }
                if let text {
                    search = SearchEntry(
                        url: config.relativeURL(url), title: generated.title, section: generated.section,
                        headings: headings.filter { $0.level >= 2 }.map { ($0.text, $0.id) },
                        text: String(text.prefix(config.searchTextLimit)))
                }
            }
            if !generated.inSitemap { sitemap = nil }
            sitemap?.lastModified = generated.date
            if let data = model.pageData[url] { context["data"] = TemplateValues.object(data) }
        case .alias(_, let target):
            let html = AliasPage.html(
                to: config.relativeURL(target.url), absolute: config.absoluteURL(target.url), title: target.title,
                language: config.language)
            return (
                JobResult(
                    url: url, outputPath: job.outputPath, anchors: nil, links: [], search: nil, sitemap: nil,
                    contentHTML: nil), html
            )
        case .notFound:
            page["kind"] = "404"
            page["title"] = TemplateText("Page not found")
            layoutCandidates = ["404", "single"]
            sitemap = nil
        }

        context["site"] = shared.siteBox
        context["page"] = ContextBox(page)
        context["menu"] = menu(for: url)
        if let asked = job.sourcePage?.frontMatter.layout, !theme.names.contains(asked) {
            throw ParaReadyError(
                .invalidValue,
                "the theme has no template '\(asked)' (no \(config.themeDirectory)/templates/\(asked).mustache)",
                at: job.sourcePage?.frontMatter.locations["layout"])
        }
        guard let layout = theme.layout(layoutCandidates) else {
            throw ParaReadyError(
                .invalidValue,
                "the theme has no template for this page (looked for \(layoutCandidates.filter { !$0.isEmpty }.joined(separator: ", ")))",
                at: job.sourcePage?.frontMatter.locations["layout"]
                    ?? SourceLocation(file: job.sourcePage?.displayPath ?? config.themeDirectory, line: 1))
        }
        let html = RenderProfile.measure(.template) { theme.render(ContextBox(context), layout: layout) }
        return (
            JobResult(
                url: url, outputPath: job.outputPath, anchors: anchors, links: links, search: search, sitemap: sitemap,
                contentHTML: contentHTML), html
        )
    }

    // MARK: Context pieces

    private func fill(_ page: inout [String: Any], from source: SitePage) {
        let front = source.frontMatter
        page["title"] = TemplateText(front.title)
        page["section"] = source.section
        page["source"] = source.sourcePath
        if let description = front.description { page["description"] = TemplateText(description) }
        if let date = front.date { page["date"] = DateValue(date) }
        if let updated = front.updated { page["updated"] = DateValue(updated) }
        if !front.tags.isEmpty {
            page["tags"] = tagEntries(front.tags)
            page["hasTags"] = true
        }
        page["params"] = TemplateValues.object(front.extra)
    }

    func tagEntries(_ tags: [String]) -> [RecordBox] {
        tags.map {
            shared.tags[$0]
                ?? RecordBox([
                    "name": TemplateText($0), "url": TemplateText(config.relativeURL("/tags/\(TagSlug.slug($0))/")),
                ])
        }
    }

    func sectionTitle(_ name: String) -> String {
        if let known = shared.sections[name] { return known.title }
        return model.sectionIndex[name]?.title ?? ContentLoader.title(fromFileName: name)
    }

    /// The site menu with the entries leading to `url` marked active.
    func menu(for url: String) -> [RecordBox] {
        shared.menu.map { entry in
            let target = entry.target
            let active = target == url || (target != "/" && !SiteConfig.isAbsoluteURL(target) && url.hasPrefix(target))
            return active ? entry.active : entry.inactive
        }
    }

    static func sharedContext(model: SiteModel, theme: Theme) -> SharedContext {
        let config = model.content.config
        var site: [String: Any] = [
            "title": TemplateText(config.title), "description": TemplateText(config.description),
            "baseURL": TemplateText(config.baseURL), "basePath": TemplateText(config.basePath),
            "language": config.language, "params": TemplateValues.object(config.params),
            "data": TemplateValues.object(model.siteData),
            "search": config.search,
            "searchIndexURL": TemplateText(config.relativeURL("/search-index.json")),
            "assetsURL": TemplateText(config.relativeURL("/assets/")),
            "assetVersion": TemplateText(theme.assetVersion),
            "homeURL": TemplateText(config.relativeURL("/")),
            "tagsURL": TemplateText(config.relativeURL("/tags/")),
        ]
        site["headLinks"] = model.headLinks.map { link -> RecordBox in
            RecordBox([
                "rel": TemplateText(link.rel), "type": TemplateText(link.type), "title": TemplateText(link.title),
                "href": TemplateText(config.relativeURL(link.href)),
            ])
        }
        var tagURLs: [String: String] = [:]
        for page in model.content.pages {
            for tag in page.frontMatter.tags where tagURLs[tag] == nil {
                tagURLs[tag] = config.relativeURL("/tags/\(TagSlug.slug(tag))/")
            }
        }
        var tags: [String: RecordBox] = [:]
        for (name, url) in tagURLs { tags[name] = RecordBox(["name": TemplateText(name), "url": TemplateText(url)]) }
        let menu = config.menu.sorted { ($0.weight, $0.name) < ($1.weight, $1.name) }.map { item in
            let entry: [String: Any] = [
                "name": TemplateText(item.name), "url": TemplateText(config.relativeURL(item.url)),
            ]
            return SharedContext.MenuEntry(
                target: item.url, inactive: RecordBox(entry.merging(["active": false]) { $1 }),
                active: RecordBox(entry.merging(["active": true]) { $1 }))
        }
        var sections: [String: (title: String, url: String)] = [:]
        for name in Set(model.content.pages.map(\.section)) where !name.isEmpty {
            sections[name] = (
                model.sectionIndex[name]?.title ?? ContentLoader.title(fromFileName: name),
                config.relativeURL("/\(name)/")
            )
        }
        var entries: [String: [String: Any]] = [:]
        entries.reserveCapacity(model.content.pages.count)
        for page in model.content.pages {
            let front = page.frontMatter
            var entry: [String: Any] = [
                "title": TemplateText(front.title), "url": TemplateText(config.relativeURL(page.url)),
                "section": page.section,
            ]
            if let description = front.description { entry["description"] = TemplateText(description) }
            if let date = front.date { entry["date"] = DateValue(date) }
            if !front.tags.isEmpty {
                entry["tags"] = front.tags.map {
                    tags[$0] ?? RecordBox(["name": TemplateText($0), "url": TemplateText("")])
                }
            }
            if !front.extra.isEmpty { entry["params"] = TemplateValues.object(front.extra) }
            entries[page.url] = entry
        }
        // A theme with `partials/list-item` gets each page's list entry rendered once (as `html`), however many
        // lists (section, tags, home) show it.
        if theme.names.contains("partials/list-item") {
            let box = SharedContext(
                site: site, entries: entries, tagURLs: tagURLs, tags: tags, menu: menu, sections: sections)
            let urls = model.content.pages.map(\.url)
            let rendered =
                (try? Parallel.map(urls) { (url: String) throws(ParaReadyError) -> String in
                    guard let entry = box.entries[url] else { return "" }
                    var context = entry.values
                    context["site"] = box.siteBox
                    return theme.render(ContextBox(context), layout: "partials/list-item")
                }) ?? []
            for (url, html) in zip(urls, rendered) { entries[url]?["html"] = TemplateText(html) }
        }
        return SharedContext(
            site: site, entries: entries, tagURLs: tagURLs, tags: tags, menu: menu, sections: sections)
    }
}
