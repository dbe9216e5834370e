import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct OutputTests {
    static func corpus() -> [String: String] {
        var files: [String: String] = [
            "_index.md": page("title: Home", "Welcome.\n"),
            "guides/_index.md": page("title: Guides\ndescription: How to", "All the guides.\n"),
            "checklist/hook.md": page(
                "title: Hook\nphase: runtime\norder: 2\ntags: [runtime]", "## What\n\n```toml\n[x]\na = 1\n```\n"),
            "checklist/sdk.md": page("title: SDK\nphase: prerequisites\norder: 1\ntags: [sdk]"),
        ]
        for i in 0..<40 {
            files["guides/g\(i).md"] = page(
                "title: Guide \(i)\ndate: 2024-01-\(String(format: "%02d", i % 28 + 1))\ntags: [t\(i % 5), shared]",
                "## Part \(i)\n\nSee [next](g\((i + 1) % 40).md#part-\((i + 1) % 40)).\n\n```rust\nfn main() { let x = \(i); }\n```\n"
            )
        }
        return files
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let site = try SiteFixture(Self.corpus())
        try site.build()
        let first = site.snapshot()
        try site.build()
        let second = site.snapshot()
        #expect(first.count > 50)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
        // And a copy of the project elsewhere gives the same bytes again.
        let other = try SiteFixture(Self.corpus())
        try other.build()
        #expect(other.snapshot() == first)
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
        let site = try SiteFixture(Self.corpus())
        try site.build()
        let before = site.snapshot()
        // A page late in the order breaks: rendering has already written many files into staging.
        try site.write("content/guides/g39.md", page("title: Broken", "[x](nowhere.md)\n"))
        #expect(site.buildError() != nil)
        #expect(site.snapshot() == before)
        #expect(site.listing().filter { $0.contains("staging") || $0.contains(".old-") }.isEmpty)
        // A front matter error stops before anything is written, too.
        try site.write("content/guides/g0.md", page("title: X\ndate: soon"))
        #expect(site.buildError()?.location == SourceLocation(file: "content/guides/g0.md", line: 3, column: 7))
        #expect(site.snapshot() == before)
    }

    @Test func aFailureWhileWritingLeavesTheOldOutputToo() throws {
        let site = try SiteFixture(Self.corpus())
        try site.build()
        let before = site.snapshot()
        // The theme lacks a layout that one page asks for: its render fails midway through the parallel render.
        try site.write("content/guides/g20.md", page("title: X\nlayout: nonexistent", "## Part 20\n"))
        let error = site.buildError()
        #expect(error?.location == SourceLocation(file: "content/guides/g20.md", line: 3, column: 9))
        #expect(site.snapshot() == before)
    }

    @Test func generatedFilesAreAllThere() throws {
        let site = try SiteFixture(Self.corpus())
        let report = try site.build()
        #expect(report.contentPages == 44)
        for path in [
            "index.html", "guides/index.html", "guides/g3/index.html", "checklist/index.html", "tags/index.html",
            "tags/shared/index.html", "404.html", "sitemap.xml", "robots.txt", "search-index.json",
            "assets/site.css", "assets/search.js",
        ] {
            #expect(site.output(path) != nil, "\(path) missing")
        }
        let robots = try #require(site.output("robots.txt"))
        #expect(robots.contains("Sitemap: https://example.org/sitemap.xml"))
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(!sitemap.contains("404"))
        #expect(sitemap.contains("<lastmod>2024-01-03T00:00:00Z</lastmod>"))
    }

    @Test func draftsAndFuturePagesAreLeftOutUnlessAsked() throws {
        let site = try SiteFixture([
            "a.md": page("title: Now\ndate: 2025-05-01"), "b.md": page("title: Later\ndate: 2025-07-01"),
            "c.md": page("title: Draft\ndraft: true"),
        ])
        try site.build()
        #expect(site.output("a/index.html") != nil)
        #expect(site.output("b/index.html") == nil)
        #expect(site.output("c/index.html") == nil)
        site.update {
            $0.includeFuture = true
            $0.includeDrafts = true
        }
        try site.build()
        #expect(site.output("b/index.html") != nil)
        #expect(site.output("c/index.html") != nil)
    }

    @Test func twoPagesWithOneURLAreAConflict() throws {
        let site = try SiteFixture(["a.md": page("title: A"), "b.md": page("title: B\nslug: a")])
        let error = try #require(site.buildError())
        #expect(error.kind == .conflict)
        #expect(error.location == SourceLocation(file: "content/b.md", line: 3, column: 7))
    }
}
