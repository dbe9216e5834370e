import CMarkGFM
import ParaReadyCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A parsed Markdown document (GitHub Flavored Markdown through cmark-gfm).
///
/// Parse once, inspect (headings, links, code blocks), optionally rewrite links, then render. Not thread-safe:
/// use one document per task. Parsing many documents concurrently is safe (see
/// `CMarkExtensions.inlinePassLock`). Headings and code blocks are read once
/// and kept, so they stay the same after `renderHTML` (which swaps heading and highlighted code nodes for its own).
public final class MarkdownDocument {
    public let options: MarkdownOptions
    private let parser: OpaquePointer
    private let root: OpaquePointer
    /// Headings with their ids, and each heading node's id, from one walk.
    private var headingIndex: (headings: [Heading], ids: [OpaquePointer: String])?
    private var codeBlockList: [CodeBlock]?
    /// The nodes the inspecting and changing methods look at, from one walk of the tree (nil once `renderHTML`
    /// has replaced nodes).
    private var nodeIndex: NodeIndex?

    /// Headings, code blocks, links and images in document order. A site page asked for headings, links and
    /// code blocks, and for the nodes to replace, in four walks of every node; one walk now serves them all.
    private struct NodeIndex {
        var headings: [OpaquePointer] = []
        var codeBlocks: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        /// Headings and code blocks together, in document order.
        var blocks: [OpaquePointer] = []
    }

    /// The file name errors use when the caller gives none.
    public static let anonymousSource = "<markdown>"

    /// Parses `source`. Untrusted input (the default) is first checked against the bounded-time limits of
    /// docs/markdown-limits.md; a rejection is a `.limit` error located at `sourceName` and the offending line.
    public init(
        _ source: String, options: MarkdownOptions = .untrusted, sourceName: String = MarkdownDocument.anonymousSource
    ) throws(ParaReadyError) {
        self.options = options
        if !options.trusted { try InputGuard.check(source, options: options, sourceName: sourceName) }
        CMarkExtensions.ensureRegistered()
        guard let parser = cmark_parser_new(options.parseFlags) else {
            throw ParaReadyError(.internal, "cmark-gfm could not create a parser")
        }
        for name in CMarkExtensions.attachOrder where options.extensions.contains(name) {
            if let ext = cmark_find_syntax_extension(name.rawValue) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = source
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        var finished: OpaquePointer?
        CMarkExtensions.inlinePassLock.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let root = finished else {
            cmark_parser_free(parser)
            throw ParaReadyError(.internal, "cmark-gfm could not finish parsing")
        }
        self.parser = parser
        self.root = root
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    // MARK: Walking

    /// Every heading in document order, with its anchor id.
    public var headings: [Heading] { indexHeadings().headings }

    /// Every link and image destination in document order.
    public var links: [LinkReference] {
        indexNodes().links.map { node in
            Self.linkReference(node, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE)
        }
    }

    /// Every code block in document order.
    public var codeBlocks: [CodeBlock] {
        if let codeBlockList { return codeBlockList }
        var result: [CodeBlock] = []
        for node in indexNodes().codeBlocks {
            let info = Self.string(cmark_node_get_fence_info(node))
            result.append(
                CodeBlock(
                    info: info, language: Self.language(ofInfo: info),
                    text: Self.string(cmark_node_get_literal(node)),
                    line: Int(cmark_node_get_start_line(node))))
        }
        codeBlockList = result
        return result
    }

    /// The headings as a nested table of contents (levels relative to the shallowest heading).
    public var tableOfContents: [TableOfContentsEntry] {
        TableOfContentsBuilder.build(headings)
    }

    /// The first level-1 heading's text, if any.
    public var title: String? { headings.first { $0.level == 1 }?.text }

    // MARK: Changing

    /// Replaces link and image destinations: `transform` returns the new destination, or nil to keep it.
    public func rewriteLinks(_ transform: (LinkReference) -> String?) {
        for node in indexNodes().links {
            let reference = Self.linkReference(node, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            if let replacement = transform(reference) { _ = cmark_node_set_url(node, replacement) }
        }
    }

    // MARK: Rendering

    /// Renders HTML. Heading ids follow `options.headingAnchors`; `highlighter` renders fenced code it knows.
    public func renderHTML(highlighter: (any CodeHighlighter)? = nil) -> String {
        let headingIDs = options.headingAnchors ? indexHeadings().ids : [:]
        if highlighter != nil { _ = codeBlocks }
        // Collected first (by the node index), changed after: a cmark iterator must not see the tree change under
        // it. The index is dropped since the nodes it holds are replaced.
        let targets = indexNodes().blocks.filter { node in
            let type = cmark_node_get_type(node)
            return (type == CMARK_NODE_HEADING && options.headingAnchors)
                || (type == CMARK_NODE_CODE_BLOCK && highlighter != nil)
        }
        if !targets.isEmpty { nodeIndex = nil }
        for node in targets {
            let replacement: OpaquePointer?
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                replacement = anchoredHeading(node, id: headingIDs[node] ?? "")
            } else {
                replacement = highlightedCode(node, highlighter!)
            }
            guard let replacement else { continue }
            cmark_node_insert_before(node, replacement)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let raw = cmark_render_html(root, options.renderFlags, extensions) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// A custom block that renders `<hN id="…">` around the heading's inlines, which it takes over.
    private func anchoredHeading(_ node: OpaquePointer, id rawID: String) -> OpaquePointer? {
        let level = cmark_node_get_heading_level(node)
        let id = Escaping.html(rawID)
        // An empty custom block keeps block-level line breaks; the custom inline inside it writes the tags
        // tight around the heading's inlines, as cmark-gfm's own heading renderer does.
        guard let block = customBlock(enter: "", exit: ""), let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            return nil
        }
        cmark_node_set_on_enter(inline, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(inline, "</h\(level)>")
        while let child = cmark_node_first_child(node) { cmark_node_append_child(inline, child) }
        cmark_node_append_child(block, inline)
        return block
    }

    /// A custom block holding the highlighter's HTML, or nil when the highlighter declines.
    private func highlightedCode(_ node: OpaquePointer, _ highlighter: any CodeHighlighter) -> OpaquePointer? {
        let language = Self.language(ofInfo: Self.string(cmark_node_get_fence_info(node)))
        guard !language.isEmpty,
            let inner = highlighter.highlight(code: Self.string(cmark_node_get_literal(node)), language: language)
        else { return nil }
        return customBlock(
            enter: "<pre><code class=\"language-\(Escaping.html(language))\">\(inner)</code></pre>", exit: "")
    }

    // MARK: Helpers

    private static func linkReference(_ node: OpaquePointer, isImage: Bool) -> LinkReference {
        let position = sourcePosition(node)
        return LinkReference(
            destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
            isImage: isImage, line: position.line, column: position.column)
    }

    /// A node's start line and column; autolinks found by the autolink extension carry none in cmark-gfm
    /// 0.29.0.gfm.6, so they get the position of the nearest ancestor that has one.
    static func sourcePosition(_ node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, max(Int(cmark_node_get_start_column(candidate)), 1)) }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }

    /// A C string from cmark-gfm, where null means empty.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func customBlock(enter: String, exit: String) -> OpaquePointer? {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(block, enter)
        cmark_node_set_on_exit(block, exit)
        return block
    }

    /// Reads headings and gives each a slug unique in the document, once.
    private func indexHeadings() -> (headings: [Heading], ids: [OpaquePointer: String]) {
        if let headingIndex { return headingIndex }
        var generator = SlugGenerator()
        var headings: [Heading] = []
        var ids: [OpaquePointer: String] = [:]
        for node in indexNodes().headings {
            let text = Self.plainText(node)
            let id = generator.unique(text)
            ids[node] = id
            headings.append(
                Heading(
                    level: Int(cmark_node_get_heading_level(node)), text: text, id: id,
                    line: Int(cmark_node_get_start_line(node))))
        }
        headingIndex = (headings, ids)
        return (headings, ids)
    }

    /// The node index, from one walk the first time it is asked for.
    private func indexNodes() -> NodeIndex {
        if let nodeIndex { return nodeIndex }
        var index = NodeIndex()
        walk { node, entering in
            guard entering else { return }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                index.headings.append(node)
                index.blocks.append(node)
            } else if type == CMARK_NODE_CODE_BLOCK {
                index.codeBlocks.append(node)
                index.blocks.append(node)
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                index.links.append(node)
            }
        }
        nodeIndex = index
        return index
    }

    private func walk(_ visit: (OpaquePointer, Bool) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// The concatenated text and code of a node's inlines.
    static func plainText(_ node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                break
            }
        }
        return out.trimmingWhitespace()
    }

    static func language(ofInfo info: String) -> String {
        let first = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "{" }).first ?? ""
        return first.lowercased()
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let f = scalars.first, f.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension MarkdownOptions {
    var parseFlags: Int32 {
        var flags = CMARK_OPT_DEFAULT
        if footnotes { flags |= CMARK_OPT_FOOTNOTES }
        if smartPunctuation { flags |= CMARK_OPT_SMART }
        if trusted { flags |= CMARK_OPT_UNSAFE }
        return flags
    }

    var renderFlags: Int32 {
        var flags = CMARK_OPT_DEFAULT
        if trusted { flags |= CMARK_OPT_UNSAFE }
        if footnotes { flags |= CMARK_OPT_FOOTNOTES }
        return flags
    }
}
