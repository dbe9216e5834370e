import Markdown
import ParaReadyCore
import Testing

@Suite struct MarkdownRenderingTests {
    @Test func rendersGFMExtensions() throws {
        let html = try Markdown.render("| a |\n|---|\n| 1 |\n\n- [x] done\n\n~~gone~~ www.example.com\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
    }

    @Test func rawHTMLIsFilteredUnlessTrusted() throws {
        let source = "<div class=\"note\">hi</div>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
        let safe = try Markdown.render(source).html
        #expect(!safe.contains("<div"))
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("javascript:"))
        let trusted = try Markdown.render(source, options: MarkdownOptions(trusted: true)).html
        #expect(trusted.contains("<div class=\"note\">hi</div>"))
        // GFM's tag filter still disarms <script> even in trusted content.
        #expect(!trusted.contains("<script>"))
    }

    @Test func headingAnchorsAreUniqueSlugs() throws {
        let rendered = try Markdown.render(
            "# Async *backing*\n\n## Phase 1: runtime\n\n## Phase 1: runtime\n",
            options: MarkdownOptions(headingAnchors: true))
        #expect(rendered.headings.map(\.id) == ["async-backing", "phase-1-runtime", "phase-1-runtime-1"])
        #expect(rendered.html.contains("<h1 id=\"async-backing\">Async <em>backing</em></h1>"))
        #expect(rendered.tableOfContents.count == 1)
        #expect(rendered.tableOfContents[0].children.map(\.id) == ["phase-1-runtime", "phase-1-runtime-1"])
    }

    @Test func anchorsOffLeavesHeadingsPlain() throws {
        #expect(try Markdown.render("## Hi\n").html == "<h2>Hi</h2>\n")
    }

    @Test func walksLinksAndCodeBlocks() throws {
        let document = try MarkdownDocument(
            "See [guide](guide.md#phase-1).\n\n```rust,ignore\nconst X: u32 = 1;\n```\n")
        #expect(document.links.map(\.destination) == ["guide.md#phase-1"])
        #expect(document.links.first?.line == 1)
        #expect(document.codeBlocks.first?.language == "rust")
        #expect(document.codeBlocks.first?.line == 3)
        document.rewriteLinks { $0.destination.hasSuffix(".md#phase-1") ? "guide/#phase-1" : nil }
        #expect(document.renderHTML().contains("href=\"guide/#phase-1\""))
    }

    struct Upper: CodeHighlighter {
        func highlight(code: String, language: String) -> String? {
            language == "rust" ? "<b>\(Escaping.html(code.uppercased()))</b>" : nil
        }
    }

    @Test func highlighterRendersKnownLanguagesOnly() throws {
        let html = try Markdown.render("```rust\nfn a() {}\n```\n\n```toml\nx = 1\n```\n", highlighter: Upper()).html
        #expect(html.contains("<pre><code class=\"language-rust\"><b>FN A() {}\n</b></code></pre>"))
        #expect(html.contains("<pre><code class=\"language-toml\">x = 1\n</code></pre>"))
    }

    @Test func renderingIsDeterministicAndConcurrencySafe() async throws {
        let sources = (0..<64).map {
            "# Page \($0)\n\n| a | b |\n|---|---|\n| \($0) | x |\n\n- [ ] task \($0)\n\n## Again\n\n## Again\n"
        }
        let serial = try sources.map { try Markdown.render($0, options: MarkdownOptions(headingAnchors: true)).html }
        let parallel = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (i, source) in sources.enumerated() {
                group.addTask { (i, try Markdown.render(source, options: MarkdownOptions(headingAnchors: true)).html) }
            }
            var out = [String](repeating: "", count: sources.count)
            for try await (i, html) in group { out[i] = html }
            return out
        }
        #expect(serial == parallel)
        #expect(
            serial == (try sources.map { try Markdown.render($0, options: MarkdownOptions(headingAnchors: true)).html })
        )
    }
}
