import Testing

@testable import SiteBuilder

@Suite struct HighlightTests {
    let registry = HighlighterRegistry()

    @Test func rustTokensGetClasses() throws {
        let html = try #require(
            registry.highlight(
                code:
                    "#[pallet::weight(10)]\npub fn f<'a>(x: &'a str) -> Vec<u8> { let c = 'x'; println!(\"{}\", 0x1F); } // done\n/* a /* nested */ b */",
                language: "rust"))
        #expect(html.contains("<span class=\"hl-attribute\">#[pallet::weight(10)]</span>"))
        #expect(html.contains("<span class=\"hl-keyword\">pub</span> <span class=\"hl-keyword\">fn</span>"))
        #expect(html.contains("<span class=\"hl-lifetime\">&#39;a</span>"))
        #expect(html.contains("<span class=\"hl-type\">Vec</span>"))
        #expect(html.contains("<span class=\"hl-string\">&#39;x&#39;</span>"))
        #expect(html.contains("<span class=\"hl-macro\">println!</span>"))
        #expect(html.contains("<span class=\"hl-string\">&quot;{}&quot;</span>"))
        #expect(html.contains("<span class=\"hl-number\">0x1F</span>"))
        #expect(html.contains("<span class=\"hl-comment\">// done</span>"))
        #expect(html.contains("<span class=\"hl-comment\">/* a /* nested */ b */</span>"))
    }

    @Test func rawStringsAndEverythingIsEscaped() throws {
        let html = try #require(registry.highlight(code: "let s = r#\"</pre><script>\"#;", language: "rs"))
        #expect(html.contains("<span class=\"hl-string\">r#&quot;&lt;/pre&gt;&lt;script&gt;&quot;#</span>"))
        #expect(!html.contains("<script>"))
    }

    @Test func tomlKeysTablesStringsAndNumbers() throws {
        let html = try #require(
            registry.highlight(
                code:
                    "[workspace.dependencies]\n# pinned\ncumulus = { version = \"0.7\", default-features = false }\nmembers = [\"node\", 'runtime']\nn = 6_000\n",
                language: "toml"))
        #expect(html.contains("<span class=\"hl-type\">[workspace.dependencies]</span>"))
        #expect(html.contains("<span class=\"hl-comment\"># pinned</span>"))
        #expect(html.contains("<span class=\"hl-property\">cumulus</span>"))
        #expect(html.contains("<span class=\"hl-property\">default-features</span>"))
        #expect(html.contains("<span class=\"hl-keyword\">false</span>"))
        #expect(html.contains("<span class=\"hl-string\">&#39;runtime&#39;</span>"))
        #expect(html.contains("<span class=\"hl-number\">6_000</span>"))
    }

    @Test func shellPromptsVariablesOptionsAndComments() throws {
        let html = try #require(
            registry.highlight(
                code: "$ cargo build --release # fast\nexport X=\"$HOME/<x>\" && echo ${X}\n", language: "bash"))
        #expect(html.hasPrefix("<span class=\"hl-punct\">$</span>"))
        #expect(html.contains("<span class=\"hl-property\">--release</span>"))
        #expect(html.contains("<span class=\"hl-comment\"># fast</span>"))
        #expect(html.contains("<span class=\"hl-keyword\">export</span>"))
        #expect(html.contains("<span class=\"hl-string\">&quot;$HOME/&lt;x&gt;&quot;</span>"))
        #expect(html.contains("<span class=\"hl-variable\">${X}</span>"))
    }

    @Test func unknownLanguagesAreLeftToMarkdownAndATokenizerCanBeReplaced() throws {
        #expect(registry.highlight(code: "x", language: "cobol") == nil)
        struct Upper: LanguageTokenizer {
            var languages: [String] { ["rust"] }
            func spans(in code: [UInt8]) -> [HighlightSpan] {
                [HighlightSpan(kind: .keyword, start: 0, end: code.count)]
            }
        }
        var registry = HighlighterRegistry()
        registry.register(Upper())
        #expect(registry.highlight(code: "a<b", language: "rust") == "<span class=\"hl-keyword\">a&lt;b</span>")
    }

    @Test func tokenizersNeverCrashOnJunk() {
        let junk = ["'", "r#", "\"\\", "#[", "/*", "b'", "[[", "= {", "$", "${", "0x", "'\\u{", "r##\"x\"#"]
        for text in junk {
            for language in ["rust", "toml", "sh"] { _ = registry.highlight(code: text, language: language) }
        }
    }

    @Test func highlightedBlocksAppearInPages() throws {
        let site = try SiteFixture(["a.md": page("title: A", "```toml\nkey = \"v\"\n```\n\n```python\nx = 1\n```\n")])
        try site.build()
        let html = try #require(site.output("a/index.html"))
        #expect(html.contains("<pre><code class=\"language-toml\"><span class=\"hl-property\">key</span>"))
        #expect(html.contains("<pre><code class=\"language-python\">x = 1"))
    }
}
