import Foundation

/// Normalises HTML before comparing a spec example's expected output with an actual one.
///
/// It follows the rules of the spec runner that ships with cmark (written afresh here): whitespace runs collapse
/// to one space outside `<pre>`, whitespace next to block-level tags is dropped, self-closing tags become open
/// tags, tag and attribute names are lower-cased and attributes sorted, and character references become the
/// characters they stand for, except `<`, `>`, `&` and `"`, which are written as entities.
struct SpecHTMLNormalizer {
    private enum Event { case start, end, data, reference, other }

    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th",
        "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script",
        "style",
    ]

    /// The few named references the comparison needs; any other name is kept as written, on both sides alike.
    private static let namedReferences: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©",
    ]

    private var output: [Character] = []
    private var last = Event.start
    private var lastTag = ""
    private var inPre = false

    static func normalize(_ html: String) -> String {
        var normalizer = SpecHTMLNormalizer()
        normalizer.run(Array(html.replacingOccurrences(of: "\r\n", with: "\n")))
        return String(normalizer.output)
    }

    private mutating func run(_ chars: [Character]) {
        var index = 0
        var text: [Character] = []
        func flushText(_ this: inout SpecHTMLNormalizer) {
            if !text.isEmpty { this.handleText(text) }
            text.removeAll()
        }
        while index < chars.count {
            guard chars[index] == "<", let end = Self.tagEnd(chars, from: index) else {
                text.append(chars[index])
                index += 1
                continue
            }
            let tag = Array(chars[index...end])
            if tag.starts(with: Array("<![CDATA[")) || tag.starts(with: Array("<!")) || tag.starts(with: Array("<?")) {
                flushText(&self)
                output += tag
                last = .other
            } else if let parsed = Self.parseTag(tag) {
                flushText(&self)
                if parsed.isEnd {
                    handleEndTag(parsed.name)
                } else {
                    handleStartTag(parsed.name, parsed.attributes, selfClosing: parsed.selfClosing)
                }
            } else {
                text += tag
            }
            index = end + 1
        }
        flushText(&self)
    }

    /// Where the construct opening at `start` ends: `-->` for comments, `]]>` for CDATA, else the next `>`.
    private static func tagEnd(_ chars: [Character], from start: Int) -> Int? {
        let rest = chars[start...]
        let terminator: [Character] =
            rest.starts(with: Array("<!--"))
            ? Array("-->") : rest.starts(with: Array("<![CDATA[")) ? Array("]]>") : [">"]
        var index = start + 1
        while index + terminator.count <= chars.count {
            if Array(chars[index..<index + terminator.count]) == terminator { return index + terminator.count - 1 }
            index += 1
        }
        return nil
    }

    private struct Tag {
        var name: String
        var isEnd: Bool
        var selfClosing: Bool
        var attributes: [(String, String?)]
    }

    /// Parses `<name attr="v">`, `</name>` or `<name/>`; nil when the text is not a well-formed tag.
    private static func parseTag(_ tag: [Character]) -> Tag? {
        var body = Array(tag.dropFirst().dropLast())
        let isEnd = body.first == "/"
        if isEnd { body.removeFirst() }
        var selfClosing = false
        if !isEnd, body.last == "/" {
            selfClosing = true
            body.removeLast()
        }
        guard let first = body.first, first.isASCII, first.isLetter else { return nil }
        var index = 0
        var name = ""
        while index < body.count, !body[index].isWhitespace, body[index] != "/" {
            name.append(body[index])
            index += 1
        }
        var attributes: [(String, String?)] = []
        while index < body.count {
            while index < body.count, body[index].isWhitespace || body[index] == "/" { index += 1 }
            guard index < body.count else { break }
            var key = ""
            while index < body.count, !body[index].isWhitespace, body[index] != "=" {
                key.append(body[index])
                index += 1
            }
            while index < body.count, body[index].isWhitespace { index += 1 }
            guard index < body.count, body[index] == "=" else {
                attributes.append((key.lowercased(), nil))
                continue
            }
            index += 1
            while index < body.count, body[index].isWhitespace { index += 1 }
            var value: [Character] = []
            if index < body.count, body[index] == "\"" || body[index] == "'" {
                let quote = body[index]
                index += 1
                while index < body.count, body[index] != quote {
                    value.append(body[index])
                    index += 1
                }
                index += 1
            } else {
                while index < body.count, !body[index].isWhitespace {
                    value.append(body[index])
                    index += 1
                }
            }
            attributes.append((key.lowercased(), decodeReferences(value).map(\.text).joined()))
        }
        return Tag(name: name.lowercased(), isEnd: isEnd, selfClosing: selfClosing, attributes: attributes)
    }

    private mutating func handleStartTag(_ name: String, _ attributes: [(String, String?)], selfClosing: Bool) {
        if name == "pre" { inPre = true }
        if Self.blockTags.contains(name) { trimTrailingWhitespace() }
        output += "<" + name
        let sorted = attributes.sorted { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }
        for (key, value) in sorted {
            output += " " + key
            if let value { output += "=\"" + Self.escapeAttribute(value) + "\"" }
        }
        output += ">"
        lastTag = name
        last = selfClosing ? .end : .start
    }

    private mutating func handleEndTag(_ name: String) {
        if name == "pre" {
            inPre = false
        } else if Self.blockTags.contains(name) {
            trimTrailingWhitespace()
        }
        output += "</" + name + ">"
        lastTag = name
        last = .end
    }

    /// Text between tags: plain runs and character references, in order.
    private mutating func handleText(_ text: [Character]) {
        for piece in Self.decodeReferences(text) {
            if piece.isReference {
                output += piece.text
                last = .reference
            } else {
                handleData(Array(piece.text))
            }
        }
    }

    private mutating func handleData(_ raw: [Character]) {
        var data = raw
        let afterTag = last == .start || last == .end
        let afterBlockTag = afterTag && Self.blockTags.contains(lastTag)
        if afterTag && lastTag == "br" { data = Array(data.drop { $0 == "\n" }) }
        if !inPre { data = Self.collapseWhitespace(data) }
        if afterBlockTag && !inPre {
            data = Array(data.drop { $0.isWhitespace })
            if last == .end {
                while let tail = data.last, tail.isWhitespace { data.removeLast() }
            }
        }
        output += data
        last = .data
    }

    private mutating func trimTrailingWhitespace() {
        while let tail = output.last, tail.isWhitespace { output.removeLast() }
    }

    private static func collapseWhitespace(_ data: [Character]) -> [Character] {
        var out: [Character] = []
        var inRun = false
        for char in data {
            if char.isWhitespace {
                if !inRun { out.append(" ") }
                inRun = true
            } else {
                out.append(char)
                inRun = false
            }
        }
        return out
    }

    private struct Piece {
        var text: String
        var isReference: Bool
    }

    /// Splits text into plain runs and references; a known reference becomes its character (re-escaped if it
    /// is one of `<>&"`), an unknown one stays as written.
    private static func decodeReferences(_ text: [Character]) -> [Piece] {
        var pieces: [Piece] = []
        var plain = ""
        var index = 0
        while index < text.count {
            guard text[index] == "&", let semicolon = text[index...].firstIndex(of: ";"), semicolon - index <= 32
            else {
                plain.append(text[index])
                index += 1
                continue
            }
            let name = String(text[(index + 1)..<semicolon])
            guard let decoded = decode(name) else {
                plain.append(text[index])
                index += 1
                continue
            }
            if !plain.isEmpty { pieces.append(Piece(text: plain, isReference: false)) }
            plain = ""
            pieces.append(Piece(text: escapeText(decoded), isReference: true))
            index = semicolon + 1
        }
        if !plain.isEmpty { pieces.append(Piece(text: plain, isReference: false)) }
        return pieces
    }

    private static func decode(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return namedReferences[name].map { String($0) }
    }

    private static func escapeText(_ text: String) -> String {
        switch text {
        case "<": "&lt;"
        case ">": "&gt;"
        case "&": "&amp;"
        case "\"": "&quot;"
        default: text
        }
    }

    private static func escapeAttribute(_ value: String) -> String {
        var out = ""
        for char in value {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#x27;"
            default: out.append(char)
            }
        }
        return out
    }
}
