/// A small HTML tree built from `HTMLTokenizer` tokens with the browser's most common repair rules.
///
/// Enough structure for converting forum posts: implied end tags for `p`, `li`, table cells and the like,
/// void elements, stray end tags ignored, and nesting capped so hostile input cannot recurse without bound.
struct HTMLNode: Equatable {
    /// Element name in lower case; empty for a text node, `#root` for the document.
    var name: String
    var attributes: [String: String]
    /// The text of a text node.
    var text: String
    var children: [HTMLNode]

    var isText: Bool { name.isEmpty }

    static func textNode(_ text: String) -> HTMLNode { HTMLNode(name: "", attributes: [:], text: text, children: []) }

    func attribute(_ name: String) -> String? { attributes[name] }

    /// The `class` attribute split on spaces.
    var classes: [Substring] { (attributes["class"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }) }

    func hasClass(_ name: String) -> Bool { classes.contains { $0 == name } }

    /// All text below this node, in document order.
    var textContent: String {
        isText ? text : children.map(\.textContent).joined()
    }

    /// The first descendant (depth first) that satisfies `predicate`.
    func first(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children {
            if predicate(child) { return child }
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Starting one of these closes an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]
    /// Deeper elements are flattened into their parent.
    static let maximumDepth = 64

    /// Parses `html` into a `#root` node.
    static func parse(_ html: String) -> HTMLNode {
        var stack = [HTMLNode(name: "#root", attributes: [:], text: "", children: [])]
        func closeTop() {
            let node = stack.removeLast()
            stack[stack.count - 1].children.append(node)
        }
        /// Closes elements down to and including the innermost `name`, if it is open before a `boundary`.
        func close(_ names: Set<String>, boundary: Set<String> = []) {
            guard let position = stack.lastIndex(where: { names.contains($0.name) || boundary.contains($0.name) }),
                position > 0, names.contains(stack[position].name)
            else { return }
            while stack.count > position { closeTop() }
        }
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                stack[stack.count - 1].children.append(.textNode(text))
            case .start(let name, let attributes, let selfClosing):
                if closesParagraph.contains(name) { close(["p"], boundary: ["blockquote", "aside", "li", "td", "th"]) }
                switch name {
                case "li": close(["li"], boundary: ["ul", "ol"])
                case "dt", "dd": close(["dt", "dd"], boundary: ["dl"])
                case "tr": close(["tr"], boundary: ["table"])
                case "td", "th": close(["td", "th"], boundary: ["tr", "table"])
                case "thead", "tbody", "tfoot": close(["thead", "tbody", "tfoot"], boundary: ["table"])
                default: break
                }
                var attributeMap: [String: String] = [:]
                for (key, value) in attributes where attributeMap[key] == nil { attributeMap[key] = value }
                let node = HTMLNode(name: name, attributes: attributeMap, text: "", children: [])
                if voidElements.contains(name) || selfClosing {
                    stack[stack.count - 1].children.append(node)
                } else if stack.count > maximumDepth {
                    continue  // Too deep: the element's content joins the current parent.
                } else {
                    stack.append(node)
                }
            case .end(let name):
                if voidElements.contains(name) { continue }
                close([name])
            }
        }
        while stack.count > 1 { closeTop() }
        return stack[0]
    }
}
