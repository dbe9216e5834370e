import ParaReadyCore

/// The whole site laid out before rendering: every output page, section orders, tags, neighbours, plugin data.
struct SiteModel: Sendable {
    let content: SiteContent
    let staticFiles: [ContentLoader.StaticFile]
    let unpublished: [String: String]
    let contributions: [(plugin: String, contribution: SiteContribution)]
    /// Every page to render, in a fixed order.
    let jobs: [RenderJob]
    /// Non-index pages of each section in reading order (groups first when the section is grouped).
    let sectionPages: [String: [SitePage]]
    /// Section index pages (`_index.md`) by section name.
    let sectionIndex: [String: SitePage]
    let tags: [TagGroup]
    /// Previous and next page (URL) in each page's section.
    let neighbours: [String: Neighbours]
    /// Plugin page data merged by URL: plugin name → key → value.
    let pageData: [String: [String: SiteValue]]
    /// Plugin site data: plugin name → value.
    let siteData: [String: SiteValue]
    let headLinks: [HeadLink]

    init(
        content: SiteContent, staticFiles: [ContentLoader.StaticFile], unpublished: [String: String],
        contributions: [(plugin: String, contribution: SiteContribution)]
    ) throws(ParaReadyError) {
        self.content = content
        self.staticFiles = staticFiles
        self.unpublished = unpublished
        let config = content.config
        var jobs: [RenderJob] = []
        var sectionPages: [String: [SitePage]] = [:]
        var sectionIndex: [String: SitePage] = [:]
        var homeIndex: SitePage?
        var neighbours: [String: Neighbours] = [:]
        var bySection: [String: [Int]] = [:]
        let all = content.pages
        for (index, page) in all.enumerated() {
            if page.isIndex && page.section.isEmpty && page.url == "/" {
                homeIndex = page
            } else if page.isIndex && page.url == "/\(page.section)/" {
                sectionIndex[page.section] = page
            } else {
                bySection[page.section, default: []].append(index)
            }
        }
        for (section, members) in bySection {
            let settings = config.section(section)
            // Sort indices, not pages: a page is a large value and sorting copies what it moves.
            var ordered = PageOrder.sorted(members, of: all, by: settings.sort).map { all[$0] }
            if !settings.groupBy.isEmpty {
                ordered = SectionGroups.group(ordered, settings: settings).flatMap(\.pages)
            }
            sectionPages[section] = ordered
            guard !section.isEmpty, settings.previousNext else { continue }
            for (i, page) in ordered.enumerated() {
                neighbours[page.url] = Neighbours(
                    previous: i > 0 ? ordered[i - 1].url : nil, next: i + 1 < ordered.count ? ordered[i + 1].url : nil)
            }
        }
        // Tags: one group per slug, named by the first spelling in sorted order.
        var tagNames: [String: String] = [:]
        var tagMembers: [String: [Int]] = [:]
        for (index, page) in content.pages.enumerated() {
            var seen: Set<String> = []
            for tag in page.frontMatter.tags {
                let slug = TagSlug.slug(tag)
                guard seen.insert(slug).inserted else { continue }
                if let name = tagNames[slug] {
                    if tag < name { tagNames[slug] = tag }
                } else {
                    tagNames[slug] = tag
                }
                tagMembers[slug, default: []].append(index)
            }
        }
        let tags = tagNames.keys.sorted().map { slug in
            TagGroup(
                name: tagNames[slug]!, slug: slug,
                pages: PageOrder.sorted(tagMembers[slug]!, of: all, by: "date").map { all[$0] })
        }

        // Output paths: content first, then built-in lists, then plugins; clashes are errors.
        var claimed: [String: String] = [:]
        func claim(_ url: String, _ owner: String, at location: SourceLocation?) throws(ParaReadyError) {
            if let other = claimed[url] {
                throw ParaReadyError(
                    .conflict, "\(owner) would be written at \(url), which is already \(other)",
                    at: location ?? SourceLocation(file: "site.toml", line: 1))
            }
            claimed[url] = owner
        }
        jobs.append(.home(index: homeIndex))
        try claim("/", homeIndex?.displayPath ?? "the home page", at: nil)
        var implicitSections: Set<String> = []
        for section in Set(bySection.keys).union(sectionIndex.keys).sorted() where !section.isEmpty {
            let index = sectionIndex[section]
            let url = index?.url ?? "/\(section)/"
            if claimed[url] != nil, index == nil { continue }
            if index == nil { implicitSections.insert(url) }
            try claim(url, index?.displayPath ?? "the index of section '\(section)'", at: nil)
            jobs.append(.section(name: section, index: index))
        }
        for page in content.pages where !(page.isIndex && (page.url == "/" || page.url == "/\(page.section)/")) {
            try claim(page.url, page.displayPath, at: page.frontMatter.locations["slug"])
            jobs.append(.page(page))
        }
        if !tags.isEmpty {
            try claim("/tags/", "the tag list", at: nil)
            jobs.append(.tags)
            for tag in tags {
                try claim(
                    "/tags/\(tag.slug)/", "the page of tag '\(tag.name)'",
                    at: tag.pages.first.flatMap { $0.frontMatter.locations["tags"] })
                jobs.append(.tag(tag))
            }
        }
        var pageData: [String: [String: SiteValue]] = [:]
        var siteData: [String: SiteValue] = [:]
        var headLinks: [HeadLink] = []
        var pluginJobs: [RenderJob] = []
        for (plugin, contribution) in contributions {
            let origin = SourceLocation(file: "plugin '\(plugin)'", line: 1)
            for var generated in contribution.pages {
                generated.path = try PathGuard.sitePath(generated.path, what: "generated page path", at: origin)
                if implicitSections.contains(generated.path) {
                    // A plugin page takes the place of an implicit section index.
                    implicitSections.remove(generated.path)
                    claimed[generated.path] = nil
                    jobs.removeAll { if case .section = $0 { return $0.url == generated.path } else { return false } }
                }
                try claim(generated.path, "page '\(generated.title)' of plugin '\(plugin)'", at: origin)
                pluginJobs.append(.generated(generated, plugin: plugin))
            }
            for (url, data) in contribution.pageData {
                pageData[url, default: [:]][plugin] = .object(data)
            }
            siteData[plugin] = .object(contribution.siteData)
            headLinks += contribution.headLinks
        }
        jobs += pluginJobs
        for page in content.pages {
            for alias in page.frontMatter.aliases {
                try claim(alias, "an alias of \(page.displayPath)", at: page.frontMatter.locations["aliases"])
                jobs.append(.alias(from: alias, to: page))
            }
        }
        jobs.append(.notFound)
        self.jobs = jobs
        self.sectionPages = sectionPages
        self.sectionIndex = sectionIndex
        self.tags = tags
        self.neighbours = neighbours
        self.contributions = contributions
        self.pageData = pageData
        self.siteData = siteData
        self.headLinks = headLinks
    }

    /// Every site path the build writes a page at, plus the files it writes (for the link checker).
    func knownPaths(extraFiles: [String]) -> Set<String> {
        var paths = Set(jobs.map(\.url))
        for file in staticFiles { paths.insert("/" + file.output) }
        for file in extraFiles { paths.insert("/" + file) }
        return paths
    }

    /// Previous and next page URLs of a page in its section.
    struct Neighbours: Sendable, Equatable {
        var previous: String?
        var next: String?
    }

    /// Content-relative folder → its index URL, for links to folders (`../checklist/`).
    var folderIndex: [String: String] {
        var out: [String: String] = ["": "/"]
        for job in jobs {
            if case .section(let name, _) = job { out[name] = job.url }
        }
        for page in content.pages where page.isIndex {
            out[LinkResolver.folder(of: page.sourcePath)] = page.url
        }
        return out
    }
}
