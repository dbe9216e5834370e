import ArgumentParser
import CommandLineSupport
import Markdown
import ParaReadyCore

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of a Markdown document (GitHub Flavored Markdown).")

    @Argument(help: "The Markdown file, or - for standard input.")
    var file: String = "-"

    @Flag(help: "Add heading ids and print a table of contents before the body.")
    var toc = false

    @Flag(
        help: """
            Trust the input: keep raw HTML and unsafe links, and skip the input-size and shape limits \
            (never for imported content).
            """)
    var unsafe = false

    func run() async throws {
        try await reportingErrors {
            let input = try readInput(file)
            let options = MarkdownOptions(trusted: unsafe, headingAnchors: toc)
            let rendered = try Markdown.render(input.text, options: options, sourceName: input.name)
            if toc && !rendered.tableOfContents.isEmpty {
                printRaw("<nav class=\"toc\">\n\(rendered.tableOfContentsHTML)</nav>\n")
            }
            printRaw(rendered.html)
        }
    }
}
