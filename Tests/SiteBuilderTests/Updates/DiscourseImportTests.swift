import Foundation
import Markdown
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct DiscourseImportTests {
    let importer = DiscourseImporter(options: .init(forumURL: "https://forum.example.org"))

    /// Imports `fixture` into `directory` and returns the plan that was applied.
    @discardableResult
    func importFixture(_ fixture: String, into directory: String) throws -> DiscourseImporter.Plan {
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture(fixture))
        let plan = try importer.plan(exportText: text, exportPath: fixture, directory: directory)
        try importer.apply(plan, directory: directory)
        return plan
    }

    static let expectedFiles = [
        "2024-02-08-async-backing-development-updates-1.md", "2024-03-12-async-backing-development-updates-2.md",
        "2024-04-02-async-backing-development-updates-3.md", "2024-04-23-async-backing-development-updates-4.md",
        "2024-05-02-async-backing-development-updates-5.md", "2024-05-04-async-backing-development-updates-6.md",
        "2024-05-09-async-backing-development-updates-8.md",
    ]

    @Test(arguments: ["topic.json", "topic.rss"])
    func importsOneEntryPerPostAndIsIdempotent(fixture: String) throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        let first = try importFixture(fixture, into: directory)
        #expect(first.changes.map(\.kind).allSatisfy { $0 == .create })
        #expect(try UpdatesTestSupport.snapshot(directory).keys.sorted() == Self.expectedFiles)
        if fixture.hasSuffix(".json") {
            #expect(first.skipped.map(\.post) == [7])  // the system note
        }

        let before = try UpdatesTestSupport.snapshot(directory)
        let times = try UpdatesTestSupport.modificationDates(directory)
        let second = try importFixture(fixture, into: directory)
        #expect(second.changes.isEmpty)
        #expect(second.unchanged == [1, 2, 3, 4, 5, 6, 8])
        #expect(try UpdatesTestSupport.snapshot(directory) == before)
        #expect(try UpdatesTestSupport.modificationDates(directory) == times)

        // Every written file is a valid update.
        let collection = try UpdateCollection.load(directory: directory)
        #expect(collection.entries.count == 7)
        #expect(collection.warnings.isEmpty)
    }

    @Test func rssAndJSONGiveTheSameEntries() throws {
        let fromRSS = try UpdatesTestSupport.temporaryDirectory()
        let fromJSON = try UpdatesTestSupport.temporaryDirectory()
        try importFixture("topic.rss", into: fromRSS)
        try importFixture("topic.json", into: fromJSON)
        let rss = try UpdatesTestSupport.snapshot(fromRSS)
        let json = try UpdatesTestSupport.snapshot(fromJSON)
        #expect(rss.keys.sorted() == json.keys.sorted())
        for name in rss.keys where name != "2024-05-02-async-backing-development-updates-5.md" {
            #expect(rss[name] == json[name], "\(name) differs between RSS and JSON")
        }
        // The edited post: only JSON knows the edit time.
        let edited = "2024-05-02-async-backing-development-updates-5.md"
        #expect(json[edited]?.contains("updated: 2024-05-03T07:15:00Z") == true)
        #expect(rss[edited]?.contains("updated:") == false)

        // Importing the JSON over the RSS import changes nothing: the bodies are the same.
        let plan = try importer.plan(
            exportText: try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.json")),
            exportPath: "topic.json", directory: fromRSS)
        #expect(plan.changes.isEmpty)
    }

    @Test func entriesCarryFrontMatterAndConvertedContent() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        try importFixture("topic.json", into: directory)
        let files = try UpdatesTestSupport.snapshot(directory)

        let first = try #require(files["2024-02-08-async-backing-development-updates-1.md"])
        #expect(
            first.hasPrefix("---\ntitle: \"Test networks run at constant 6 s blocks\"\ndate: 2024-02-08T09:30:12Z\n"))
        #expect(first.contains("authors: [\"Ada Relay\"]"))
        #expect(first.contains("source: https://forum.example.org/t/async-backing-development-updates/4242/1"))
        #expect(first.contains("tags: [rococo, westend, kusama, polkadot, collators, runtime-developers]"))
        #expect(first.contains("## Test networks run at constant 6 s blocks"))
        #expect(first.contains("every 6 seconds 🚀"))  // emoji image
        #expect(first.contains("[async-backing label](https://github.com/example/sdk/labels/async-backing)"))
        #expect(first.contains("- fix the runtime bug found on Kusama\n- open the referendum"))

        let second = try #require(files["2024-03-12-async-backing-development-updates-2.md"])
        #expect(second.contains("is fixed 🎉"))  // plain :tada: text
        #expect(second.contains("```rust\npub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;\n"))
        #expect(second.contains("```\nno space left for the block in the unincluded segment\n```"))
        #expect(second.contains("[FAQ thread](https://forum.example.org/t/async-backing-faq/4300)"))  // relative link

        let third = try #require(files["2024-04-02-async-backing-development-updates-3.md"])
        #expect(third.contains("> **collator_carol:**\n>\n> The Kusama runtime bug is fixed"))
        #expect(third.contains("![Backing groups on Kusama](https://forum.example.org/uploads/default/optimized/"))
        #expect(!third.contains("88.2 KB"))  // the lightbox caption is not content
        #expect(!third.contains("user_avatar"))

        let fourth = try #require(files["2024-04-23-async-backing-development-updates-4.md"])
        #expect(fourth.contains("| Node | Minimum version |\n| --- | --- |\n| Validators | `1.8.0` |"))
        #expect(fourth.contains("1. Upgrade your collators.\n2. Then enable 6 s blocks"))

        let last = try #require(files["2024-05-09-async-backing-development-updates-8.md"])
        #expect(last.contains("[Collators build on the latest relay parent](https://github.com/example/sdk/pull/3308)"))
        #expect(last.contains("upgrade ✨"))
    }

    @Test func hostilePostIsSanitisedInBothLayers() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        let plan = try importFixture("topic.json", into: directory)
        let hostile = try #require(plan.changes.first { $0.postNumber == 6 })
        for removed in [
            "script element", "iframe element", "style element", "object element", "embed element",
            "svg element", "onerror attribute", "onclick attribute", "javascript link", "vbscript link",
        ] {
            #expect(hostile.removed.contains(removed), "expected \(removed) to be reported")
        }
        let entry = try UpdateEntry.parse(hostile.text, path: hostile.fileName).entry
        let html = try Markdown.render(entry.body).html.lowercased()
        let allowed: Set<String> = [
            "p", "a", "img", "code", "pre", "strong", "em", "br", "blockquote", "ul", "ol", "li",
        ]
        for tag in Self.tags(in: html) {
            let name = String(tag.dropFirst().prefix { $0.isLetter || $0.isNumber })
            #expect(allowed.contains(name), "unexpected tag \(tag)")
            for forbidden in [" on", "javascript:", "vbscript:", "data:", "style="] {
                #expect(!tag.contains(forbidden), "tag \(tag) contains \(forbidden)")
            }
        }
        // Text that merely looks like markup stays visible as text.
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://example.org/ok\">a safe link with a handler</a>"))
        #expect(html.contains("a harmless link"))
    }

    /// Every start tag in `html` (`<a href="…">`), as written.
    static func tags(in html: String) -> [Substring] {
        var result: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
            if rest[rest.index(after: open)...].first != "/" { result.append(rest[open..<close]) }
            rest = close == rest.endIndex ? "" : rest[rest.index(after: close)...]
        }
        return result
    }

    @Test func anEditedPostUpdatesItsEntryOnly() throws {
        for (original, edited, expectedUpdated) in [
            ("topic.json", "topic-edited.json", "2024-05-06T11:00:00Z"),
            ("topic.rss", "topic-edited.rss", "2024-05-10T09:00:00Z"),
        ] {
            let directory = try UpdatesTestSupport.temporaryDirectory()
            try importFixture(original, into: directory)
            let name = "2024-05-02-async-backing-development-updates-5.md"
            // A maintainer adds milestones and retitles the entry; the re-import must keep that.
            let path = directory + "/" + name
            var text = try UpdatesTestSupport.read(path)
            text = text.replacingOccurrences(
                of: "source:",
                with: "milestones:\n  - {name: Lookahead raised, network: polkadot, status: next}\nsource:")
            text = text.replacingOccurrences(
                of: "title: \"⚠️ Heads up: the scheduling lookahead on Polkadot changes with the next…\"",
                with: "title: Scheduling lookahead changes on Polkadot")
            try AtomicFile.write(text, to: path)
            let before = try UpdatesTestSupport.snapshot(directory)

            let plan = try importFixture(edited, into: directory)
            #expect(plan.changes.map(\.fileName) == [name])
            #expect(plan.changes.first?.kind == .update)
            let after = try UpdatesTestSupport.snapshot(directory)
            for (file, content) in before where file != name { #expect(after[file] == content) }
            let updated = try #require(after[name])
            #expect(updated.contains("updated: \(expectedUpdated)"), "\(edited)")
            #expect(updated.contains("title: Scheduling lookahead changes on Polkadot"))
            #expect(updated.contains("{name: Lookahead raised, network: polkadot, status: next}"))
            #expect(updated.contains("was enacted on 2024-05-06 ✅"))
            let entry = try UpdateEntry.parse(updated, path: name).entry
            #expect(entry.updated?.rfc3339 == expectedUpdated)

            // And again: nothing more to do.
            #expect(try importFixture(edited, into: directory).changes.isEmpty)
        }
    }

    @Test func sinceFiltersOlderPosts() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        let importer = DiscourseImporter(
            options: .init(since: ContentDate(iso: "2024-05-01"), forumURL: "https://forum.example.org"))
        let plan = try importer.plan(
            exportText: try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.json")),
            exportPath: "topic.json", directory: directory)
        #expect(plan.changes.map(\.postNumber) == [5, 6, 8])
        #expect(plan.skipped.filter { $0.reason.hasPrefix("before --since") }.map(\.post) == [1, 2, 3, 4])
    }

    @Test func planningAloneWritesNothing() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        let plan = try importer.plan(
            exportText: try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.rss")),
            exportPath: "topic.rss", directory: directory)
        #expect(plan.changes.count == 7)
        #expect(try UpdatesTestSupport.snapshot(directory).isEmpty)
    }

    @Test(arguments: [
        ("topic-truncated.json", "ends early"),
        ("topic-truncated.rss", "truncated export"),
        ("topic-missing-cooked.json", "post 3 has no `cooked`"),
    ])
    func badExportsFailWithALocationAndWriteNothing(fixture: String, message: String) throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        try importFixture("topic.json", into: directory)
        let before = try UpdatesTestSupport.snapshot(directory)
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture(fixture))
        let error = try #require(throws: ParaReadyError.self) {
            _ = try importer.plan(exportText: text, exportPath: fixture, directory: directory)
        }
        #expect(error.message.contains(message), "\(error)")
        let location = try #require(error.location)
        #expect(location.file == fixture)
        #expect(location.line > 1, "\(error)")
        #expect(try UpdatesTestSupport.snapshot(directory) == before)
    }

    @Test func truncatedJSONNamesTheEndPosition() throws {
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic-truncated.json"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let error = try #require(throws: ParaReadyError.self) {
            _ = try DiscourseTopic.read(text, path: "t.json", forumURL: "https://forum.example.org")
        }
        #expect(error.location?.line == lines.count)
        #expect(error.location?.column == lines.last!.count + 1)
    }

    @Test func missingCookedNamesThePost() throws {
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic-missing-cooked.json"))
        let error = try #require(throws: ParaReadyError.self) {
            _ = try DiscourseTopic.read(text, path: "t.json", forumURL: "https://forum.example.org")
        }
        // The third post object opens on the line holding its `{`.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(error.location?.line)
        #expect(lines[line].contains("\"id\": 51040"), "\(error)")
    }

    @Test(arguments: [
        ("", "empty"),
        ("hello", "not a Discourse topic export"),
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><rss/>", "DOCTYPE"),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "expected an <rss> document"),
        ("<rss><channel><link>https://example.org/about</link></channel></rss>", "not a Discourse topic URL"),
        ("{\"id\": 1, \"slug\": \"x\", \"title\": \"X\"}", "missing `post_stream`"),
        ("[1, 2]", "is an object, not an array"),
        ("{\"id\": \"1\"}", "must be an integer"),
    ])
    func malformedExportsAreRejected(text: String, message: String) throws {
        let error = try #require(throws: ParaReadyError.self) {
            _ = try DiscourseTopic.read(text, path: "x", forumURL: "https://forum.example.org")
        }
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func anUnparsableExistingEntryStopsTheImport() throws {
        let directory = try UpdatesTestSupport.temporaryDirectory()
        try AtomicFile.write("---\ntitle: [unclosed\n---\n", to: directory + "/2024-01-01-broken.md")
        let error = try #require(throws: ParaReadyError.self) {
            _ = try importer.plan(
                exportText: try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.json")),
                exportPath: "topic.json", directory: directory)
        }
        #expect(error.location?.file.hasSuffix("2024-01-01-broken.md") == true)
        #expect(try UpdatesTestSupport.snapshot(directory).count == 1)
    }
}
