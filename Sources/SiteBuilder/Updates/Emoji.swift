/// Turns emoji shortcodes such as `:rocket:` into the emoji itself.
public enum Emoji {
    /// The emoji for a shortcode written with or without colons (`rocket`, `:rocket:`), if known.
    public static func character(forShortcode shortcode: some StringProtocol) -> String? {
        var name = Substring(shortcode)
        if name.hasPrefix(":") && name.hasSuffix(":") && name.count > 2 { name = name.dropFirst().dropLast() }
        return EmojiTable.characters[String(name).lowercased()]
    }

    /// Replaces known `:shortcode:`s in plain text. Unknown ones, and colons inside words or times
    /// (`10:30:00`, `a:b:c`), stay as written.
    public static func replacingShortcodes(in text: String) -> String {
        guard text.contains(":") else { return text }
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            if characters[index] == ":", index == 0 || !isWordCharacter(characters[index - 1]),
                let close = closingColon(characters, from: index + 1),
                close + 1 == characters.count || !isWordCharacter(characters[close + 1]),
                let emoji = EmojiTable.characters[String(characters[(index + 1)..<close]).lowercased()]
            {
                out += emoji
                index = close + 1
                continue
            }
            out.append(characters[index])
            index += 1
        }
        return out
    }

    /// Replaces shortcodes in the text of rendered HTML, leaving tags, attributes, `<code>` and `<pre>` alone.
    public static func replacingShortcodes(inHTML html: String) -> String {
        guard html.contains(":") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var codeDepth = 0
        var rest = html[...]
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                out += codeDepth > 0 ? String(rest) : replacingShortcodes(in: String(rest))
                break
            }
            let text = rest[..<open]
            out += codeDepth > 0 ? String(text) : replacingShortcodes(in: String(text))
            let close = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            let tag = rest[open..<close]
            let name = tag.dropFirst().prefix { $0.isLetter || $0 == "/" }.lowercased()
            if name == "code" || name == "pre" { codeDepth += 1 }
            if name == "/code" || name == "/pre" { codeDepth = max(0, codeDepth - 1) }
            out += tag
            rest = rest[close...]
        }
        return out
    }

    private static func closingColon(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count, index - start <= 40 {
            let c = characters[index]
            if c == ":" { return index > start ? index : nil }
            guard c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "+" || c == "-" else { return nil }
            index += 1
        }
        return nil
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
