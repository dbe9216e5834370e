import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct LinkCheckTests {
    static let guide = page(
        "title: Guide",
        """
        # Guide

        ## The change

        See [the item](../checklist/hook.md#what-it-is), [the section](../checklist/),
        [this part](#the-change), [home](/), [a post](/guides/other/) and [the site](https://example.com/x.md).
        """)
    static let item = page("title: Hook\nphase: runtime\norder: 1", "## What it is\n\nText.\n")

    @Test func linksBetweenMarkdownFilesAreRewrittenToPages() throws {
        let site = try SiteFixture([
            "guides/a.md": Self.guide, "guides/other.md": page("title: Other"), "checklist/hook.md": Self.item,
        ])
        let report = try site.build()
        let html = try #require(site.output("guides/a/index.html"))
        #expect(html.contains("href=\"/checklist/hook/#what-it-is\""))
        #expect(html.contains("href=\"/checklist/\""))
        #expect(html.contains("href=\"#the-change\""))
        #expect(html.contains("href=\"/guides/other/\""))
        #expect(html.contains("href=\"https://example.com/x.md\""))
        #expect(report.links == 5)  // the external link is not checked
    }

    @Test func aBaseURLWithASubPathPrefixesEveryLink() throws {
        let site = try SiteFixture([
            "guides/a.md": Self.guide, "guides/other.md": page("title: Other"), "checklist/hook.md": Self.item,
        ]) { $0.baseURL = "https://example.org/docs/" }
        try site.build()
        let html = try #require(site.output("guides/a/index.html"))
        #expect(html.contains("href=\"/docs/checklist/hook/#what-it-is\""))
        #expect(html.contains("href=\"/docs/guides/other/\""))
        #expect(html.contains("href=\"/docs/assets/site.css"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/docs/guides/a/\">"))
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/docs/guides/a/</loc>"))
    }

    @Test func aMissingPageIsAnErrorAtTheLinkPosition() throws {
        let site = try SiteFixture([
            "guides/a.md": page("title: A", "Intro.\n\nText with [a bad link](missing.md) here.\n")
        ])
        let error = try #require(site.buildError())
        // Body line 3 is file line 6 (fence, title, fence, then the body).
        #expect(error.location == SourceLocation(file: "content/guides/a.md", line: 6, column: 11))
        #expect(error.message.contains("missing.md"))
        #expect(!site.listing().contains("_site"))
    }

    @Test func aMissingAnchorIsAnErrorWithASuggestion() throws {
        let site = try SiteFixture([
            "guides/a.md": page("title: A", "[x](../checklist/hook.md#what-it-iz)\n"), "checklist/hook.md": Self.item,
        ])
        let error = try #require(site.buildError())
        #expect(error.location == SourceLocation(file: "content/guides/a.md", line: 4, column: 1))
        #expect(error.message.contains("has no heading '#what-it-iz'"))
        #expect(error.message.contains("did you mean '#what-it-is'"))
    }

    @Test func everyBrokenLinkIsReportedInOrder() throws {
        let site = try SiteFixture([
            "b.md": page("title: B", "[one](#nowhere)\n"),
            "a.md": page("title: A", "[two](/no/such/page/)\n\n[three](../../etc/passwd)\n"),
        ])
        let error = try #require(site.buildError())
        #expect(error.location?.file == "content/a.md")
        #expect(error.message.contains("(3 broken links in all)"))
        #expect(error.causes.count == 2)
        #expect(error.causes[0].hasPrefix("also: content/a.md:6:1:"))
        #expect(error.causes[0].contains("outside the content folder"))
        #expect(error.causes[1].hasPrefix("also: content/b.md:4:1:"))
    }

    @Test func linksToDraftsSayWhy() throws {
        let site = try SiteFixture([
            "a.md": page("title: A", "[d](d.md)\n"), "d.md": page("title: D\ndraft: true"),
        ])
        #expect(site.buildError()?.message.contains("is a draft and not published") == true)
        site.update { $0.includeDrafts = true }
        try site.build()
        #expect(site.output("d/index.html") != nil)
    }

    @Test func warningModeBuildsAndReportsAndOffIgnores() throws {
        let site = try SiteFixture(["a.md": page("title: A", "[x](nope.md)\n")]) { $0.linkCheck = .warning }
        let report = try site.build()
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].contains("content/a.md:4:1"))
        site.update { $0.linkCheck = .off }
        #expect(try site.build().warnings.isEmpty)
    }

    @Test func checkRunsTheChecksWithoutWriting() throws {
        let site = try SiteFixture(["a.md": page("title: A", "[x](#missing)\n")])
        do {
            _ = try site.builder().check()
            Issue.record("check should fail")
        } catch {
            #expect(error.location == SourceLocation(file: "content/a.md", line: 4, column: 1))
        }
        try site.write("content/a.md", page("title: A", "## Here\n\n[x](#here)\n"))
        let report = try site.builder().check()
        #expect(report.links == 1)
        #expect(!site.listing().contains("_site"))
    }

    @Test func staticFilesAndPluginFilesAreValidTargets() throws {
        let site = try SiteFixture([
            "guides/a.md": page(
                "title: A", "![d](img/diagram.svg) [feed](/feeds/finish.txt) [css](/assets/site.css)\n"),
            "guides/img/diagram.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        try site.build(plugins: [TestPlugin(wantedSection: "guides")])
        let html = try #require(site.output("guides/a/index.html"))
        #expect(html.contains("src=\"/guides/img/diagram.svg\""))
        #expect(site.output("guides/img/diagram.svg") != nil)
    }
}
