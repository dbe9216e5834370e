import Foundation
import Testing

@testable import SiteBuilder

@Suite struct SearchIndexTests {
    @Test func theIndexHoldsTitlesHeadingsAndBoundedText() throws {
        let long = String(repeating: "word ", count: 400)
        let site = try SiteFixture([
            "guides/a.md": page("title: Alpha", "## First part\n\n\(long)\n\n## Ünïcode & <odd>\n\n## First part\n"),
            "guides/b.md": page(
                "title: Beta", "Plain text with `code` and **bold**.\n\n```rust\nfn hidden() {}\n```\n"),
        ]) { $0.searchTextLimit = 100 }
        let report = try site.build()
        let text = try #require(site.output("search-index.json"))
        #expect(report.searchIndexBytes == text.utf8.count)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["v"] as? Int == 1)
        let pages = try #require(json["pages"] as? [[Any]])
        let alpha = try #require(pages.first { $0[1] as? String == "Alpha" })
        #expect(alpha[0] as? String == "/guides/a/")
        #expect(alpha[2] as? String == "guides")
        let headings = try #require(alpha[3] as? [Any])
        #expect(headings.count == 3)
        #expect(headings[0] as? String == "First part")
        // A repeated heading has a suffixed id, so it is stored with its id.
        #expect((headings[2] as? [String]) == ["First part", "first-part-1"])
        let excerpt = try #require(alpha[4] as? String)
        #expect(excerpt.count <= 100)
        #expect(excerpt.hasPrefix("First part word word"))
        let beta = try #require(pages.first { $0[1] as? String == "Beta" })
        #expect(beta[4] as? String == "Plain text with code and bold.")
    }

    @Test func searchCanBeTurnedOff() throws {
        let site = try SiteFixture(["a.md": page("title: A")]) { $0.search = false }
        try site.build()
        #expect(site.output("search-index.json") == nil)
        #expect(site.output("a/index.html")?.contains("search.js") == false)
    }
}
