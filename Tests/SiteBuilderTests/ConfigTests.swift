import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct ConfigTests {
    @Test func readsEveryDocumentedKey() throws {
        let config = try SiteConfigLoader.parse(
            """
            title = "T"
            description = "D"
            base_url = "https://example.org/docs"
            language = "de"
            content_dir = "pages"
            theme_dir = "theme"
            output_dir = "public"
            exclude = ["examples/**"]

            [build]
            drafts = true
            future = true
            links = "warning"
            search = false
            search_text = 120
            raw_html = true

            [[menu]]
            name = "Guides"
            url = "/guides/"
            weight = 2

            [sections.updates]
            sort = "date"
            prev_next = false

            [params]
            footer = "F"

            [plugins.updates]
            feeds = ["atom", "rss"]
            """)
        #expect(config.title == "T")
        #expect(config.baseURL == "https://example.org/docs/")
        #expect(config.basePath == "/docs/")
        #expect(config.origin == "https://example.org")
        #expect(config.language == "de")
        #expect(config.contentDirectory == "pages")
        #expect(config.outputDirectory == "public")
        #expect(config.exclude == ["examples/**"])
        #expect(config.includeDrafts && config.includeFuture && config.rawHTML && !config.search)
        #expect(config.linkCheck == .warning)
        #expect(config.searchTextLimit == 120)
        #expect(config.menu == [MenuItem(name: "Guides", url: "/guides/", weight: 2)])
        #expect(config.section("updates").sort == "date")
        #expect(config.section("updates").previousNext == false)
        #expect(config.section("checklist").groupBy == "phase")
        #expect(config.params["footer"] == .string("F"))
        #expect(config.pluginSettings["updates"]?["feeds"] == .array(["atom", "rss"]))
    }

    @Test func errorsNameTheLine() {
        func error(_ text: String) -> ParaReadyError? {
            do {
                _ = try SiteConfigLoader.parse(text)
                return nil
            } catch {
                return error
            }
        }
        #expect(error("title = \"a\"\nbase_url = [1\n")?.location?.line == 2)
        #expect(
            error("title = \"a\"\ntitel = \"typo\"\n")?.location
                == SourceLocation(file: "site.toml", line: 2, column: 1))
        #expect(
            error("\n[build]\n  links = \"loud\"\n")?.location == SourceLocation(file: "site.toml", line: 3, column: 3))
        #expect(error("title = 3\n")?.message == "'title' must be a string")
        #expect(error("[build]\ndrafts = \"yes\"\n")?.location?.line == 2)
    }

    @Test func globsMatchLikeAShell() {
        #expect(Glob("examples/**").matches("examples/a/b/c.md"))
        #expect(Glob("**/draft-*.md").matches("guides/x/draft-1.md"))
        #expect(Glob("**/draft-*.md").matches("draft-1.md"))
        #expect(!Glob("guides/*.md").matches("guides/x/y.md"))
        #expect(Glob("guides/?.md").matches("guides/a.md"))
        #expect(!Glob("projects/**").matches("projectsx/a"))
    }

    @Test func excludedFoldersAreNotPages() throws {
        let site = try SiteFixture([
            "guides/a.md": page("title: A"), "examples/repo/README.md": "# not a page\n[x](nowhere.md)\n",
        ]) { $0.exclude = ["examples/**"] }
        try site.build()
        #expect(site.output("examples/repo/README/index.html") == nil)
    }
}
