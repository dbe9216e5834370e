import ParaReadyCore

/// Adds generated content to a site build: extra pages, data for existing pages, and extra files such as feeds.
///
/// The builder calls a plugin twice. `contribute(to:)` runs after every Markdown page has been loaded (front
/// matter parsed, drafts and future pages filtered, URLs assigned) and before anything is rendered; what it
/// returns is rendered with the rest of the site, checked by the link checker and listed in the sitemap and
/// search index. `finish(_:)` runs after every page has been rendered, with the rendered HTML of the pages the
/// plugin asked for (`wantsRenderedHTML(of:)`), and returns files written verbatim (Atom, RSS, JSON Feed…).
///
/// Plugins run in the order they are registered; a plugin must be deterministic (no clock, no randomness, sorted
/// output) so that two builds of the same input stay byte-identical. Errors are `ParaReadyError` values naming
/// the file and position that caused them; they stop the build before anything is written.
public protocol SitePlugin: Sendable {
    /// A short stable identifier (`updates`, `audit-reports`): the key of the plugin's data in templates
    /// (`data.<name>` on pages, `site.data.<name>` everywhere) and of its settings in `site.toml`
    /// (`[plugins.<name>]`, available as `content.config.pluginSettings[name]`).
    var name: String { get }

    /// Mustache templates the plugin needs, by name (`updates/timeline`). A theme file with the same name
    /// (`site/templates/updates/timeline.mustache`) wins, so a theme can restyle a plugin's pages.
    var defaultTemplates: [String: String] { get }

    /// Looks at the loaded site and returns pages, page data, site data and files to add.
    func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution

    /// Whether `finish(_:)` needs the rendered body HTML of `page` (only those pages' HTML is kept in memory).
    func wantsRenderedHTML(of page: SitePage) -> Bool

    /// Runs after every page has been rendered; returns extra files (feeds) to write into the output.
    func finish(_ site: RenderedSite) throws(ParaReadyError) -> [SiteFile]
}

extension SitePlugin {
    public var defaultTemplates: [String: String] { [:] }

    public func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution {
        SiteContribution()
    }

    public func wantsRenderedHTML(of page: SitePage) -> Bool { false }

    public func finish(_ site: RenderedSite) throws(ParaReadyError) -> [SiteFile] { [] }
}
