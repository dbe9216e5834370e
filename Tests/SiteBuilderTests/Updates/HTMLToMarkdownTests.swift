import Markdown
import Testing

@testable import SiteBuilder

@Suite struct HTMLToMarkdownTests {
    func convert(_ html: String) -> String {
        var converter = HTMLToMarkdown(baseURL: "https://forum.example.org/")
        return converter.convert(html)
    }

    @Test(arguments: [
        ("<p>Hello <strong>bold</strong> and <em>it</em></p>", "Hello **bold** and *it*\n"),
        ("<p>a<br>b</p>", "a\\\nb\n"),
        ("<h3>Title <code>x</code></h3>", "### Title `x`\n"),
        ("<p><code>a`b</code></p>", "``a`b``\n"),
        ("<pre><code class=\"lang-toml\">[a]\nb = 1\n</code></pre>", "```toml\n[a]\nb = 1\n```\n"),
        ("<pre><code>```\n</code></pre>", "````\n```\n````\n"),
        ("<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>", "- one\n- two\n  - deep\n"),
        ("<ol start=\"3\"><li><p>a</p><p>b</p></li><li>c</li></ol>", "3. a\n\n   b\n\n4. c\n"),
        ("<blockquote><p>q1</p><p>q2</p></blockquote>", "> q1\n>\n> q2\n"),
        (
            "<p><a href=\"/t/x/1\">rel</a> <a href=\"//cdn.example.org/a\">proto</a></p>",
            "[rel](https://forum.example.org/t/x/1) [proto](https://cdn.example.org/a)\n"
        ),
        ("<p><a href=\"mailto:a@example.org\">mail</a></p>", "[mail](mailto:a@example.org)\n"),
        ("<p><a href=\"https://example.org/a b(c)\">x</a></p>", "[x](https://example.org/a%20b%28c%29)\n"),
        ("<hr>", "---\n"),
        ("<p>del <del>gone</del></p>", "del ~~gone~~\n"),
    ])
    func convertsTheWhitelist(html: String, markdown: String) {
        #expect(convert(html) == markdown)
    }

    @Test(arguments: [
        ("<p># not a heading</p>", "\\# not a heading\n"),
        ("<p>1. not a list</p>", "1\\. not a list\n"),
        ("<p>- not a list</p>", "\\- not a list\n"),
        ("<p>a *b* [c](d) `e` &lt;f&gt; | ~g</p>", "a \\*b\\* \\[c\\](d) \\`e\\` \\<f> \\| \\~g\n"),
        ("<p>snake_case and _lead</p>", "snake_case and \\_lead\n"),
        ("<p>Look!</p><p><a href=\"https://x.org\">x</a></p>", "Look\\!\n\n[x](https://x.org)\n"),
        ("<p>&amp;amp; stays</p>", "\\&amp; stays\n"),
    ])
    func textIsEscapedNotInterpreted(html: String, markdown: String) throws {
        #expect(convert(html) == markdown)
        // And the rendered HTML shows the text, not structure.
        let rendered = try Markdown.render(markdown).html
        #expect(rendered.hasPrefix("<p>"), "\(rendered)")
    }

    @Test func emojiImagesAndShortcodesBecomeEmoji() {
        let html = """
            <p><img src="/images/emoji/twitter/rocket.png" title=":rocket:" class="emoji" alt=":rocket:"> \
            go :tada: and :+1: but not 10:30:00 nor a:tada:b nor :nope: <code>:tada:</code></p>
            """
        #expect(convert(html) == "🚀 go 🎉 and 👍 but not 10:30:00 nor a:tada:b nor :nope: `:tada:`\n")
    }

    @Test(arguments: [
        "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=\"https://e.org\"></iframe>",
        "<object data=\"x\"></object>", "<embed src=\"x\">", "<svg onload=\"alert(1)\"><a href=\"x\">y</a></svg>",
        "<noscript><p>hi</p></noscript>", "<template><p>t</p></template>", "<form><input value=\"v\"></form>",
        "<SCRIPT>alert(1)</SCRIPT >", "<script>document.write('</scr'+'ipt>')</script>",
    ])
    func droppedElementsLeaveNothing(html: String) {
        #expect(convert("<p>before</p>" + html + "<p>after</p>") == "before\n\nafter\n")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java&#x09;script:alert(1)", "javascript&#58;alert(1)", "vbscript:x", "data:text/html,<b>x</b>",
        "file:///etc/passwd", "\\\\evil.example\\share",
    ])
    func unsafeLinksKeepOnlyTheirText(href: String) {
        #expect(convert("<p><a href=\"\(href)\">text</a></p>") == "text\n")
    }

    @Test func unsafeImagesAreDropped() {
        #expect(convert("<p>a <img src=\"data:image/png;base64,AAAA\" alt=\"x\"> b</p>") == "a b\n")
        #expect(convert("<p>a <img src=\"javascript:alert(1)\"> b</p>") == "a b\n")
    }

    @Test func handlersNeverSurviveAndAreReported() {
        var converter = HTMLToMarkdown(baseURL: "https://forum.example.org/")
        let markdown = converter.convert(
            "<p onclick=\"x()\"><img src=\"https://e.org/a.png\" onerror=\"y()\" alt=\"a\"> <b onmouseover=\"z\">b</b></p>"
        )
        #expect(markdown == "![a](https://e.org/a.png) **b**\n")
        #expect(converter.removed == ["onclick attribute", "onerror attribute", "onmouseover attribute"])
    }

    @Test func malformedMarkupDoesNotBreakOut() {
        #expect(convert("<p>a <b>bold <i>both</b> tail</p>") == "a **bold *both*** tail\n")
        #expect(convert("<p>x <a href=\"https://e.org\">unclosed") == "x [unclosed](https://e.org)\n")
        #expect(convert("<p>1 < 2 and 3 > 2</p>") == "1 \\< 2 and 3 > 2\n")
        #expect(convert("<!-- hidden --><p>shown</p><!-- unclosed") == "shown\n")
        #expect(convert("<p>a</p></div></aside><p>b</p>") == "a\n\nb\n")
    }

    @Test func deepNestingIsBounded() {
        let html =
            String(repeating: "<div><blockquote>", count: 5000) + "deep"
            + String(repeating: "</blockquote></div>", count: 5000)
        let markdown = convert(html)
        #expect(markdown.contains("deep"))
    }

    @Test func tablesEscapePipesInCells() {
        let html = "<table><tr><th>a|b</th><th>c</th></tr><tr><td>1</td></tr></table>"
        #expect(convert(html) == "| a\\|b | c |\n| --- | --- |\n| 1 |  |\n")
    }

    @Test func tokenizerKeepsRawTextOutOfMarkup() {
        let tokens = HTMLTokenizer.tokens("<script>if (a < b) { x = '<p>' }</script><p>t</p>")
        #expect(tokens.count == 6)
        #expect(tokens[1] == .text("if (a < b) { x = '<p>' }"))
        #expect(tokens[2] == .end(name: "script"))
    }

    @Test func entitiesDecode() {
        #expect(HTMLEntities.decode("&lt;&#x1F680;&#128640;&mdash;&unknown;&#0;&") == "<🚀🚀—&unknown;\u{FFFD}&")
    }
}
