import Markdown
import Testing

/// GitHub-style heading ids: lower-cased, punctuation dropped, spaces to hyphens, `-1`, `-2`… for repeats.
@Suite struct HeadingSlugTests {
    static func ids(_ source: String) throws -> [String] {
        try MarkdownDocument(source, options: MarkdownOptions(headingAnchors: true)).headings.map(\.id)
    }

    @Test(arguments: [
        ("# Hello, World!", "hello-world"),
        ("# C++ & Rust", "c--rust"),
        ("#   Spaces   around   ", "spaces---around"),
        ("# 1.9.0 release", "190-release"),
        ("# Ünïcödé Überschrift", "ünïcödé-überschrift"),
        ("# 日本語の見出し", "日本語の見出し"),
        ("# Привет мир", "привет-мир"),
        ("# 🚀 Launch", "-launch"),
        ("# `ConsensusHook` wiring", "consensushook-wiring"),
        ("# *Async* **backing** ~~old~~", "async-backing-old"),
        ("# [Polkadot](https://polkadot.network) SDK", "polkadot-sdk"),
        ("# snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("# Quotes \"double\" and 'single'", "quotes-double-and-single"),
        ("Setext heading\n===", "setext-heading"),
    ])
    func slug(_ source: String, _ expected: String) throws {
        #expect(try Self.ids(source) == [expected])
    }

    @Test func duplicatesGetCountersThatNeverCollide() throws {
        let source = "# A\n\n# A\n\n# A-1\n\n# A\n\n## a\n"
        #expect(try Self.ids(source) == ["a", "a-1", "a-1-1", "a-2", "a-3"])
    }

    @Test func emptyHeadingsGetAFallbackIdThatStaysUnique() throws {
        #expect(
            try Self.ids("#\n\n## \n\n# Section\n\n### `` \n") == ["section", "section-1", "section-2", "section-3"])
    }

    @Test func headingTextDropsMarkupButKeepsCode() throws {
        let headings = try MarkdownDocument("## The `MinimumPeriod` is *zero*\n").headings
        #expect(headings.map(\.text) == ["The MinimumPeriod is zero"])
        #expect(headings.map(\.level) == [2])
        #expect(headings.map(\.line) == [1])
    }

    @Test func headingMarkupStaysInsideTheAnchoredTag() throws {
        let html = try Markdown.render("# a\"b & *c*\n", options: MarkdownOptions(headingAnchors: true)).html
        #expect(html == "<h1 id=\"ab--c\">a&quot;b &amp; <em>c</em></h1>\n")
    }

    @Test func headingsStayAvailableAfterRendering() throws {
        let document = try MarkdownDocument("# One\n\n## Two\n", options: MarkdownOptions(headingAnchors: true))
        let first = document.renderHTML()
        #expect(document.headings.map(\.id) == ["one", "two"])
        #expect(document.renderHTML() == first)
    }
}
