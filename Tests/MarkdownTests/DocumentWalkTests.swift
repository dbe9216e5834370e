import Markdown
import Testing

/// Links, images, code blocks and footnotes as the tree walk reports them.
@Suite struct DocumentWalkTests {
    @Test func linksAndImagesCarryTheirLineAndColumn() throws {
        let source = """
            Intro with [a link](one.md "Title") and
            more text, then ![a diagram](img/d.png).

            - item with [ref][r]
            - item with www.example.com/x
            - https://example.org/deep and ops@example.org

            [r]: ../ref.md#anchor

            """
        let links = try MarkdownDocument(source).links
        #expect(
            links.map(\.destination) == [
                "one.md", "img/d.png", "../ref.md#anchor", "http://www.example.com/x", "https://example.org/deep",
                "mailto:ops@example.org",
            ])
        #expect(links.map(\.isImage) == [false, true, false, false, false, false])
        #expect(links.map(\.title) == ["Title", "", "", "", "", ""])
        #expect(links.map(\.line) == [1, 2, 4, 5, 6, 6])
        #expect(links[0].column == 12)
        #expect(links[1].column == 17)
        #expect(links.allSatisfy { $0.column >= 1 })
    }

    @Test func rewritingLinksChangesOnlyWhatTheTransformReturns() throws {
        let document = try MarkdownDocument("[a](a.md) [b](https://b.example) ![c](c.png)\n")
        document.rewriteLinks { $0.destination.hasSuffix(".md") ? "a/" : nil }
        #expect(document.links.map(\.destination) == ["a/", "https://b.example", "c.png"])
        #expect(document.renderHTML().contains("<a href=\"a/\">a</a>"))
    }

    @Test func codeBlocksKeepInfoStringsAndLines() throws {
        let source = """
            ```rust,ignore title="x.rs"
            fn main() {}
            ```

            ~~~ TOML
            a = 1
            ~~~

                indented code

            ```
            plain
            ```

            """
        let blocks = try MarkdownDocument(source).codeBlocks
        #expect(blocks.map(\.info) == ["rust,ignore title=\"x.rs\"", "TOML", "", ""])
        #expect(blocks.map(\.language) == ["rust", "toml", "", ""])
        #expect(blocks.map(\.text) == ["fn main() {}\n", "a = 1\n", "indented code\n", "plain\n"])
        #expect(blocks.map(\.line) == [1, 5, 9, 11])
    }

    struct Marker: CodeHighlighter {
        func highlight(code: String, language: String) -> String? { language == "rust" ? "<i>hl</i>" : nil }
    }

    @Test func codeBlocksStayAvailableAfterHighlighting() throws {
        let document = try MarkdownDocument("```rust\nfn a() {}\n```\n")
        #expect(document.renderHTML(highlighter: Marker()).contains("<i>hl</i>"))
        #expect(document.codeBlocks.map(\.language) == ["rust"])
    }

    @Test func footnotesRenderByDefaultAndCanBeTurnedOff() throws {
        let source = "Claim[^src].\n\n[^src]: The source.\n"
        let html = try Markdown.render(source).html
        #expect(
            html.contains(
                "<sup class=\"footnote-ref\"><a href=\"#fn-src\" id=\"fnref-src\" data-footnote-ref>1</a></sup>"))
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(html.contains("<li id=\"fn-src\">"))
        let plain = try Markdown.render(source, options: MarkdownOptions(footnotes: false)).html
        #expect(!plain.contains("footnote"))
        #expect(plain.contains("[^src]"))
    }

    @Test func extensionsCanBeChosen() throws {
        let source = "| a |\n|---|\n| 1 |\n\n~~x~~ www.example.com\n"
        let none = try Markdown.render(source, options: MarkdownOptions(extensions: [])).html
        #expect(!none.contains("<table>"))
        #expect(!none.contains("<del>"))
        #expect(!none.contains("<a href"))
        let tableOnly = try Markdown.render(source, options: MarkdownOptions(extensions: [.table])).html
        #expect(tableOnly.contains("<table>"))
        #expect(!tableOnly.contains("<del>"))
    }

    @Test func titleIsTheFirstLevelOneHeading() throws {
        #expect(try MarkdownDocument("## Sub\n\n# Main\n\n# Other\n").title == "Main")
        #expect(try MarkdownDocument("## Sub\n").title == nil)
    }
}
