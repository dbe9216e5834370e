import Markdown
import ParaReadyCore
import Testing

/// The same source renders to the same bytes, serially or from many tasks at once.
@Suite struct DeterminismTests {
    struct Upper: CodeHighlighter {
        func highlight(code: String, language: String) -> String? {
            language == "rust" ? "<b>\(Escaping.html(code.uppercased()))</b>" : nil
        }
    }

    static let options = MarkdownOptions(headingAnchors: true)

    /// Document `n` of a varied set: headings with repeats, tables, task lists, footnotes, autolinks, code.
    static func document(_ n: Int) -> String {
        """
        # Page \(n)

        ## Setup
        ## Setup

        | chain | stage |
        |:--|--:|
        | para-\(n) | *enabled* |

        - [x] done \(n)
        - [ ] todo, see www.example.com/\(n) and ops\(n)@example.org

        A claim[^c\(n)] with ~~old~~ text and a [link](page-\(n % 7).md#setup).

        ```rust
        const X: u32 = \(n);
        ```

        > Quote \(n % 3)

        [^c\(n)]: Footnote \(n).

        """
    }

    static func render(_ source: String) throws -> String {
        let rendered = try Markdown.render(source, options: options, highlighter: Upper())
        return rendered.tableOfContentsHTML + rendered.html
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for n in 0..<20 {
            let source = Self.document(n)
            #expect(try Self.render(source) == Self.render(source))
        }
    }

    @Test func fiveHundredConcurrentRendersMatchSerialRendering() async throws {
        let sources = (0..<500).map(Self.document)
        let serial = try sources.map(Self.render)
        let concurrent = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, try Self.render(source)) }
            }
            var out = [String](repeating: "", count: sources.count)
            for try await (index, html) in group { out[index] = html }
            return out
        }
        #expect(concurrent == serial)
        #expect(Set(serial).count == serial.count)
    }

    @Test func concurrentGuardRejectionsAreTheSameErrors() async throws {
        let crafted = String(repeating: "![[]()", count: 200_000)
        let errors = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        _ = try Markdown.render(crafted)
                        return "rendered"
                    } catch {
                        return "\(error)"
                    }
                }
            }
            var out: [String] = []
            for await message in group { out.append(message) }
            return out
        }
        #expect(Set(errors).count == 1)
        #expect(errors.first?.contains("bracket-stack") == true)
    }
}
