import Foundation
import Markdown
import Testing

@testable import SiteBuilder

@Suite struct FeedWriterTests {
    static let site = try! SiteURL("https://paraready.example.org/docs")

    static func entry(
        _ slug: String, title: String, updated: String? = nil, tags: [String], body: String
    ) -> UpdateEntry {
        UpdateEntry(
            slug: slug, path: "content/updates/\(slug).md", title: title,
            date: ContentDate(iso: String(slug.prefix(10)))!,
            updated: updated.flatMap { ContentDate(iso: $0) }, authors: ["ParaReady team"], tags: tags, body: body)
    }

    static let entries = [
        entry(
            "2024-02-08-test-networks", title: "Test networks at 6 s <blocks> & more", tags: ["rococo", "westend"],
            body: "Rococo runs **6 s** blocks. See [the guide](../../guides/phase-1-runtime/) and ![g](/img/g.png)."),
        entry(
            "2024-04-23-kusama", title: "Async backing enabled on Kusama", updated: "2024-04-25T10:00:00Z",
            tags: ["kusama", "validators"], body: "Upgrade validators to `1.8.0` :rocket: — \"quotes\" & 'apostrophes'."
        ),
        entry(
            "2024-05-09-polkadot", title: "Async backing enabled on Polkadot", tags: ["polkadot", "collators"],
            body: "Collators: switch to the lookahead collator.\n\n<script>alert(1)</script>\n"),
    ]

    static func html(_ entry: UpdateEntry) throws -> String {
        Emoji.replacingShortcodes(inHTML: try Markdown.render(entry.body).html)
    }

    static func files(_ entries: [UpdateEntry] = entries) throws -> [String: String] {
        let feeds = UpdateFeeds(site: site)
        var result: [String: String] = [:]
        for file in try feeds.files(for: UpdateCollection(entries: entries), html: html) {
            result[file.path] = file.text
        }
        return result
    }

    @Test func writesAllAndPerTagFeedsInThreeFormats() throws {
        let files = try Self.files()
        var expected = ["updates/atom.xml", "updates/rss.xml", "updates/feed.json"]
        for tag in ["rococo", "westend", "kusama", "polkadot", "collators", "validators"] {
            expected += [
                "updates/tags/\(tag)/atom.xml", "updates/tags/\(tag)/rss.xml", "updates/tags/\(tag)/feed.json",
            ]
        }
        #expect(files.keys.sorted() == expected.sorted())
    }

    @Test func feedsAreByteIdenticalAcrossBuildsAndInputOrders() throws {
        let first = try Self.files()
        let second = try Self.files()
        let reversed = try Self.files(Self.entries.reversed())
        #expect(first == second)
        #expect(first == reversed)
    }

    @Test func atomCarriesStableIdsAbsoluteLinksAndContentDates() throws {
        let atom = try #require(try Self.files()["updates/atom.xml"])
        #expect(
            atom.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(atom.contains("<updated>2024-05-09T00:00:00Z</updated>"))  // newest content date, not the clock
        #expect(atom.contains("<id>tag:paraready.example.org,2024-04-23:updates/2024-04-23-kusama</id>"))
        #expect(
            atom.contains(
                "<link rel=\"alternate\" type=\"text/html\" href=\"https://paraready.example.org/docs/updates/2024-04-23-kusama/\"/>"
            ))
        #expect(
            atom.contains("<published>2024-04-23T00:00:00Z</published>\n    <updated>2024-04-25T10:00:00Z</updated>"))
        #expect(atom.contains("<title>Test networks at 6 s &lt;blocks&gt; &amp; more</title>"))
        // Content is escaped HTML with absolute links.
        #expect(atom.contains("&lt;strong&gt;6 s&lt;/strong&gt;"))
        #expect(atom.contains("href=&quot;https://paraready.example.org/docs/guides/phase-1-runtime/&quot;"))
        #expect(atom.contains("src=&quot;https://paraready.example.org/img/g.png&quot;"))
        #expect(atom.contains("🚀"))
        #expect(!atom.contains("<script"))
        #expect(!atom.contains("&lt;script"))  // filtered by the untrusted renderer, not merely escaped
        let kusama = try #require(try Self.files()["updates/tags/kusama/atom.xml"])
        #expect(kusama.contains("<updated>2024-04-25T10:00:00Z</updated>\n  <author>"))
    }

    @Test func rssUsesRFC822DatesAndNonPermalinkGuids() throws {
        let rss = try #require(try Self.files()["updates/rss.xml"])
        #expect(rss.contains("<lastBuildDate>Thu, 09 May 2024 00:00:00 +0000</lastBuildDate>"))
        #expect(
            rss.contains(
                "<guid isPermaLink=\"false\">tag:paraready.example.org,2024-05-09:updates/2024-05-09-polkadot</guid>"))
        #expect(rss.contains("<pubDate>Tue, 23 Apr 2024 00:00:00 +0000</pubDate>"))
        #expect(rss.contains("<atom:link href=\"https://paraready.example.org/docs/updates/rss.xml\" rel=\"self\""))
    }

    @Test func atomAndRSSParseWithFeedparserWithoutBozo() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        var checked = 0
        let xmlFeeds = try Self.files().filter { !$0.key.hasSuffix(".json") }.sorted { $0.key < $1.key }
        var files: [String] = []
        for (path, text) in xmlFeeds {
            let file = directory + "/" + path.replacingOccurrences(of: "/", with: "_")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        for ((path, _), result) in zip(xmlFeeds, try FeedValidation.feedparser(files)) {
            #expect(result.bozo == 0, "\(path): \(result.bozoException)")
            let expectedCount = path.contains("/tags/") ? 1 : 3
            #expect(result.ids.count == expectedCount, "\(path)")
            #expect(result.ids.allSatisfy { $0.hasPrefix("tag:paraready.example.org,") }, "\(path)")
            #expect(result.links.allSatisfy { $0.hasPrefix("https://paraready.example.org/docs/updates/") }, "\(path)")
            #expect(result.version == (path.hasSuffix("atom.xml") ? "atom10" : "rss20"), "\(path)")
            checked += 1
        }
        #expect(checked == 14)
    }

    @Test func jsonFeedHasTheRequiredFields() throws {
        for (path, text) in try Self.files() where path.hasSuffix(".json") {
            let problems = FeedValidation.jsonFeedProblems(text)
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
        let all = try #require(try Self.files()["updates/feed.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(
            items.map { $0["id"] as? String } == [
                "tag:paraready.example.org,2024-05-09:updates/2024-05-09-polkadot",
                "tag:paraready.example.org,2024-04-23:updates/2024-04-23-kusama",
                "tag:paraready.example.org,2024-02-08:updates/2024-02-08-test-networks",
            ])
        #expect(items[1]["date_modified"] as? String == "2024-04-25T10:00:00Z")
        #expect(object["feed_url"] as? String == "https://paraready.example.org/docs/updates/feed.json")
    }

    @Test func validationCatchesBrokenFeeds() throws {
        #expect(
            !FeedValidation.jsonFeedProblems("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{}]}")
                .isEmpty)
        #expect(
            !FeedValidation.jsonFeedProblems(
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\"}]}"
            ).isEmpty)
        let directory = try UpdatesTestSupport.temporaryDirectory()
        let broken = directory + "/broken.xml"
        try "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t &amp x</title></feed>"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        #expect(try FeedValidation.feedparser(broken).bozo == 1)
    }

    @Test func anEmptyFeedStillHasADeterministicDate() {
        let feed = Feed(
            title: "t", description: "d", homePageURL: "https://e.org/", atomURL: "https://e.org/a",
            rssURL: "https://e.org/r", jsonURL: "https://e.org/j", defaultAuthor: "a", items: [])
        #expect(FeedWriter.atom(feed).contains("<updated>1970-01-01T00:00:00Z</updated>"))
    }

    @Test func siteURLResolution() throws {
        #expect(Self.site.base == "https://paraready.example.org/docs/")
        #expect(Self.site.absolute("/updates/") == "https://paraready.example.org/docs/updates/")
        #expect(SiteURL.resolve("../x.png", against: "https://e.org/a/b/") == "https://e.org/a/x.png")
        #expect(SiteURL.resolve("mailto:a@e.org", against: "https://e.org/") == "mailto:a@e.org")
        #expect(throws: (any Error).self) { try SiteURL("ftp://e.org") }
        #expect(throws: (any Error).self) { try SiteURL("/relative") }
    }
}
