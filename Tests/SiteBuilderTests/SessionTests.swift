import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct SessionTests {
    static func site() throws -> SiteFixture {
        try SiteFixture([
            "guides/a.md": page("title: Alpha\ndate: 2024-01-02\ntags: [one]", "## Start\n\nFirst [b](b.md).\n"),
            "guides/b.md": page("title: Beta\ndate: 2024-01-01\ntags: [two]", "Second.\n"),
            "guides/c.md": page("title: Gamma\ndate: 2023-12-31", "Third.\n"),
        ])
    }

    func path(_ site: SiteFixture, _ relative: String) -> String {
        URL(fileURLWithPath: site.root + "/content/" + relative).standardizedFileURL.path
    }

    @Test func aBodyEditRendersOnlyThatPage() throws {
        let site = try Self.site()
        let session = SiteSession(builder: site.builder())
        try session.build()
        let listBefore = site.output("guides/index.html")
        try site.write("content/guides/b.md", page("title: Beta\ndate: 2024-01-01\ntags: [two]", "Changed text.\n"))
        let result = try session.rebuild(changes: [path(site, "guides/b.md")])
        #expect(!result.full)
        #expect(result.renderedURLs == ["/guides/b/"])
        #expect(site.output("guides/b/index.html")?.contains("Changed text.") == true)
        #expect(site.output("guides/index.html") == listBefore)
        #expect(site.output("search-index.json")?.contains("Changed text.") == true)
    }

    @Test func aTitleChangeUpdatesListsNeighboursAndTags() throws {
        let site = try Self.site()
        let session = SiteSession(builder: site.builder())
        try session.build()
        try site.write("content/guides/b.md", page("title: Bravo\ndate: 2024-01-01\ntags: [three]", "Second.\n"))
        let result = try session.rebuild(changes: [path(site, "guides/b.md")])
        #expect(Set(result.renderedURLs).isSuperset(of: ["/guides/b/", "/guides/", "/", "/tags/three/", "/guides/a/"]))
        #expect(site.output("guides/index.html")?.contains("Bravo") == true)
        #expect(site.output("guides/a/index.html")?.contains("Bravo") == true)  // its "next" link
        #expect(site.output("tags/three/index.html")?.contains("Bravo") == true)
        #expect(result.removed == ["tags/two/index.html"])
        #expect(site.output("tags/two/index.html") == nil)
    }

    @Test func addingAndRemovingPages() throws {
        let site = try Self.site()
        let session = SiteSession(builder: site.builder())
        try session.build()
        try site.write("content/guides/d.md", page("title: Delta\ndate: 2024-02-01", "New.\n"))
        _ = try session.rebuild(changes: [path(site, "guides/d.md")])
        #expect(site.output("guides/d/index.html") != nil)
        #expect(site.output("guides/index.html")?.contains("Delta") == true)
        try site.remove("content/guides/c.md")
        let result = try session.rebuild(changes: [path(site, "guides/c.md")])
        #expect(result.removed.contains("guides/c/index.html"))
        #expect(site.output("guides/c/index.html") == nil)
        #expect(site.output("sitemap.xml")?.contains("/guides/c/") == false)
    }

    @Test func errorsAreReportedAndTheNextGoodEditRecovers() throws {
        let site = try Self.site()
        let session = SiteSession(builder: site.builder())
        try session.build()
        try site.write("content/guides/b.md", page("title: Beta\ndate: someday"))
        do {
            _ = try session.rebuild(changes: [path(site, "guides/b.md")])
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "content/guides/b.md", line: 3, column: 7))
        }
        try site.write("content/guides/a.md", page("title: Alpha\ndate: 2024-01-02\ntags: [one]", "[x](#nope)\n"))
        do {
            _ = try session.rebuild(changes: [path(site, "guides/a.md")])
            Issue.record("expected a link error")
        } catch {
            #expect(error.location == SourceLocation(file: "content/guides/a.md", line: 6, column: 1))
        }
        try site.write("content/guides/a.md", page("title: Alpha\ndate: 2024-01-02\ntags: [one]", "Fine.\n"))
        try site.write("content/guides/b.md", page("title: Beta\ndate: 2024-01-01\ntags: [two]", "Back.\n"))
        _ = try session.rebuild(changes: [path(site, "guides/a.md"), path(site, "guides/b.md")])
        #expect(site.output("guides/b/index.html")?.contains("Back.") == true)
    }

    /// Body edits check only the edited page's links, unless its anchors changed or the last rebuild failed.
    @Test func bodyEditsStillCatchEveryBrokenLink() throws {
        let site = try Self.site()
        let session = SiteSession(builder: site.builder())
        try session.build()
        let b = page("title: Beta\ndate: 2024-01-01\ntags: [two]", "[start](a.md#start)\n")
        try site.write("content/guides/b.md", b)
        _ = try session.rebuild(changes: [path(site, "guides/b.md")])
        // Removing the heading b links to breaks b, though only a was edited.
        try site.write("content/guides/a.md", page("title: Alpha\ndate: 2024-01-02\ntags: [one]", "No heading.\n"))
        do {
            _ = try session.rebuild(changes: [path(site, "guides/a.md")])
            Issue.record("expected a link error in b")
        } catch {
            #expect(error.location?.file == "content/guides/b.md")
        }
        // After a failure, the next (unrelated) body edit checks everything again: b is still broken.
        try site.write("content/guides/c.md", page("title: Gamma\ndate: 2023-12-31", "Third, edited.\n"))
        do {
            _ = try session.rebuild(changes: [path(site, "guides/c.md")])
            Issue.record("expected b's link error again")
        } catch {
            #expect(error.location?.file == "content/guides/b.md")
        }
        try site.write("content/guides/a.md", page("title: Alpha\ndate: 2024-01-02\ntags: [one]", "## Start\n"))
        _ = try session.rebuild(changes: [path(site, "guides/a.md")])
        // A body edit that breaks its own link is still caught.
        try site.write("content/guides/c.md", page("title: Gamma\ndate: 2023-12-31", "[gone](missing.md)\n"))
        do {
            _ = try session.rebuild(changes: [path(site, "guides/c.md")])
            Issue.record("expected c's link error")
        } catch {
            #expect(error.location?.file == "content/guides/c.md")
        }
    }

    @Test func themeChangesRebuildEverything() throws {
        let site = try SiteFixture(["a.md": page("title: A")], theme: ["single": "v1 {{page.title}}", "list": "l"])
        let session = SiteSession(builder: site.builder())
        try session.build()
        try site.write("theme/templates/single.mustache", "v2 {{page.title}}")
        let result = try session.rebuild(changes: [site.root + "/theme/templates/single.mustache"])
        #expect(result.full)
        #expect(site.output("a/index.html") == "v2 A")
    }
}
