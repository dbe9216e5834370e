import ParaReadyCore

/// Reads XML 1.0 one event at a time and refuses anything that is not well-formed.
///
/// It stands in for Foundation's `XMLParser`, which is libxml2: linking it made every `paraready` command load
/// libxml2, ICU, liblzma and libz at start-up (about 2.5 ms) for the one feature that reads XML, the Discourse RSS
/// import. It reads what an export holds: elements with attributes (names as written, `dc:creator`; namespaces are
/// not resolved), character data with the five predefined entities and character references decoded, CDATA
/// sections; comments and processing instructions (the XML declaration too) are skipped. A DOCTYPE is an error,
/// so no entity can be declared and nothing outside the text is ever read.
///
/// Errors are `.syntax` errors at 1-based line and column. Columns count Unicode scalars (XML's characters), as
/// `LocatedJSON` does: a tab or an `é` is one column. Line breaks are `\n`, `\r\n` and a lone `\r`, as XML's
/// end-of-line handling has it. One forward pass over the bytes without recursion, and at most `maximumDepth` open
/// elements: hostile input costs linear time and bounded memory beyond the text itself.
struct XMLReader {
    enum Event: Equatable {
        /// A start tag; an empty-element tag (`<a/>`) is a start followed by an end.
        case start(name: String, attributes: [Attribute])
        case end(name: String)
        /// Character data, with references decoded and line ends normalised to `\n`; one piece between two tags
        /// (or a tag and a comment), so an element's text may come in several pieces.
        case text(String)
        /// The content of a CDATA section as written (line ends normalised to `\n`).
        case cdata(String)
    }

    struct Attribute: Equatable {
        var name: String
        /// The value with references decoded and literal tabs and line ends turned into spaces, as XML requires.
        var value: String
    }

    /// More open elements than this is an error: no export nests deeply, and a bound keeps the stack small.
    static let maximumDepth = 256

    /// Where the event last returned by `next()` begins: the `<` of its tag, the first character of its text.
    private(set) var eventLocation: SourceLocation
    /// Whether the last error is the input ending while an element was open: the mark of a truncated file rather
    /// than of bad syntax.
    private(set) var endedEarly = false

    private let bytes: [UInt8]
    private let path: String
    private var index: Int
    /// Where the document starts, after a byte order mark: the only place for an XML declaration.
    private let documentStart: Int
    /// The open elements, outermost first, with the offset of their `<`.
    private var open: [(name: String, offset: Int)] = []
    private var rootSeen = false
    /// The end event still owed for an empty-element tag.
    private var pendingEnd: String?
    private var locator: Locator

    init(_ text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        documentStart = index
        locator = Locator(offset: index)
        eventLocation = SourceLocation(file: path, line: 1, column: 1)
    }

    /// The next event; nil once the root element has closed and only comments, processing instructions and
    /// whitespace followed it.
    mutating func next() throws(ParaReadyError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name: name)
        }
        while index < bytes.count {
            let start = index
            if bytes[index] == UInt8(ascii: "<") {
                guard index + 1 < bytes.count else { throw endOfInput("after '<'") }
                switch bytes[index + 1] {
                case UInt8(ascii: "/"):
                    return try endTag()
                case UInt8(ascii: "?"):
                    try skipProcessingInstruction()
                    continue
                case UInt8(ascii: "!"):
                    if follows("<!--") {
                        try skipComment()
                        continue
                    }
                    if follows("<![CDATA[") { return try cdata() }
                    if follows("<!DOCTYPE") { throw error("a DOCTYPE is not allowed", at: start) }
                    if endsWithin("<!--") || endsWithin("<![CDATA[") {
                        throw endOfInput("inside '\(String(decoding: bytes[start...], as: UTF8.self))'")
                    }
                    throw error("'<!' starts neither a comment nor a CDATA section", at: start)
                default:
                    return try startTag()
                }
            }
            if !open.isEmpty { return try text() }
            guard Self.isSpace(bytes[index]) else {
                throw error(rootSeen ? "text after the root element" : "text before the root element", at: start)
            }
            index += 1
        }
        if let innermost = open.last {
            throw endOfInput("before </\(innermost.name)> (<\(innermost.name)> opened at \(place(innermost.offset)))")
        }
        guard rootSeen else { throw error("the document has no root element", at: index) }
        return nil
    }

    // MARK: - Tags

    private mutating func startTag() throws(ParaReadyError) -> Event {
        let start = index
        index += 1
        guard let name = readName() else {
            throw error("'<' must start a tag (write &lt; for a '<' in text)", at: start)
        }
        if open.isEmpty && rootSeen { throw error("a second root element <\(name)>", at: start) }
        guard open.count < Self.maximumDepth else {
            throw error("elements nested more than \(Self.maximumDepth) levels deep", at: start)
        }
        var attributes: [Attribute] = []
        var names: Set<String> = []
        while true {
            let spaced = skipSpace()
            guard index < bytes.count else { throw endOfInput("inside the start tag <\(name)>") }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
            case UInt8(ascii: "/"):
                guard index + 1 < bytes.count else { throw endOfInput("inside the start tag <\(name)>") }
                guard bytes[index + 1] == UInt8(ascii: ">") else {
                    throw error("expected '>' after '/'", at: index + 1)
                }
                index += 2
                pendingEnd = name
            default:
                guard spaced else { throw error("expected a space, '>' or '/>' in the start tag <\(name)>", at: index) }
                let attributeStart = index
                guard let attributeName = readName() else {
                    throw error("expected an attribute name, '>' or '/>' in the start tag <\(name)>", at: index)
                }
                guard names.insert(attributeName).inserted else {
                    throw error("duplicate attribute '\(attributeName)' in <\(name)>", at: attributeStart)
                }
                skipSpace()
                guard index < bytes.count else { throw endOfInput("inside the start tag <\(name)>") }
                guard bytes[index] == UInt8(ascii: "=") else {
                    throw error("expected '=' after the attribute name '\(attributeName)'", at: index)
                }
                index += 1
                skipSpace()
                guard index < bytes.count else { throw endOfInput("inside the start tag <\(name)>") }
                let quote = bytes[index]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                    throw error("the value of '\(attributeName)' must be in quotes", at: index)
                }
                attributes.append(Attribute(name: attributeName, value: try attributeValue()))
                continue
            }
            open.append((name, start))
            rootSeen = true
            eventLocation = location(start)
            return .start(name: name, attributes: attributes)
        }
    }

    /// The value of the quoted attribute at `index`, quotes excluded.
    private mutating func attributeValue() throws(ParaReadyError) -> String {
        let quote = bytes[index]
        index += 1
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else { throw endOfInput("inside an attribute value") }
            let byte = bytes[index]
            switch byte {
            case quote:
                index += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw error("'<' is not allowed in an attribute value (write &lt;)", at: index)
            case UInt8(ascii: "&"):
                try reference(into: &value)
            case 0x09, 0x0A:
                value.append(0x20)
                index += 1
            case 0x0D:
                value.append(0x20)
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            default:
                try checkCharacter()
                value.append(byte)
                index += 1
            }
        }
    }

    private mutating func endTag() throws(ParaReadyError) -> Event {
        let start = index
        index += 2
        guard let name = readName() else {
            guard index < bytes.count else { throw endOfInput("after '</'") }
            throw error("expected an element name after '</'", at: index)
        }
        skipSpace()
        guard index < bytes.count else { throw endOfInput("inside the end tag </\(name)>") }
        guard bytes[index] == UInt8(ascii: ">") else { throw error("expected '>' to end </\(name)>", at: index) }
        guard let innermost = open.last else { throw error("</\(name)> closes no element", at: start) }
        guard innermost.name == name else {
            let opened = place(innermost.offset)
            throw error(
                "mismatched end tag: expected </\(innermost.name)> (<\(innermost.name)> opened at \(opened)), "
                    + "found </\(name)>", at: start)
        }
        index += 1
        open.removeLast()
        eventLocation = location(start)
        return .end(name: name)
    }

    // MARK: - Text, CDATA, comments, processing instructions

    /// Character data up to the next `<` (or the end of the input).
    private mutating func text() throws(ParaReadyError) -> Event {
        let start = index
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                eventLocation = location(start)
                return .text(String(decoding: text, as: UTF8.self))
            case UInt8(ascii: "&"):
                try reference(into: &text)
            case UInt8(ascii: "]"):
                if follows("]]>") { throw error("']]>' is not allowed in text", at: index) }
                text.append(byte)
                index += 1
            case 0x0D:
                text.append(0x0A)
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            default:
                try checkCharacter()
                text.append(byte)
                index += 1
            }
        }
        eventLocation = location(start)
        return .text(String(decoding: text, as: UTF8.self))
    }

    private mutating func cdata() throws(ParaReadyError) -> Event {
        let start = index
        guard !open.isEmpty else { throw error("a CDATA section outside the root element", at: start) }
        index += 9
        var text: [UInt8] = []
        while true {
            guard index < bytes.count else { throw endOfInput("inside a CDATA section") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "]"), follows("]]>") {
                index += 3
                eventLocation = location(start)
                return .cdata(String(decoding: text, as: UTF8.self))
            }
            if byte == 0x0D {
                text.append(0x0A)
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                continue
            }
            try checkCharacter()
            text.append(byte)
            index += 1
        }
    }

    private mutating func skipComment() throws(ParaReadyError) {
        index += 4
        while true {
            guard index < bytes.count else { throw endOfInput("inside a comment") }
            if follows("--") {
                guard index + 2 < bytes.count else { throw endOfInput("inside a comment") }
                guard bytes[index + 2] == UInt8(ascii: ">") else {
                    throw error("'--' is not allowed inside a comment", at: index)
                }
                index += 3
                return
            }
            try checkCharacter()
            index += 1
        }
    }

    private mutating func skipProcessingInstruction() throws(ParaReadyError) {
        let start = index
        index += 2
        guard let target = readName() else {
            guard index < bytes.count else { throw endOfInput("inside a processing instruction") }
            throw error("expected a target name after '<?'", at: index)
        }
        if target.lowercased() == "xml", start != documentStart {
            throw error("the XML declaration must be at the very start of the document", at: start)
        }
        var spaced = false
        while true {
            guard index < bytes.count else { throw endOfInput("inside a processing instruction") }
            if follows("?>") {
                index += 2
                return
            }
            if !spaced {
                guard Self.isSpace(bytes[index]) else {
                    throw error("expected a space or '?>' after the target '\(target)'", at: index)
                }
                spaced = true
            }
            try checkCharacter()
            index += 1
        }
    }

    // MARK: - References, names, characters

    /// Decodes the reference at `index` (its `&`) and appends its UTF-8 to `out`.
    private mutating func reference(into out: inout [UInt8]) throws(ParaReadyError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw endOfInput("inside a reference") }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var radix: UInt32 = 10
            if index < bytes.count, bytes[index] == UInt8(ascii: "x") {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.count, let digit = Self.digit(bytes[index], radix: radix) {
                // Past the last code point the value only has to stay too big, not grow (no overflow).
                if value <= 0x10FFFF { value = value * radix + digit }
                digits += 1
                index += 1
            }
            guard index < bytes.count else { throw endOfInput("inside a character reference") }
            guard digits > 0, bytes[index] == UInt8(ascii: ";") else {
                throw error(
                    "a character reference is '&#' and decimal digits or '&#x' and hex digits, then ';'", at: start)
            }
            index += 1
            guard Self.isCharacter(value), let scalar = Unicode.Scalar(value) else {
                let written = String(decoding: bytes[start..<index], as: UTF8.self)
                throw error("\(written) is not a character XML allows", at: start)
            }
            out.append(contentsOf: String(scalar).utf8)
            return
        }
        guard let name = readName() else {
            throw error("'&' must start a reference (write &amp; for a '&' in text)", at: start)
        }
        guard index < bytes.count else { throw endOfInput("inside the reference &\(name)") }
        guard bytes[index] == UInt8(ascii: ";") else { throw error("expected ';' after &\(name)", at: index) }
        index += 1
        switch name {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
            throw error(
                "unknown entity &\(name); (only &lt; &gt; &amp; &quot; &apos; and character references are defined)",
                at: start)
        }
    }

    /// Reads the XML name at `index`; nil, with `index` unchanged, when none starts there.
    private mutating func readName() -> String? {
        let start = index
        while index < bytes.count {
            let (scalar, length) = scalar(at: index)
            guard index == start ? Self.isNameStart(scalar) : Self.isNameCharacter(scalar) else { break }
            index += length
        }
        return index == start ? nil : String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The scalar whose UTF-8 starts at `offset` and its length in bytes (the text came from a `String`, so the
    /// encoding is valid).
    private func scalar(at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1, offset + length <= bytes.count else { return (lead, 1) }
        var value = lead & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
        return (value, length)
    }

    /// Refuses the character at `index` if XML does not allow it: controls other than tab, line feed and carriage
    /// return, and U+FFFE and U+FFFF. (A `String` holds no surrogates.)
    private mutating func checkCharacter() throws(ParaReadyError) {
        let byte = bytes[index]
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
            throw error("the control character U+\(Self.hex(UInt32(byte))) is not allowed in XML", at: index)
        }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
            throw error("U+\(Self.hex(scalar(at: index).0)) is not allowed in XML", at: index)
        }
    }

    /// Whether the bytes at `index` are `literal`'s.
    private func follows(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for k in 0..<count where bytes[index + k] != start[k] { return false }
        return true
    }

    /// Whether the input ends at `index` with a proper beginning of `literal`, as a truncated file may.
    private func endsWithin(_ literal: StaticString) -> Bool {
        let rest = bytes.count - index
        guard rest < literal.utf8CodeUnitCount else { return false }
        let start = literal.utf8Start
        for k in 0..<rest where bytes[index + k] != start[k] { return false }
        return true
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// XML 1.0 (fifth edition) `NameStartChar`.
    private static func isNameStart(_ c: UInt32) -> Bool {
        switch c {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
            0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    /// XML 1.0 (fifth edition) `NameChar`.
    private static func isNameCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStart(c)
        }
    }

    private static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: - Locations and errors

    private mutating func error(_ reason: String, at offset: Int) -> ParaReadyError {
        ParaReadyError(.syntax, reason, at: location(offset))
    }

    /// The error for input that stops `place` ("inside a comment"); a truncated file if an element is open.
    private mutating func endOfInput(_ place: String) -> ParaReadyError {
        if !open.isEmpty { endedEarly = true }
        return error("the input ends \(place)", at: bytes.count)
    }

    /// `line:column` of `offset`, for messages that point back at an earlier tag.
    private mutating func place(_ offset: Int) -> String {
        let location = location(offset)
        return "\(location.line):\(location.column)"
    }

    private mutating func location(_ offset: Int) -> SourceLocation {
        if offset < locator.offset { locator = Locator(offset: documentStart) }
        locator.advance(to: offset, in: bytes)
        return SourceLocation(file: path, line: locator.line, column: locator.column)
    }
}

/// Line and column of a byte offset, found by moving forward from the last one asked: events are located in
/// order, so locating all of them costs one pass over the text (only an error looks back, and starts over).
private struct Locator {
    var offset: Int
    var line = 1
    var column = 1

    init(offset: Int) { self.offset = offset }

    mutating func advance(to target: Int, in bytes: [UInt8]) {
        while offset < target {
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            offset += 1
        }
    }
}
