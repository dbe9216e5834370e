import Foundation
import Markdown
import Testing

/// Every example of the GFM spec shipped with Debian's cmark-gfm, through our API and through the package's CLI.
@Suite struct GFMSpecConformanceTests {
    @Test func passesEveryExampleTheCLIPasses() throws {
        guard let spec = try GFMSpecExample.loadSpec() else {
            Issue.record("\(GFMSpecExample.specPath) is missing: run `make setup` (installs Debian's cmark-gfm)")
            return
        }
        guard ExternalTool.find("cmark-gfm") != nil else {
            Issue.record("the cmark-gfm CLI is not on PATH: run `make setup` (installs Debian's cmark-gfm)")
            return
        }
        let examples = GFMSpecExample.parse(spec)
        // The 0.29.0.gfm.6 spec has 671 enabled examples; far fewer means the parser above lost track.
        #expect(examples.count > 600)

        var ours = Set<Int>()
        for example in examples {
            let html = try Self.renderWithAPI(example)
            if SpecHTMLNormalizer.normalize(html) == SpecHTMLNormalizer.normalize(example.html) {
                ours.insert(example.number)
            }
        }
        let cliOutputs = try Self.renderWithCLI(examples)
        var cli = Set<Int>()
        for example in examples
        where SpecHTMLNormalizer.normalize(cliOutputs[example.number] ?? "")
            == SpecHTMLNormalizer.normalize(example.html)
        {
            cli.insert(example.number)
        }

        print(
            "GFM spec conformance: \(ours.count)/\(examples.count) examples pass (cmark-gfm CLI: \(cli.count)/\(examples.count))"
        )
        let missing = cli.subtracting(ours).sorted()
        #expect(missing.isEmpty, "examples the cmark-gfm CLI passes but our API fails: \(missing)")
        #expect(cli.count > 600, "the cmark-gfm CLI passed only \(cli.count) examples: is the runner broken?")
    }

    /// Trusted, anchors off, footnotes off, and exactly the extensions the example names: the spec runner's setup.
    static func renderWithAPI(_ example: GFMSpecExample) throws -> String {
        let options = MarkdownOptions(
            trusted: true, headingAnchors: false, footnotes: example.extensions.contains("footnotes"),
            extensions: Set(example.extensions.compactMap(MarkdownExtension.init(rawValue:))))
        return try Markdown.render(example.markdown, options: options).html
    }

    /// Runs the CLI once per example from a single shell script (one process spawn from here), keyed by number.
    static func renderWithCLI(_ examples: [GFMSpecExample]) throws -> [Int: String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "paraready-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var script = "set -e\n"
        for example in examples {
            try Data(example.markdown.utf8).write(to: directory.appendingPathComponent("\(example.number).md"))
            let flags = example.extensions.map { " -e \($0)" }.joined()
            script += "cmark-gfm --unsafe\(flags) < \(example.number).md > \(example.number).html\n"
        }
        try Data(script.utf8).write(to: directory.appendingPathComponent("run.sh"))
        _ = try ExternalTool.run(["sh", "run.sh"], currentDirectory: directory)
        var outputs: [Int: String] = [:]
        for example in examples {
            let data = try Data(contentsOf: directory.appendingPathComponent("\(example.number).html"))
            outputs[example.number] = String(decoding: data, as: UTF8.self)
        }
        return outputs
    }
}

@Suite struct SpecHTMLNormalizerTests {
    @Test(arguments: [
        ("<p>a  \t b</p>", "<p>a b</p>"),
        ("\n\t<p>\n\t\ta  b\t\t</p>\n\t", "<p>a b</p>"),
        ("<i>a  b</i> ", "<i>a b</i> "),
        ("<br />", "<br>"),
        ("<a title=\"bar\" HREF=\"foo\">x</a>", "<a href=\"foo\" title=\"bar\">x</a>"),
        ("&copy;&amp;&gt;&lt;&quot;&#65;&#x42;", "©&amp;&gt;&lt;&quot;AB"),
        ("<pre><code>a  \n  b\n</code></pre>", "<pre><code>a  \n  b\n</code></pre>"),
        ("<!-- a  b -->", "<!-- a  b -->"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(SpecHTMLNormalizer.normalize(input) == expected)
    }

    @Test func keepsRealDifferences() {
        #expect(SpecHTMLNormalizer.normalize("<p>a</p>") != SpecHTMLNormalizer.normalize("<p>b</p>"))
        #expect(SpecHTMLNormalizer.normalize("<em>a</em>") != SpecHTMLNormalizer.normalize("<strong>a</strong>"))
        #expect(SpecHTMLNormalizer.normalize("<p>a b</p>") != SpecHTMLNormalizer.normalize("<p>ab</p>"))
    }

    /// Rendering every example with all extensions on must fail some plain CommonMark examples (bare `www.`
    /// text becomes a link, `<style>` is filtered): proof that the comparison can tell outputs apart.
    @Test func allExtensionsOnBreaksSomePlainExamples() throws {
        guard let spec = try GFMSpecExample.loadSpec() else {
            Issue.record("\(GFMSpecExample.specPath) is missing: run `make setup`")
            return
        }
        var failures = 0
        for example in GFMSpecExample.parse(spec) {
            let html = try Markdown.render(example.markdown, options: MarkdownOptions(trusted: true)).html
            if SpecHTMLNormalizer.normalize(html) != SpecHTMLNormalizer.normalize(example.html) { failures += 1 }
        }
        #expect(failures > 0)
    }
}
