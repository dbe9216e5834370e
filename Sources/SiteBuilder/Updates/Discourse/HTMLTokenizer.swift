/// Splits HTML into tags and text the forgiving way browsers do, for converting untrusted posts.
///
/// It never fails: malformed markup becomes text or is dropped. The content of raw-text elements (`script`,
/// `style`, `iframe`, `textarea`, …) is returned as one text token so that it can be dropped as a whole and
/// never mistaken for markup. Comments, doctypes and processing instructions are skipped.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
        case end(name: String)
        case text(String)

        static func == (lhs: Token, rhs: Token) -> Bool {
            switch (lhs, rhs) {
            case (.start(let a, let x, let s), .start(let b, let y, let t)):
                return a == b && s == t && x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            case (.end(let a), .end(let b)): return a == b
            case (.text(let a), .text(let b)): return a == b
            default: return false
            }
        }
    }

    /// Elements whose content is not markup.
    static let rawTextElements: Set<String> = [
        "script", "style", "iframe", "textarea", "title", "xmp", "noembed", "noframes", "noscript", "plaintext",
    ]

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    static func tokens(_ html: String) -> [Token] {
        var tokenizer = HTMLTokenizer(html)
        var result: [Token] = []
        while let token = tokenizer.next() { result.append(token) }
        return result
    }

    mutating func next() -> Token? {
        if !pending.isEmpty { return pending.removeFirst() }
        while index < scalars.count {
            if scalars[index] == "<" {
                switch tag() {
                case .token(let token): return token
                case .skipped: continue
                case .notATag: break
                }
            }
            var text = String.UnicodeScalarView()
            repeat {
                text.append(scalars[index])
                index += 1
            } while index < scalars.count && scalars[index] != "<"
            return .text(HTMLEntities.decode(String(text)))
        }
        return nil
    }

    private enum TagResult {
        case token(Token)
        /// A comment, doctype, processing instruction or `</>`: nothing to report.
        case skipped
        /// `<` that starts no tag: it is text.
        case notATag
    }

    /// Tokens already read but not yet returned (a raw-text element's content and end tag).
    private var pending: [Token] = []

    /// Reads the tag at `index` (which holds `<`); leaves `index` unchanged when it is not a tag.
    private mutating func tag() -> TagResult {
        let start = index
        guard index + 1 < scalars.count else { return .notATag }
        let next = scalars[index + 1]
        if next == "!" || next == "?" {
            skipMarkupDeclaration()
            return .skipped
        }
        var closing = false
        index += 1
        if scalars[index] == "/" {
            closing = true
            index += 1
        }
        guard index < scalars.count, scalars[index].properties.isAlphabetic, scalars[index].isASCII else {
            if closing, index < scalars.count, scalars[index] == ">" {
                index += 1  // `</>` is ignored.
                return .skipped
            }
            index = start
            return .notATag
        }
        let name = readName()
        var attributes: [(String, String)] = []
        var selfClosing = false
        while index < scalars.count {
            skipSpace()
            guard index < scalars.count else { break }
            let c = scalars[index]
            if c == ">" {
                index += 1
                break
            }
            if c == "/" {
                index += 1
                if index < scalars.count, scalars[index] == ">" {
                    selfClosing = true
                    index += 1
                    break
                }
                continue
            }
            let attributeName = readAttributeName()
            if attributeName.isEmpty {
                index += 1
                continue
            }
            skipSpace()
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                skipSpace()
                value = readAttributeValue()
            }
            if !attributes.contains(where: { $0.0 == attributeName }) {
                attributes.append((attributeName, HTMLEntities.decode(value)))
            }
        }
        if closing { return .token(.end(name: name)) }
        if Self.rawTextElements.contains(name) && !selfClosing {
            // The content is one undecoded text token, then the end tag: nothing inside can become markup.
            pending = [.text(rawText(until: name)), .end(name: name)]
        }
        return .token(.start(name: name, attributes: attributes, selfClosing: selfClosing))
    }

    private mutating func rawText(until name: String) -> String {
        let closing = Array(("</" + name).unicodeScalars)
        let begin = index
        while index < scalars.count {
            if scalars[index] == "<", index + closing.count <= scalars.count,
                zip(closing, scalars[index..<index + closing.count]).allSatisfy({ lowercased($0) == lowercased($1) })
            {
                let after = index + closing.count
                if after == scalars.count || [">", "/", " ", "\t", "\n", "\r", "\u{0C}"].contains(scalars[after]) {
                    let text = String(String.UnicodeScalarView(scalars[begin..<index]))
                    index = after
                    while index < scalars.count, scalars[index] != ">" { index += 1 }
                    if index < scalars.count { index += 1 }
                    return text
                }
            }
            index += 1
        }
        return String(String.UnicodeScalarView(scalars[begin..<index]))
    }

    private mutating func skipMarkupDeclaration() {
        if index + 3 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] == "-", scalars[index + 3] == "-" {
            index += 4
            while index < scalars.count {
                if scalars[index] == "-", index + 2 < scalars.count, scalars[index + 1] == "-",
                    scalars[index + 2] == ">"
                {
                    index += 3
                    return
                }
                index += 1
            }
            return
        }
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        if index < scalars.count { index += 1 }
    }

    private func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            if c == ">" || c == "/" || c.properties.isWhitespace { break }
            name.append(lowercased(c))
            index += 1
        }
        return String(name)
    }

    private mutating func readAttributeName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            if c == ">" || c == "/" || c == "=" || c.properties.isWhitespace { break }
            if c == "\"" || c == "'" || c == "<" {
                index += 1
                continue
            }
            name.append(lowercased(c))
            index += 1
        }
        return String(name)
    }

    private mutating func readAttributeValue() -> String {
        guard index < scalars.count else { return "" }
        let quote = scalars[index]
        var value = String.UnicodeScalarView()
        if quote == "\"" || quote == "'" {
            index += 1
            while index < scalars.count, scalars[index] != quote {
                value.append(scalars[index])
                index += 1
            }
            if index < scalars.count { index += 1 }
        } else {
            while index < scalars.count, scalars[index] != ">", !scalars[index].properties.isWhitespace {
                value.append(scalars[index])
                index += 1
            }
        }
        return String(value)
    }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }
}
