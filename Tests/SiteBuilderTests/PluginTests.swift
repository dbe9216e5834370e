import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct PluginTests {
    @Test func generatedPagesDataFilesAndHeadLinks() throws {
        let site = try SiteFixture([
            "updates/2024-04-23-kusama.md": page("title: Kusama\ndate: 2024-04-23", "Enabled on **Kusama**.\n"),
            "guides/a.md": page("title: A", "[report](/reports/demo/#findings)\n"),
        ])
        let plugin = TestPlugin(
            pages: [
                GeneratedPage(
                    path: "reports/demo/", title: "Demo report", layout: "report",
                    body: .markdown("## Findings\n\nSee [the guide](/guides/a/).\n"),
                    context: ["stage": "enabled", "score": 3]),
                GeneratedPage(
                    path: "dashboard", title: "Dashboard", body: .trustedHTML("<p id=\"table\">ok</p>"),
                    searchText: "readiness dashboard"),
            ],
            files: [SiteFile(path: "reports/demo.json", text: "{}")],
            pageData: ["/guides/a/": ["note": "from plugin"]], siteData: ["count": 2],
            headLinks: [HeadLink(type: "application/atom+xml", title: "Updates", href: "/updates/atom.xml")],
            templates: [
                "report":
                    "{{<baseof}}{{$main}}<main><h1>{{page.title}}</h1><p class=\"stage\">{{stage}}/{{page.params.score}}</p>{{{page.content}}}<p>{{site.data.test.count}}</p></main>{{/main}}{{/baseof}}"
            ],
            wantedSection: "updates")
        try site.build(plugins: [plugin])
        let report = try #require(site.output("reports/demo/index.html"))
        #expect(report.contains("<p class=\"stage\">enabled/3</p>"))
        #expect(report.contains("<h2 id=\"findings\">Findings</h2>"))
        #expect(report.contains("href=\"/guides/a/\""))
        #expect(report.contains("<p>2</p>"))
        #expect(
            report.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Updates\" href=\"/updates/atom.xml\">"))
        #expect(site.output("dashboard/index.html")?.contains("<p id=\"table\">ok</p>") == true)
        #expect(site.output("reports/demo.json") == "{}")
        let finish = try #require(site.output("feeds/finish.txt"))
        #expect(finish == "Kusama|<p>Enabled on <strong>Kusama</strong>.</p>\n")
        let index = try #require(site.output("search-index.json"))
        #expect(index.contains("readiness dashboard"))
        #expect(index.contains("\"/reports/demo/\""))
    }

    @Test func aPluginPageMayReplaceAnImplicitSectionIndexButNotARealPage() throws {
        let site = try SiteFixture(["updates/a.md": page("title: A\ndate: 2024-01-01")])
        let timeline = TestPlugin(pages: [
            GeneratedPage(path: "/updates/", title: "Timeline", body: .trustedHTML("<p>t</p>"))
        ])
        try site.build(plugins: [timeline])
        #expect(site.output("updates/index.html")?.contains("<p>t</p>") == true)
        try site.write("content/updates/_index.md", page("title: Updates"))
        let error = site.buildError(plugins: [timeline])
        #expect(error?.kind == .conflict)
        #expect(error?.message.contains("/updates/") == true)
    }

    @Test func brokenLinksInGeneratedMarkdownAreReported() throws {
        let site = try SiteFixture(["a.md": page("title: A")])
        let plugin = TestPlugin(pages: [
            GeneratedPage(
                path: "r/", title: "R",
                body: .markdown("\n[x](/nope/)\n", origin: SourceLocation(file: "content/projects/r.toml", line: 10)))
        ])
        let error = site.buildError(plugins: [plugin])
        #expect(error?.location == SourceLocation(file: "content/projects/r.toml", line: 11, column: 1))
    }

    @Test func pluginFilesMayNotOverwriteBuiltOutput() throws {
        let site = try SiteFixture(["a.md": page("title: A")])
        let plugin = TestPlugin(files: [SiteFile(path: "sitemap.xml", text: "mine")])
        #expect(site.buildError(plugins: [plugin])?.kind == .conflict)
    }

    @Test func theContentPluginsSeeHasTypedFrontMatterAndSections() throws {
        struct Inspector: SitePlugin {
            let name = "inspect"
            func contribute(to content: SiteContent) throws(ParaReadyError) -> SiteContribution {
                let items = content.pages(inSection: "checklist")
                let summary = items.map {
                    "\($0.frontMatter.extra["id"]?.text ?? "?")@\($0.frontMatter.extra["phase"]?.text ?? "?")"
                }
                return SiteContribution(files: [
                    SiteFile(
                        path: "summary.txt",
                        text: summary.joined(separator: ",") + "|" + content.sections.joined(separator: ",") + "|"
                            + content.absoluteURL("/x/"))
                ])
            }
        }
        let site = try SiteFixture([
            "checklist/b.md": page("id: b\ntitle: B\nphase: node\norder: 2"),
            "checklist/a.md": page("id: a\ntitle: A\nphase: runtime\norder: 1"),
            "guides/g.md": page("title: G"),
        ])
        try site.build(plugins: [Inspector()])
        #expect(site.output("summary.txt") == "a@runtime,b@node|checklist,guides|https://example.org/x/")
    }
}
