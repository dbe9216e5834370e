import ParaReadyCore

/// The development-updates section as a site plugin: paginated index, per-tag pages, the milestones timeline,
/// data for each update's page and for the home page, and Atom, RSS and JSON Feed files.
///
/// Settings (`[plugins.updates]` in `site.toml`, all optional): `per_page` (10), `feed_limit` (50),
/// `home_milestones` (5), `id_authority` (the base URL's host; keep it when the site moves so feed ids stay).
public struct UpdatesPlugin: SitePlugin {
    public let name = "updates"
    /// The content section holding the updates.
    public var section: String

    public init(section: String = "updates") {
        self.section = section
    }

    public var defaultTemplates: [String: String] { UpdatesTemplates.all }

    /// The settings this build uses.
    struct Settings {
        var perPage = 10
        var feedLimit = 50
        var homeMilestones = 5
        var idAuthority: String?

        init(_ value: SiteValue?) throws(ParaReadyError) {
            guard let table = value?.object else { return }
            func positive(_ key: String, _ fallback: Int) throws(ParaReadyError) -> Int {
                guard let raw = table[key] else { return fallback }
                guard let number = raw.int, number > 0 else {
                    throw ParaReadyError(
                        .invalidValue, "[plugins.updates] \(key) must be a positive integer", file: "site.toml")
                }
                return number
            }
            perPage = try positive("per_page", perPage)
            feedLimit = try positive("feed_limit", feedLimit)
            homeMilestones = try positive("home_milestones", homeMilestones)
            idAuthority = table["id_authority"]?.string
        }
    }

    var routes: UpdateRoutes { UpdateRoutes(section: section + "/") }

    /// The validated updates of a loaded site, with each entry's page URL (`/updates/<slug>/`).
    public func collection(
        from content: SiteContent
    ) throws(ParaReadyError) -> (collection: UpdateCollection, urls: [String: String]) {
        var entries: [UpdateEntry] = []
        var warnings: [UpdateWarning] = []
        var urls: [String: String] = [:]
        for page in content.pages where page.section == section && !page.isIndex {
            let (entry, found) = try UpdateEntry.from(page: page)
            entries.append(entry)
            warnings += found
            urls[entry.slug] = page.url
        }
        return (UpdateCollection(entries: entries, warnings: warnings), urls)
    }

    /// Warnings about the updates (unknown tags and keys), for commands that show them.
    public func warnings(for content: SiteContent) throws(ParaReadyError) -> [UpdateWarning] {
        try collection(from: content).collection.warnings
    }

    public func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution {
        let settings = try Settings(content.config.pluginSettings[name])
        let (collection, urls) = try collection(from: content)
        let model = UpdatesPageModel(
            content: content, routes: routes, collection: collection, entryURLs: urls, settings: settings)
        var contribution = model.contribution()
        contribution.warnings += collection.warnings.map { SiteWarning($0.message, at: $0.location) }
        return contribution
    }

    public func wantsRenderedHTML(of page: SitePage) -> Bool {
        page.section == section && !page.isIndex
    }

    public func finish(_ site: RenderedSite) throws(ParaReadyError) -> [SiteFile] {
        let settings = try Settings(site.content.config.pluginSettings[name])
        let (collection, urls) = try collection(from: site.content)
        let siteURL: SiteURL
        do {
            siteURL = try SiteURL(site.content.config.baseURL)
        } catch {
            throw ParaReadyError(
                .invalidValue, "feeds need an absolute base_url (https://…), not `\(site.content.config.baseURL)`",
                file: "site.toml")
        }
        var html: [String: String] = [:]
        for rendered in site.pages { html[rendered.page.url] = rendered.contentHTML }
        let feeds = UpdateFeeds(
            site: siteURL, routes: routes, siteTitle: site.content.config.title, idAuthority: settings.idAuthority,
            limit: settings.feedLimit)
        // Page URLs from the builder are site paths (`/updates/x/`); the base URL supplies the base path.
        let files = feeds.files(
            for: collection,
            html: { entry in Emoji.replacingShortcodes(inHTML: html[urls[entry.slug] ?? ""] ?? "") },
            pagePath: { entry in
                String((urls[entry.slug] ?? "/" + routes.entry(entry.slug)).dropFirst())
            })
        return files.map { SiteFile(path: $0.path, text: $0.text) }
    }
}
