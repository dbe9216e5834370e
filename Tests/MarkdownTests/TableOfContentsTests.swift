import Markdown
import Testing

@Suite struct TableOfContentsTests {
    static func outline(_ entries: [TableOfContentsEntry]) -> String {
        entries.map { entry in
            entry.children.isEmpty ? entry.id : "\(entry.id)(\(outline(entry.children)))"
        }.joined(separator: " ")
    }

    @Test(arguments: [
        ("# A\n## B\n### C\n## D\n# E\n", "a(b(c) d) e"),
        // Skipped levels nest under the nearest shallower heading.
        ("# A\n### B\n## C\n#### D\n# E\n", "a(b c(d)) e"),
        // A document that starts deeper than it continues keeps both at the top.
        ("### A\n# B\n## C\n", "a b(c)"),
        ("###### A\n###### B\n", "a b"),
        ("No headings at all.\n", ""),
    ])
    func nesting(_ source: String, _ expected: String) throws {
        let rendered = try Markdown.render(source, options: MarkdownOptions(headingAnchors: true))
        #expect(Self.outline(rendered.tableOfContents) == expected)
    }

    @Test func htmlIsNestedListsWithEscapedText() throws {
        let rendered = try Markdown.render("# A & B\n### C\n", options: MarkdownOptions(headingAnchors: true))
        #expect(
            rendered.tableOfContentsHTML
                == "<ul>\n<li><a href=\"#a--b\">A &amp; B</a>\n<ul>\n<li><a href=\"#c\">C</a></li>\n</ul>\n</li>\n</ul>\n"
        )
        #expect(try Markdown.render("text\n").tableOfContentsHTML == "")
    }
}
