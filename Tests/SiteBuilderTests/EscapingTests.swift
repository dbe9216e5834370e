import Foundation
import Testing

@testable import SiteBuilder

@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> \"quoted\" & 'single'"

    @Test func hostileTitlesTagsAndDescriptionsAreEscapedEverywhere() throws {
        let site = try SiteFixture([
            "guides/a.md": page(
                """
                title: "\(Self.hostile.replacingOccurrences(of: "\"", with: "\\\""))"
                description: "x\\" onmouseover=\\"alert(2)"
                tags: ["<b>bold</b>", "a\\"b"]
                """)
        ])
        try site.build()
        for path in ["guides/a/index.html", "guides/index.html", "index.html", "tags/b-bold-b/index.html"] {
            let html = try #require(site.output(path), "\(path)")
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<b>bold"), "\(path)")
            #expect(!html.contains("\" onmouseover="), "\(path)")
        }
        let html = try #require(site.output("guides/a/index.html"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"))
        #expect(html.contains("content=\"x&quot; onmouseover=&quot;alert(2)\""))
        let index = try #require(site.output("search-index.json"))
        #expect(!index.contains("<script>"))
        let json = try JSONSerialization.jsonObject(with: Data(index.utf8)) as? [String: Any]
        let pages = json?["pages"] as? [[Any]]
        #expect(pages?.contains { ($0[1] as? String) == Self.hostile } == true)
    }

    @Test func aQuoteFollowedByACombiningMarkCannotLeaveTheAttribute() throws {
        // Character-based escapers see "\"\u{301}" as one character that is not a quote.
        let site = try SiteFixture(
            ["a.md": page("title: \"x\\\"\u{301} onfocus=alert(1) autofocus \\\"\u{301}\"")],
            theme: ["single": "<p title=\"{{page.title}}\">{{page.title}}</p>", "list": "{{page.title}}"])
        try site.build()
        let html = try #require(site.output("a/index.html"))
        let rawQuoteWithMark = "\"\u{301}"
        let escapedQuoteWithMark = "&quot;\u{301} onfocus=alert(1)"
        #expect(!html.contains(rawQuoteWithMark))
        #expect(html.contains(escapedQuoteWithMark))
    }

    @Test func tripleBracesAreTheOnlyWayToTrustedHTML() throws {
        let site = try SiteFixture(
            ["a.md": page("title: \"<i>t</i>\"", "Some *emphasis*.\n")],
            theme: ["single": "{{page.title}}|{{{page.title}}}|{{page.content}}|{{{page.content}}}", "list": "x"])
        try site.build()
        let html = try #require(site.output("a/index.html"))
        #expect(html.hasPrefix("&lt;i&gt;t&lt;/i&gt;|<i>t</i>|&lt;p&gt;Some"))
        #expect(html.contains("|<p>Some <em>emphasis</em>.</p>"))
    }

    @Test func rawHTMLInMarkdownIsDroppedUnlessConfigured() throws {
        let body = "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
        let site = try SiteFixture(["a.md": page("title: A", body)])
        try site.build()
        let html = try #require(site.output("a/index.html"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("javascript:"))
    }
}
