import Foundation

/// One example of the GFM spec: Markdown in, the HTML it must render to, and the extensions it names.
struct GFMSpecExample: Sendable {
    var number: Int
    var line: Int
    var markdown: String
    var html: String
    var extensions: [String]

    /// Where Debian's `cmark-gfm` package installs the spec its CLI was built against.
    static let specPath = "/usr/share/doc/cmark-gfm/spec.txt.gz"

    /// The examples of the spec text, numbered like the spec numbers them; `disabled` examples are left out.
    static func parse(_ spec: String) -> [GFMSpecExample] {
        let fence = String(repeating: "`", count: 32)
        enum State { case prose, markdown, html }
        var state = State.prose
        var examples: [GFMSpecExample] = []
        var number = 0
        var startLine = 0
        var markdown = ""
        var html = ""
        var extensions: [String] = []
        for (offset, rawLine) in spec.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(fence + " example") {
                state = .markdown
                startLine = offset + 1
                extensions = trimmed.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
                markdown = ""
                html = ""
            } else if state != .prose && trimmed == fence {
                number += 1
                if !extensions.contains("disabled") {
                    examples.append(
                        GFMSpecExample(
                            number: number, line: startLine,
                            markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                            html: html.replacingOccurrences(of: "→", with: "\t"), extensions: extensions))
                }
                state = .prose
            } else if state == .markdown && trimmed == "." {
                state = .html
            } else if state == .markdown {
                markdown += rawLine + "\n"
            } else if state == .html {
                html += rawLine + "\n"
            }
        }
        return examples
    }

    /// The spec text, decompressed with `gzip -dc`; nil when the file is missing.
    static func loadSpec() throws -> String? {
        guard FileManager.default.fileExists(atPath: specPath) else { return nil }
        let output = try ExternalTool.run(["gzip", "-dc", specPath])
        return String(decoding: output, as: UTF8.self)
    }
}
