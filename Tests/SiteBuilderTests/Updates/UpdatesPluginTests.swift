import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct UpdatesPluginTests {
    static func update(
        _ day: String, _ slug: String, title: String, tags: String, milestones: [String] = [], extra: String = "",
        body: String = "Text of the update.\n"
    ) -> (String, String) {
        var front = "title: \(title)\ndate: \(day)\nauthors: [ParaReady team]\ntags: [\(tags)]"
        if !milestones.isEmpty { front += "\nmilestones:\n" + milestones.map { "  - \($0)" }.joined(separator: "\n") }
        if !extra.isEmpty { front += "\n" + extra }
        return ("updates/\(day)-\(slug).md", page(front, body))
    }

    static var content: [String: String] {
        var files: [String: String] = [:]
        let updates = [
            update(
                "2024-02-08", "test-networks", title: "Test networks at 6 s blocks", tags: "rococo, westend",
                milestones: [
                    "{name: Rococo activation, network: rococo, status: done, date: 2023-12-15}",
                    "{name: Kusama activation, network: kusama, status: next}",
                ], body: "See the [phase 1 guide](../guides/phase-1.md) :rocket:\n"),
            update(
                "2024-03-12", "kusama-bug", title: "Kusama runtime bug", tags: "kusama, runtime-developers",
                milestones: ["{name: Kusama activation, network: kusama, status: blocked}"]),
            update(
                "2024-04-23", "kusama-enabled", title: "Async backing enabled on Kusama", tags: "kusama, validators",
                milestones: [
                    "{name: Kusama activation, network: kusama, status: done, date: 2024-04-23}",
                    "{name: Polkadot activation, network: polkadot, status: next, date: 2024-05-09}",
                ], extra: "updated: 2024-04-25\nsource: https://forum.example.org/t/x/4242/4"),
        ]
        for (path, text) in updates { files[path] = text }
        for day in 1...9 {
            let (path, text) = update("2024-01-0\(day)", "note", title: "Note \(day)", tags: "collators")
            files[path] = text
        }
        files["guides/phase-1.md"] = page("title: Phase 1", "# Phase 1\n\nBack to [updates](../updates/).\n")
        return files
    }

    func fixture(_ files: [String: String] = Self.content) throws -> SiteFixture {
        try SiteFixture(files) { config in
            config.baseURL = "https://paraready.example.org/docs/"
            config.pluginSettings = ["updates": ["per_page": 5]]
        }
    }

    @Test func buildsIndexPagesTagsTimelineAndFeeds() throws {
        let site = try fixture()
        try site.build(plugins: [UpdatesPlugin()])
        let index = try #require(site.output("updates/index.html"))
        #expect(index.contains("Async backing enabled on Kusama"))
        #expect(index.contains("Page 1 of 3"))
        #expect(index.contains("href=\"/docs/updates/page/2/\""))
        #expect(index.contains("href=\"/docs/updates/atom.xml\""))
        // Newest first.
        let kusama = try #require(index.range(of: "Async backing enabled on Kusama"))
        let bug = try #require(index.range(of: "Kusama runtime bug"))
        #expect(kusama.lowerBound < bug.lowerBound)
        #expect(site.output("updates/page/3/index.html")?.contains("Note 1") == true)
        #expect(site.output("updates/page/4/index.html") == nil)

        let tag = try #require(site.output("updates/tags/kusama/index.html"))
        #expect(tag.contains("Updates: Kusama"))
        #expect(tag.contains("href=\"/docs/updates/tags/kusama/atom.xml\""))
        #expect(!tag.contains("Note 1"))

        let timeline = try #require(site.output("updates/timeline/index.html"))
        let rococo = try #require(timeline.range(of: "Rococo activation"))
        let kusamaRow = try #require(timeline.range(of: "Kusama activation"))
        let polkadot = try #require(timeline.range(of: "Polkadot activation"))
        #expect(rococo.lowerBound < kusamaRow.lowerBound && kusamaRow.lowerBound < polkadot.lowerBound)
        #expect(timeline.contains("<span class=\"status\">done</span>"))
        #expect(
            timeline.contains("href=\"/docs/updates/2024-04-23-kusama-enabled/\">Async backing enabled on Kusama</a>"))

        let single = try #require(site.output("updates/2024-04-23-kusama-enabled/index.html"))
        #expect(single.contains("updated <time datetime=\"2024-04-25T00:00:00Z\">25 April 2024</time>"))
        #expect(single.contains("Polkadot activation"))
        #expect(single.contains("href=\"https://forum.example.org/t/x/4242/4\" rel=\"external nofollow\""))
        #expect(single.contains("href=\"/docs/updates/tags/validators/\""))

        // Every page links the feeds in its head.
        let guide = try #require(site.output("guides/phase-1/index.html"))
        #expect(guide.contains("type=\"application/atom+xml\""))
        #expect(guide.contains("href=\"/docs/updates/feed.json\""))

        for file in ["updates/atom.xml", "updates/rss.xml", "updates/feed.json", "updates/tags/kusama/atom.xml"] {
            #expect(site.output(file) != nil, "\(file)")
        }
        let atom = try #require(site.output("updates/atom.xml"))
        #expect(atom.contains("<updated>2024-04-25T00:00:00Z</updated>"))
        #expect(atom.contains("https://paraready.example.org/docs/updates/2024-04-23-kusama-enabled/"))
        #expect(atom.contains("href=&quot;https://paraready.example.org/docs/guides/phase-1/&quot;"))
        #expect(atom.contains("🚀"))
        #expect(FeedValidation.jsonFeedProblems(try #require(site.output("updates/feed.json"))).isEmpty)
    }

    @Test func feedsOfARealBuildParseWithFeedparser() throws {
        let site = try fixture()
        try site.build(plugins: [UpdatesPlugin()])
        let paths = [
            "updates/atom.xml", "updates/rss.xml", "updates/tags/kusama/atom.xml", "updates/tags/kusama/rss.xml",
        ]
        let results = try FeedValidation.feedparser(paths.map { site.root + "/_site/" + $0 })
        for (path, result) in zip(paths, results) {
            #expect(result.bozo == 0, "\(path): \(result.bozoException)")
        }
        #expect(results[0].ids.count == 12)
        #expect(results[2].ids.count == 2)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try fixture()
        try first.build(plugins: [UpdatesPlugin()])
        let second = try fixture()
        try second.build(plugins: [UpdatesPlugin()])
        let a = first.snapshot()
        let b = second.snapshot()
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a where path.hasPrefix("updates/") { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func importedPostsBuildSafely() throws {
        let site = try fixture([:])
        let importer = DiscourseImporter(options: .init(forumURL: "https://forum.example.org"))
        let directory = site.root + "/content/updates"
        let plan = try importer.plan(
            exportText: try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.json")),
            exportPath: "topic.json", directory: directory)
        try importer.apply(plan, directory: directory)
        try site.build(plugins: [UpdatesPlugin()])
        let hostile = try #require(site.output("updates/2024-05-04-async-backing-development-updates-6/index.html"))
        let body = try #require(hostile.components(separatedBy: "<div class=\"body\">").last)
        for tag in DiscourseImportTests.tags(in: body) {
            for forbidden in ["<script", "<iframe", "<svg", "<object", "<embed", "<style", " on", "javascript:"] {
                #expect(!tag.lowercased().contains(forbidden), "\(tag)")
            }
        }
        let first = try #require(site.output("updates/2024-02-08-async-backing-development-updates-1/index.html"))
        #expect(first.contains("🚀"))
        let timeline = try #require(site.output("updates/timeline/index.html"))
        #expect(timeline.contains("No milestones reported yet."))
        let atom = try #require(site.output("updates/atom.xml"))
        #expect(!atom.contains("&lt;script"))
    }

    @Test func badUpdateFrontMatterStopsTheBuildWithAPosition() throws {
        var files = Self.content
        files["updates/2024-06-01-bad.md"] = page(
            "title: Bad\ndate: 2024-06-01\nmilestones:\n  - {name: X, network: kusama, status: soon}")
        let site = try fixture(files)
        let error = try #require(site.buildError(plugins: [UpdatesPlugin()]))
        #expect(error.message.contains("status must be done, next or blocked"), "\(error)")
        #expect(error.location?.file.hasSuffix("2024-06-01-bad.md") == true, "\(error)")
        #expect(error.location?.line == 5, "\(error)")  // where the milestones list starts

        var mismatch = Self.content
        mismatch["updates/2024-06-02-wrong-day.md"] = page("title: Wrong\ndate: 2024-06-01")
        let error2 = try #require(try fixture(mismatch).buildError(plugins: [UpdatesPlugin()]))
        #expect(error2.message.contains("does not match the file name's day"), "\(error2)")
        #expect(error2.location?.line == 3, "\(error2)")
    }

    @Test func homeDataHasTheLatestUpdateAndOpenMilestones() throws {
        let site = try fixture()
        let builder = site.builder(plugins: [UpdatesPlugin()])
        let prepared = try builder.prepare()
        let data = try #require(prepared.model.siteData["updates"])
        #expect(data["latest"]?["title"]?.string == "Async backing enabled on Kusama")
        let open = try #require(data["openMilestones"]?.array)
        #expect(open.map { $0["name"]?.string } == ["Polkadot activation"])
        #expect(data["feeds"]?["atom"]?.string == "/docs/updates/atom.xml")
        #expect(prepared.model.pageData["/updates/2024-04-23-kusama-enabled/"]?["updates"]?["kind"]?.string == "entry")
    }

    @Test func aSectionIndexPageKeepsItsTextAndGetsTheList() throws {
        var files = Self.content
        files["updates/_index.md"] = page("title: Rollout updates", "Our own introduction.\n")
        let site = try fixture(files)
        try site.build(plugins: [UpdatesPlugin()])
        let index = try #require(site.output("updates/index.html"))
        #expect(index.contains("Rollout updates"))
        #expect(index.contains("Our own introduction."))
        #expect(index.contains("Page 1 of 3"))
    }
}
