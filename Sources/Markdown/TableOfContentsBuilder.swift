import ParaReadyCore

/// Turns a flat heading list into a nested table of contents.
enum TableOfContentsBuilder {
    static func build(_ headings: [Heading]) -> [TableOfContentsEntry] {
        var index = 0
        return entries(headings, &index, parentLevel: 0)
    }

    private static func entries(_ headings: [Heading], _ index: inout Int, parentLevel: Int) -> [TableOfContentsEntry] {
        var result: [TableOfContentsEntry] = []
        while index < headings.count {
            let heading = headings[index]
            if heading.level <= parentLevel { break }
            index += 1
            var entry = TableOfContentsEntry(level: heading.level, text: heading.text, id: heading.id, children: [])
            entry.children = entries(headings, &index, parentLevel: heading.level)
            result.append(entry)
        }
        return result
    }

    /// The table of contents as a nested `<ul>`; empty when there are no entries.
    static func html(_ entries: [TableOfContentsEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var out = "<ul>\n"
        for entry in entries {
            out += "<li><a href=\"#\(Escaping.html(entry.id))\">\(Escaping.html(entry.text))</a>"
            if !entry.children.isEmpty { out += "\n" + html(entry.children) }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }
}
