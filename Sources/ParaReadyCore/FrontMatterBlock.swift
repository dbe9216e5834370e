/// The YAML front matter block at the top of a Markdown file, split off without interpreting it.
public struct FrontMatterBlock: Sendable, Hashable {
    /// The YAML text between the `---` fences (empty when the file has none).
    public var yaml: String
    /// The Markdown after the closing fence.
    public var body: String
    /// The 1-based file line of the first YAML line; add it to a YAML-relative line (0-based) to get the file line.
    public var yamlStartLine: Int
    /// The 1-based file line where the body starts.
    public var bodyStartLine: Int

    /// Splits `text`. A file that does not start with `---` has no front matter. An opening fence without a
    /// closing one is an error at the opening fence.
    public static func split(_ text: String, file: String) throws(ParaReadyError) -> FrontMatterBlock {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasSuffix("\r") { lines[0] = first.dropLast() }
        guard let first = lines.first, first == "---" else {
            return FrontMatterBlock(yaml: "", body: text, yamlStartLine: 1, bodyStartLine: 1)
        }
        for index in 1..<lines.count {
            let line = lines[index].hasSuffix("\r") ? lines[index].dropLast() : lines[index]
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return FrontMatterBlock(yaml: yaml, body: body, yamlStartLine: 2, bodyStartLine: index + 2)
            }
        }
        throw ParaReadyError(
            .syntax, "front matter opened with '---' is never closed",
            at: SourceLocation(file: file, line: 1, column: 1))
    }
}
