import Foundation

/// Converts untrusted forum HTML (Discourse "cooked" posts) into Markdown, keeping only a whitelist.
///
/// Kept: paragraphs, line breaks, headings, emphasis, strike-through, inline code and code blocks (with their
/// language), block quotes (Discourse `aside.quote` with its author), lists, tables, rules, links with http,
/// https or mailto targets (relative ones resolved against the forum), images with http(s) sources, and emoji
/// images as the emoji character. Everything else is reduced to its text, and `script`, `style`, `iframe`,
/// `object`, `embed`, `svg`, forms and the like are dropped with their content. No attribute survives except
/// as a Markdown link or image target, so event handlers cannot. The result is still rendered as untrusted
/// Markdown (raw HTML filtered) by the site: two layers.
struct HTMLToMarkdown {
    /// Absolute base for relative links and images (`https://forum.polkadot.network/`).
    let baseURL: String
    /// What was removed, one note per kind (`script element`, `javascript: link`, `onerror attribute`).
    private(set) var removed: Set<String> = []

    init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// Elements dropped together with everything inside them.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "svg", "math", "form", "input", "button", "select", "textarea", "option", "base", "link", "meta", "title",
        "head", "audio", "video", "canvas", "dialog", "portal", "param", "source", "track", "map", "area",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "aside", "pre", "ul", "ol", "li", "table",
        "hr", "details", "summary", "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt",
        "dd", "main", "nav", "address", "center",
    ]

    enum BlockKind { case paragraph, list, other }

    /// Stands for `<br>` until a paragraph is finished (a private-use character, removed from input text).
    static let lineBreak: Character = "\u{E000}"

    struct Block {
        var kind: BlockKind
        var text: String
    }

    /// Converts `html` to Markdown (ends with a newline unless empty).
    mutating func convert(_ html: String) -> String {
        convert(HTMLNode.parse(html).children)
    }

    mutating func convert(_ nodes: [HTMLNode]) -> String {
        let text = blocks(nodes).map(\.text).joined(separator: "\n\n")
        return text.isEmpty ? "" : text + "\n"
    }

    // MARK: Blocks

    mutating func blocks(_ nodes: [HTMLNode]) -> [Block] {
        var result: [Block] = []
        var run: [HTMLNode] = []
        func flush(_ converter: inout HTMLToMarkdown) {
            defer { run.removeAll() }
            let text = converter.inline(run).trimmingMarkdownSpace
            if !text.isEmpty { result.append(Block(kind: .paragraph, text: Self.finishParagraph(text))) }
        }
        for node in nodes {
            if !node.isText, Self.droppedElements.contains(node.name) {
                note("\(node.name) element")
                continue
            }
            if node.isText || !Self.blockElements.contains(node.name) {
                run.append(node)
                continue
            }
            flush(&self)
            result += block(node)
        }
        flush(&self)
        return result
    }

    mutating func block(_ node: HTMLNode) -> [Block] {
        noteUnsafeAttributes(node)
        switch node.name {
        case "p", "dt", "dd", "figcaption", "summary":
            let text = inline(node.children).trimmingMarkdownSpace
            guard !text.isEmpty else { return [] }
            let styled = node.name == "summary" || node.name == "dt" ? "**\(text)**" : text
            return [Block(kind: .paragraph, text: Self.finishParagraph(styled))]
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(node.name.dropFirst()))!
            let text = inline(node.children, inHeading: true).trimmingMarkdownSpace
            guard !text.isEmpty else { return [] }
            return [Block(kind: .other, text: String(repeating: "#", count: level) + " " + text)]
        case "blockquote":
            return quote(blocks(node.children))
        case "aside":
            if node.hasClass("quote") { return discourseQuote(node) }
            if node.hasClass("onebox") { return onebox(node) }
            return blocks(node.children)
        case "pre":
            return [codeBlock(node)]
        case "ul", "ol":
            return list(node)
        case "table":
            return table(node).map { [$0] } ?? []
        case "hr":
            return [Block(kind: .other, text: "---")]
        case "div" where node.hasClass("meta") || node.hasClass("quote-controls"):
            return []
        default:
            return blocks(node.children)
        }
    }

    func quote(_ inner: [Block]) -> [Block] {
        guard !inner.isEmpty else { return [] }
        let text = inner.map(\.text).joined(separator: "\n\n")
        let quoted = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        return [Block(kind: .other, text: quoted.joined(separator: "\n"))]
    }

    /// `aside.quote`: the quoted author (from `data-username`, else the title text), then the quote.
    mutating func discourseQuote(_ node: HTMLNode) -> [Block] {
        let title = node.first { $0.name == "div" && $0.hasClass("title") }
        var author = node.attribute("data-username") ?? title?.textContent ?? ""
        author = author.collapsingWhitespace.trimmingMarkdownSpace
        if author.hasSuffix(":") { author.removeLast() }
        var body = node.children.filter { !($0.name == "div" && $0.hasClass("title")) }
        let significant = body.filter { !($0.isText && $0.text.allSatisfy(\.isWhitespace)) }
        if significant.count == 1, significant[0].name == "blockquote" { body = significant[0].children }
        var inner = blocks(body)
        if !author.isEmpty {
            inner.insert(Block(kind: .paragraph, text: "**\(Self.escapeText(author, atEnd: true)):**"), at: 0)
        }
        return quote(inner)
    }

    /// `aside.onebox`: a link preview becomes one link, titled by the preview's heading.
    mutating func onebox(_ node: HTMLNode) -> [Block] {
        let heading = node.first { ["h3", "h4", "h2"].contains($0.name) }
        let anchor = heading?.first { $0.name == "a" } ?? node.first { $0.name == "a" && $0.attribute("href") != nil }
        let raw = node.attribute("data-onebox-src") ?? anchor?.attribute("href") ?? ""
        guard let url = safeURL(raw, image: false) else { return blocks(node.children) }
        var title = (heading?.textContent ?? "").collapsingWhitespace.trimmingMarkdownSpace
        if title.isEmpty { title = url }
        return [Block(kind: .paragraph, text: "[\(Self.escapeText(title, atEnd: true))](\(Self.destination(url)))")]
    }

    func codeBlock(_ node: HTMLNode) -> Block {
        let code = node.children.first { $0.name == "code" }
        var language = ""
        for name in (code ?? node).classes {
            for prefix in ["lang-", "language-"] where name.hasPrefix(prefix) {
                language = String(name.dropFirst(prefix.count))
            }
        }
        if ["auto", "nohighlight", "plaintext", "text"].contains(language) { language = "" }
        language = String(
            language.unicodeScalars.filter {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-_.#".unicodeScalars.contains($0))
            }.map(Character.init))
        var text = node.textContent
        while text.hasSuffix("\n") { text.removeLast() }
        let longest = Self.longestRun(of: "`", in: text)
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return Block(kind: .other, text: "\(fence)\(language)\n\(text)\n\(fence)")
    }

    mutating func list(_ node: HTMLNode) -> [Block] {
        let ordered = node.name == "ol"
        var number = ordered ? max(0, Int(node.attribute("start") ?? "") ?? 1) : 1
        var items: [[Block]] = []
        for child in node.children {
            if child.isText && child.text.allSatisfy(\.isWhitespace) { continue }
            let content = child.name == "li" ? blocks(child.children) : blocks([child])
            items.append(content)
        }
        guard !items.isEmpty else { return [] }
        let tight = items.allSatisfy { $0.filter { $0.kind != .list }.count <= 1 }
        var lines: [String] = []
        for item in items {
            let marker = ordered ? "\(number). " : "- "
            number += 1
            let indent = String(repeating: " ", count: marker.count)
            let body = item.map(\.text).joined(separator: tight ? "\n" : "\n\n")
            let bodyLines = body.isEmpty ? [""] : body.split(separator: "\n", omittingEmptySubsequences: false)
            var rendered: [String] = []
            for (index, line) in bodyLines.enumerated() {
                if index == 0 {
                    rendered.append(marker + line)
                } else {
                    rendered.append(line.isEmpty ? "" : indent + line)
                }
            }
            lines.append(rendered.joined(separator: "\n"))
        }
        return [Block(kind: .list, text: lines.joined(separator: tight ? "\n" : "\n\n"))]
    }

    mutating func table(_ node: HTMLNode) -> Block? {
        var rows: [[String]] = []
        func collect(_ node: HTMLNode, _ converter: inout HTMLToMarkdown) {
            for child in node.children {
                switch child.name {
                case "tr":
                    rows.append(
                        child.children.filter { $0.name == "td" || $0.name == "th" }.map { cell in
                            converter.inline(cell.children, inHeading: true).trimmingMarkdownSpace
                        })
                case "thead", "tbody", "tfoot": collect(child, &converter)
                default: continue
                }
            }
        }
        collect(node, &self)
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return nil }
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: columns - cells.count)
            return "| " + padded.joined(separator: " | ") + " |"
        }
        var lines = [line(rows[0]), line(Array(repeating: "---", count: columns))]
        lines += rows.dropFirst().map(line)
        return Block(kind: .other, text: lines.joined(separator: "\n"))
    }

    // MARK: Inlines

    /// Inline Markdown for `nodes`. In headings and table cells a line break becomes a space.
    mutating func inline(_ nodes: [HTMLNode], inHeading: Bool = false, inLink: Bool = false) -> String {
        var out = ""
        for (position, node) in nodes.enumerated() {
            if node.isText {
                let atEnd = position == nodes.count - 1 || !nodes[position + 1].isText
                out += Self.escapeText(Emoji.replacingShortcodes(in: node.text.collapsingWhitespace), atEnd: atEnd)
                continue
            }
            out += inlineElement(node, inHeading: inHeading, inLink: inLink)
        }
        return out
    }

    mutating func inlineElement(_ node: HTMLNode, inHeading: Bool, inLink: Bool) -> String {
        if Self.droppedElements.contains(node.name) {
            note("\(node.name) element")
            return ""
        }
        noteUnsafeAttributes(node)
        switch node.name {
        case "strong", "b":
            return Self.wrap(inline(node.children, inHeading: inHeading, inLink: inLink), "**")
        case "em", "i", "cite":
            return Self.wrap(inline(node.children, inHeading: inHeading, inLink: inLink), "*")
        case "del", "s", "strike":
            return Self.wrap(inline(node.children, inHeading: inHeading, inLink: inLink), "~~")
        case "code", "kbd", "samp", "tt":
            return Self.codeSpan(node.textContent)
        case "br":
            return inHeading ? " " : String(Self.lineBreak)
        case "img":
            return image(node, inLink: inLink)
        case "a":
            return link(node, inHeading: inHeading, inLink: inLink)
        case "div" where node.hasClass("meta") || node.hasClass("quote-controls"):
            return ""
        default:
            let inner = inline(node.children, inHeading: inHeading, inLink: inLink)
            return Self.blockElements.contains(node.name) ? " \(inner) " : inner
        }
    }

    mutating func image(_ node: HTMLNode, inLink: Bool) -> String {
        let title = node.attribute("title") ?? node.attribute("alt") ?? ""
        if node.hasClass("emoji") || (title.hasPrefix(":") && title.hasSuffix(":") && title.count > 2) {
            if let emoji = Emoji.character(forShortcode: title) { return emoji }
            if node.hasClass("emoji") { return Self.escapeText(title, atEnd: true) }
        }
        if node.hasClass("avatar") { return "" }
        guard let source = safeURL(node.attribute("src") ?? "", image: true) else {
            note("image with an unsafe or missing source")
            return ""
        }
        let alt = Self.escapeText((node.attribute("alt") ?? "").collapsingWhitespace, atEnd: true)
        return "![\(alt)](\(Self.destination(source)))"
    }

    mutating func link(_ node: HTMLNode, inHeading: Bool, inLink: Bool) -> String {
        if node.hasClass("lightbox") {
            // An image wrapped in a link to its full size: keep the image, not the file-size caption.
            return node.children.map { child in
                child.name == "img" ? image(child, inLink: inLink) : ""
            }.joined() + (node.first { $0.name == "img" } == nil ? inline(node.children, inLink: true) : "")
        }
        let text = inline(node.children, inHeading: inHeading, inLink: true).trimmingMarkdownSpace
        let raw = node.attribute("href") ?? ""
        if inLink || raw.isEmpty || raw.hasPrefix("#") { return text }
        guard let url = safeURL(raw, image: false) else {
            note("\(Self.scheme(of: raw) ?? "unsafe") link")
            return text
        }
        let label = text.isEmpty ? Self.escapeText(url, atEnd: true) : text
        return "[\(label)](\(Self.destination(url)))"
    }

    // MARK: Safety

    /// An absolute, allowed URL for `raw`, or nil. Links: http, https, mailto; images: http, https.
    func safeURL(_ raw: String, image: Bool) -> String? {
        // Browsers ignore tabs and newlines anywhere in a URL and spaces/controls around it (`java\tscript:`).
        let cleaned = String(
            raw.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }.map(Character.init)
        ).trimmingCharacters(in: .controlsAndSpaces)
        guard !cleaned.isEmpty else { return nil }
        if cleaned.hasPrefix("//") { return safeURL("https:" + cleaned, image: image) }
        if let scheme = Self.scheme(of: cleaned) {
            let allowed = image ? ["http", "https"] : ["http", "https", "mailto"]
            return allowed.contains(scheme) ? cleaned : nil
        }
        if cleaned.hasPrefix("\\") { return nil }
        let resolved = SiteURL.resolve(cleaned, against: baseURL)
        guard let scheme = Self.scheme(of: resolved), scheme == "http" || scheme == "https" else { return nil }
        return resolved
    }

    /// The lower-case scheme of a URL, if it has one.
    static func scheme(of url: String) -> String? {
        guard SiteURL.hasScheme(url), let colon = url.firstIndex(of: ":") else { return nil }
        return url[..<colon].lowercased()
    }

    mutating func note(_ what: String) { removed.insert(what) }

    mutating func noteUnsafeAttributes(_ node: HTMLNode) {
        for name in node.attributes.keys where name.hasPrefix("on") { note("\(name) attribute") }
        if node.attributes["style"] != nil { note("style attribute") }
    }

    // MARK: Markdown text

    /// A link destination Markdown cannot misread: spaces, brackets, quotes and angle brackets percent-encoded.
    static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\"": out += "%22"
            case "\\": out += "%5C"
            case "`": out += "%60"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "%" + String(format2: scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Backslash-escapes what Markdown would read as syntax inside a line of text.
    static func escapeText(_ text: String, atEnd: Bool) -> String {
        let characters = Array(text.filter { $0 != lineBreak })
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, c) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch c {
            case "\\", "`", "*", "[", "]", "<", "|", "~":
                out += "\\"
            case "_":
                let inWord =
                    (previous?.isLetter == true || previous?.isNumber == true)
                    && (next?.isLetter == true || next?.isNumber == true)
                if !inWord { out += "\\" }
            case "!":
                if next == "[" || (next == nil && atEnd) { out += "\\" }
            case "&":
                if let next, next.isLetter || next.isNumber || next == "#" { out += "\\" }
            default: break
            }
            out.append(c)
        }
        return out
    }

    /// Turns line-break marks into Markdown hard breaks and protects the start of every line.
    static func finishParagraph(_ text: String) -> String {
        let lines = text.split(separator: lineBreak).map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        return escapingLineStarts(lines.filter { !$0.isEmpty }.joined(separator: "\\\n"))
    }

    /// Escapes characters that would start a block (heading, quote, list, rule, setext underline) at the
    /// start of any line of a paragraph.
    static func escapingLineStarts(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { rawLine -> String in
            let line = rawLine.drop { $0 == " " }
            guard let first = line.first else { return "" }
            if "#>-+=".contains(first) { return "\\" + line }
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9 {
                let rest = line.dropFirst(digits.count)
                if let marker = rest.first, marker == "." || marker == ")" {
                    return digits + "\\" + rest
                }
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// `**text**` with surrounding spaces moved outside the markers; nothing for empty text.
    static func wrap(_ text: String, _ marker: String) -> String {
        let trimmed = text.trimmingMarkdownSpace
        guard !trimmed.isEmpty else { return text.isEmpty ? "" : " " }
        let leading = text.first == " " ? " " : ""
        let trailing = text.last == " " ? " " : ""
        return leading + marker + trimmed + marker + trailing
    }

    static func codeSpan(_ raw: String) -> String {
        let text = raw.collapsingWhitespace
        guard !text.trimmingMarkdownSpace.isEmpty else { return text.isEmpty ? "" : " " }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: text) + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" "))
        return pad ? "\(fence) \(text) \(fence)" : "\(fence)\(text)\(fence)"
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}

extension String {
    /// HTML whitespace runs (space, tab, newlines, form feed) as one space.
    var collapsingWhitespace: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var inSpace = false
        for scalar in unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return out
    }

    /// Without leading and trailing spaces, newlines and line breaks.
    var trimmingMarkdownSpace: String {
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\n" || c == HTMLToMarkdown.lineBreak }
        var text = Substring(self)
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        while let first = text.first, isSpace(first) { text = text.dropFirst() }
        return String(text)
    }

    init(format2 value: UInt32) {
        let digits = String(value, radix: 16, uppercase: true)
        self = digits.count < 2 ? "0" + digits : digits
    }
}

extension CharacterSet {
    static let controlsAndSpaces = CharacterSet.controlCharacters.union(.whitespaces)
}
