import ParaReadyCore

@testable import SiteBuilder

/// A plugin whose contribution is fixed by the test.
struct TestPlugin: SitePlugin {
    var name = "test"
    var pages: [GeneratedPage] = []
    var files: [SiteFile] = []
    var pageData: [String: [String: SiteValue]] = [:]
    var siteData: [String: SiteValue] = [:]
    var headLinks: [HeadLink] = []
    var templates: [String: String] = [:]
    var warnings: [SiteWarning] = []
    /// Sections whose pages' HTML `finish` receives; `finish` writes their titles and HTML sizes to a file.
    var wantedSection: String?

    var defaultTemplates: [String: String] { templates }

    func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution {
        SiteContribution(
            pages: pages, pageData: pageData, siteData: siteData, files: files, headLinks: headLinks,
            warnings: warnings)
    }

    func wantsRenderedHTML(of page: SitePage) -> Bool {
        page.section == wantedSection
    }

    func finish(_ site: RenderedSite) throws(ParaReadyError) -> [SiteFile] {
        guard wantedSection != nil else { return [] }
        let lines = site.pages.map { "\($0.page.title)|\($0.contentHTML)" }
        return [SiteFile(path: "feeds/finish.txt", text: lines.joined(separator: "\n"))]
    }
}
