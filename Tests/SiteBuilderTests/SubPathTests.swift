import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

/// A site served under a sub-path (`https://example.org/docs/`): nothing it writes may point outside it.
@Suite struct SubPathTests {
    static let files = [
        "_index.md": page("title: Home", "Welcome. See the [guide](guides/a.md).\n"),
        "guides/a.md": page("title: A\ntags: [runtime]", "# A\n\n## Part\n\n[B](b.md#part) and [home](/)\n"),
        "guides/b.md": page("title: B\naliases: [/old-b/]", "## Part\n\nText.\n"),
        "updates/2024-04-23-kusama.md": page(
            "title: Kusama\ndate: 2024-04-23\ntags: [kusama]\n"
                + "milestones:\n  - {name: Kusama activation, network: kusama, status: done, date: 2024-04-23}",
            "Enabled on [Kusama](../guides/a.md).\n"),
    ]

    func built() throws -> SiteFixture {
        let site = try SiteFixture(Self.files) { $0.baseURL = "https://example.org/docs/" }
        try site.build(plugins: [UpdatesPlugin()])
        return site
    }

    @Test func everyLinkAndAssetInEveryPageStaysUnderTheBasePath() throws {
        let site = try built()
        let pages = site.snapshot().filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        let attribute = try Regex(#"(?:href|src|action)="([^"]*)""#)
        var checked = 0
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: attribute) {
                let target = String(match.output[1].substring ?? "")
                if target.hasPrefix("#") || target.hasPrefix("https://example.com") { continue }
                checked += 1
                let local = target.hasPrefix("/docs/") || target.hasPrefix("https://example.org/docs/")
                #expect(local, "\(path) links to \(target)")
            }
        }
        #expect(checked > 100)
    }

    @Test func sitemapRobotsSearchIndexAndFeedsUseTheBase() throws {
        let site = try built()
        let sitemap = try #require(site.output("sitemap.xml"))
        let locs = sitemap.matches(of: try Regex("<loc>([^<]*)</loc>")).map { String($0.output[1].substring ?? "") }
        #expect(!locs.isEmpty)
        #expect(locs.allSatisfy { $0.hasPrefix("https://example.org/docs/") })
        #expect(try #require(site.output("robots.txt")).contains("Sitemap: https://example.org/docs/sitemap.xml"))
        let index = try #require(site.output("search-index.json"))
        let urls = index.matches(of: try Regex(#"\["(/[^"]*)""#)).map { String($0.output[1].substring ?? "") }
        #expect(urls.count >= 4)
        #expect(urls.allSatisfy { $0.hasPrefix("/docs/") })
        let atom = try #require(site.output("updates/atom.xml"))
        #expect(atom.contains("href=\"https://example.org/docs/updates/2024-04-23-kusama/\""))
        #expect(!atom.contains("href=\"https://example.org/updates/"))
        let redirect = try #require(site.output("old-b/index.html"))
        #expect(redirect.contains("/docs/guides/b/"))
    }
}
