import Foundation

/// What the importer guesses from a post for new entries: a title and tags. Maintainers may edit both; a
/// later import keeps their edits.
enum PostSummary {
    /// The first heading, else the first sentence of the first paragraph (at most about 80 characters).
    static func title(of tree: HTMLNode) -> String? {
        for node in tree.children where !node.isText {
            guard ["p", "h1", "h2", "h3", "h4", "h5", "h6", "div"].contains(node.name) else { continue }
            let text = plainText(node).collapsingWhitespace.trimmingMarkdownSpace
            guard !text.isEmpty else { continue }
            return node.name.hasPrefix("h") ? shorten(text) : shorten(firstSentence(text))
        }
        return nil
    }

    /// Networks and audiences the post mentions as words in its prose (not in code, links' targets or quotes).
    static func tags(of tree: HTMLNode) -> [String] {
        let words = plainText(tree).lowercased()
        var found: [String] = []
        let patterns: [(tag: String, words: [String])] = [
            ("rococo", ["rococo"]), ("westend", ["westend"]), ("kusama", ["kusama"]), ("polkadot", ["polkadot"]),
            ("collators", ["collator", "collators"]), ("validators", ["validator", "validators"]),
            ("runtime-developers", ["runtime", "runtimes"]),
        ]
        for (tag, candidates) in patterns where candidates.contains(where: { containsWord(words, $0) }) {
            found.append(tag)
        }
        return found
    }

    /// Visible prose: emoji images as emoji; code, quotes, scripts and image captions left out.
    static func plainText(_ node: HTMLNode) -> String {
        if node.isText { return Emoji.replacingShortcodes(in: node.text) }
        if HTMLToMarkdown.droppedElements.contains(node.name) { return "" }
        switch node.name {
        case "pre", "code", "aside", "blockquote": return ""
        case "div" where node.hasClass("meta"): return ""
        case "img":
            let title = node.attribute("title") ?? node.attribute("alt") ?? ""
            return node.hasClass("emoji") ? (Emoji.character(forShortcode: title) ?? "") : ""
        case "br": return " "
        default:
            let inner = node.children.map(plainText).joined()
            return HTMLToMarkdown.blockElements.contains(node.name) ? " \(inner) " : inner
        }
    }

    /// The first sentence; a very short one ("Thanks!") takes the next sentence along.
    static func firstSentence(_ text: String) -> String {
        var end = text.startIndex
        repeat {
            let rest = text[end...]
            let stops = [". ", "! ", "? "].compactMap { rest.range(of: $0)?.lowerBound }
            guard let stop = stops.min() else { return text }
            end = text.index(after: stop)
        } while text.distance(from: text.startIndex, to: end) < 24
        return String(text[..<end])
    }

    static func shorten(_ text: String, limit: Int = 80) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// `word` appears bounded by non-letters and is not the first part of a name such as `polkadot-sdk`.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: word) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            let afterNext =
                range.upperBound < text.endIndex && text.index(after: range.upperBound) < text.endIndex
                ? text[text.index(after: range.upperBound)] : " "
            let joined = (after == "-" || after == "_" || after == "." || after == "/") && afterNext.isLetter
            if !before.isLetter, !before.isNumber, before != "-", before != "_", before != "/", !after.isLetter,
                !after.isNumber, !joined
            {
                return true
            }
            search = text[range.upperBound...]
        }
        return false
    }
}
