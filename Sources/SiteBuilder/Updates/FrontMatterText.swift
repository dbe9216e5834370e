import Foundation
import ParaReadyCore

/// A Markdown file split into its YAML front matter and body, remembering which file lines each came from.
struct FrontMatterText {
    /// The YAML between the `---` fences.
    var yaml: String
    /// File line of the first YAML line (2 when the file starts with the fence).
    var yamlFirstLine: Int
    var body: String
    /// File line of the first body line.
    var bodyFirstLine: Int

    /// Splits `text`; a file without an opening `---` line or without a closing one is an error.
    init(_ text: String, path: String) throws(ParaReadyError) {
        var normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            throw ParaReadyError(
                .syntax, "an update must start with YAML front matter (a `---` line)", file: path)
        }
        guard let close = lines.indices.dropFirst().first(where: { Self.isClosingFence(lines[$0]) }) else {
            throw ParaReadyError(
                .syntax, "front matter is not closed: add a `---` line after it",
                at: SourceLocation(file: path, line: 1, column: 1))
        }
        yaml = lines[1..<close].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyFirstLine = close + 2
    }

    static func isClosingFence(_ line: Substring) -> Bool {
        let trimmed = line.trimmingTrailingSpaces
        return trimmed == "---" || trimmed == "..."
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
