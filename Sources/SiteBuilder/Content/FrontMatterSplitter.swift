import ParaReadyCore

/// Splits a page into its YAML front matter and Markdown body, scanning bytes only as far as the closing fence.
struct FrontMatterSplit: Sendable {
    /// The YAML between the fences (empty without front matter).
    var yaml: String
    var body: String
    /// The file line of the first YAML line.
    var yamlStartLine: Int
    /// The file line on which the body starts.
    var bodyStartLine: Int

    /// A page starting with a `---` line has front matter up to the next `---` (or `...`) line; a fence that is
    /// never closed is an error at line 1.
    static func split(_ text: String, file: String) throws(ParaReadyError) -> FrontMatterSplit {
        var utf8 = text.utf8
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = String(text.dropFirst()).utf8 }  // byte order mark
        let bytes = Array(utf8.prefix(3))
        guard bytes == [0x2D, 0x2D, 0x2D] else {
            return FrontMatterSplit(yaml: "", body: text, yamlStartLine: 1, bodyStartLine: 1)
        }
        if let fast = utf8.withContiguousStorageIfAvailable({ scan($0, text: text) }), let fast {
            return fast
        }
        return try slowSplit(text, file: file)
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, text: String) -> FrontMatterSplit? {
        // The opening line must be exactly "---" (optionally with "\r").
        var i = 3
        if i < b.count && b[i] == 0x0D { i += 1 }
        guard i < b.count, b[i] == 0x0A else { return nil }
        i += 1
        let yamlStart = i
        var line = 2
        while i < b.count {
            // At the start of a line.
            let lineStart = i
            while i < b.count && b[i] != 0x0A { i += 1 }
            var lineEnd = i
            if lineEnd > lineStart && b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let length = lineEnd - lineStart
            if length == 3
                && ((b[lineStart] == 0x2D && b[lineStart + 1] == 0x2D && b[lineStart + 2] == 0x2D)
                    || (b[lineStart] == 0x2E && b[lineStart + 1] == 0x2E && b[lineStart + 2] == 0x2E))
            {
                let yaml = String(decoding: UnsafeBufferPointer(rebasing: b[yamlStart..<lineStart]), as: UTF8.self)
                let bodyStart = min(i + 1, b.count)
                let body = String(decoding: UnsafeBufferPointer(rebasing: b[bodyStart..<b.count]), as: UTF8.self)
                return FrontMatterSplit(yaml: yaml, body: body, yamlStartLine: 2, bodyStartLine: line + 1)
            }
            line += 1
            i += 1
        }
        return nil
    }

    private static func slowSplit(_ text: String, file: String) throws(ParaReadyError) -> FrontMatterSplit {
        let block = try FrontMatterBlock.split(text, file: file)
        return FrontMatterSplit(
            yaml: block.yaml, body: block.body, yamlStartLine: block.yamlStartLine, bodyStartLine: block.bodyStartLine)
    }
}
