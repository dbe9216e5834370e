import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

/// What the renderer does to Markdown bodies on the way into the theme.
@Suite struct RenderingTests {
    @Test func aBodyOpeningWithTheTitleHeadingHasOneH1KeepingItsAnchor() throws {
        let site = try SiteFixture([
            "guides/a.md": page("title: Phase one", "# Phase one\n\nIntro.\n\n## Step\n"),
            "guides/b.md": page("title: B", "[top](a.md#phase-one)\n\nNo heading here.\n"),
        ])
        try site.build()
        let a = try #require(site.output("guides/a/index.html"))
        #expect(a.components(separatedBy: "<h1").count == 2)
        #expect(a.contains("<h1 id=\"phase-one\">Phase one</h1>"))
        #expect(a.contains("<h2 id=\"step\">"))
        // The search excerpt starts after the title too.
        let index = try #require(site.output("search-index.json"))
        #expect(index.contains("\"Intro. Step\""))
        #expect(!index.contains("Phase one Intro."))
        let b = try #require(site.output("guides/b/index.html"))
        #expect(b.contains("<h1>B</h1>"))
        #expect(b.contains("<p>No heading here.</p>"))
    }

    @Test func tableAlignmentIsAStyleNotTheObsoleteAttribute() throws {
        let site = try SiteFixture([
            "guides/a.md": page(
                "title: A", "| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\nalign=\"left\" stays text\n")
        ])
        try site.build()
        let html = try #require(site.output("guides/a/index.html"))
        #expect(html.contains("<th style=\"text-align: left\">l</th>"))
        #expect(html.contains("<td style=\"text-align: center\">2</td>"))
        #expect(html.contains("<td style=\"text-align: right\">3</td>"))
        #expect(!html.contains(" align=\""))
        #expect(html.contains("align=&quot;left&quot; stays text"))
    }

    /// cmark-gfm switches its extensions' inline characters on and off in one process-wide table; pages parsed
    /// at the same time must still all see their strikethrough (this failed before parsing was serialised).
    @Test func strikethroughSurvivesParallelRendering() throws {
        var files: [String: String] = [:]
        for n in 0..<300 {
            files["posts/p\(n).md"] = page(
                "title: Post \(n)", "## ~~old~~ new \(n)\n\nSome ~~struck~~ text and a | pipe.\n\n## Next\n")
        }
        let site = try SiteFixture(files)
        try site.build()
        for n in 0..<300 {
            let html = try #require(site.output("posts/p\(n)/index.html"))
            #expect(html.contains("<h2 id=\"old-new-\(n)\"><del>old</del> new \(n)</h2>"), "page \(n)")
            #expect(html.contains("<del>struck</del>"), "page \(n)")
        }
        let index = try #require(site.output("search-index.json"))
        #expect(!index.contains("~~"))
    }
}
