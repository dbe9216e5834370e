import ParaReadyCore

/// A JSON value that remembers where it was in the file, so that errors about it can name `file:line:column`.
///
/// Foundation's `JSONSerialization` reports neither the position of a syntax error on every platform nor the
/// position of a value that is present but wrong; this small parser does both. It accepts RFC 8259 JSON only.
indirect enum LocatedJSON {
    case object([(key: String, value: LocatedJSON)], SourceLocation)
    case array([LocatedJSON], SourceLocation)
    case string(String, SourceLocation)
    /// The number as written; convert with `int` or `double`.
    case number(String, SourceLocation)
    case bool(Bool, SourceLocation)
    case null(SourceLocation)

    var location: SourceLocation {
        switch self {
        case .object(_, let l), .array(_, let l), .string(_, let l), .number(_, let l), .bool(_, let l),
            .null(let l):
            return l
        }
    }

    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members, _) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let s, _) = self { return s }
        return nil
    }

    var int: Int? {
        if case .number(let text, _) = self { return Int(text) }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b, _) = self { return b }
        return nil
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var array: [LocatedJSON]? {
        if case .array(let items, _) = self { return items }
        return nil
    }

    /// A short name of the kind of value, for messages.
    var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// Parses `text`; `path` is how errors name the file.
    static func parse(_ text: String, path: String) throws(ParaReadyError) -> LocatedJSON {
        var parser = LocatedJSONParser(text: text, path: path)
        return try parser.parseDocument()
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes, tracking line and column.
private struct LocatedJSONParser {
    let bytes: [UInt8]
    let path: String
    var index = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    static let maximumDepth = 200

    init(text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
    }

    var here: SourceLocation {
        // Columns count characters, not bytes: count the line's UTF-8 lead bytes up to here.
        let column = bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourceLocation(file: path, line: line, column: column)
    }

    func error(_ message: String) -> ParaReadyError {
        ParaReadyError(.syntax, message, at: here)
    }

    func truncated(_ expected: String) -> ParaReadyError {
        ParaReadyError(.syntax, "the JSON ends early (truncated export?): expected \(expected)", at: here)
    }

    mutating func parseDocument() throws(ParaReadyError) -> LocatedJSON {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipSpace()
        let value = try parseValue()
        skipSpace()
        guard index == bytes.count else { throw error("unexpected text after the JSON value") }
        return value
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    mutating func parseValue() throws(ParaReadyError) -> LocatedJSON {
        guard index < bytes.count else { throw truncated("a value") }
        let start = here
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return .string(try parseString(), start)
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true, start)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false, start)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null(start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber(), start)
        default:
            throw error("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))': expected a value")
        }
    }

    mutating func literal(_ word: String) throws(ParaReadyError) {
        for byte in word.utf8 {
            guard index < bytes.count else { throw truncated("`\(word)`") }
            guard bytes[index] == byte else { throw error("invalid literal: expected `\(word)`") }
            index += 1
        }
    }

    mutating func enter() throws(ParaReadyError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("JSON nested more than \(Self.maximumDepth) levels deep") }
    }

    mutating func parseObject(_ start: SourceLocation) throws(ParaReadyError) -> LocatedJSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: LocatedJSON)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members, start)
        }
        while true {
            skipSpace()
            guard index < bytes.count else { throw truncated("a member name") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count else { throw truncated("':'") }
            guard bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the member name") }
            index += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            guard index < bytes.count else { throw truncated("',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}' in an object") }
            index += 1
            return .object(members, start)
        }
    }

    mutating func parseArray(_ start: SourceLocation) throws(ParaReadyError) -> LocatedJSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [LocatedJSON] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items, start)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard index < bytes.count else { throw truncated("',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']' in an array") }
            index += 1
            return .array(items, start)
        }
    }

    mutating func parseNumber() throws(ParaReadyError) -> String {
        let begin = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout LocatedJSONParser) -> Int {
            let s = parser.index
            while parser.index < parser.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index])
            {
                parser.index += 1
            }
            return parser.index - s
        }
        guard digits(&self) > 0 else { throw error("invalid number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("invalid number: digits expected after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&self) > 0 else { throw error("invalid number: digits expected in the exponent") }
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    mutating func parseString() throws(ParaReadyError) -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw truncated("the end of a string ('\"')") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw truncated("an escape sequence") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            out += Array("\u{FFFD}".utf8)
                            code = low
                        }
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out += Array(String(Character(scalar)).utf8)
                default:
                    index -= 1
                    throw error("invalid escape sequence in a string")
                }
            case 0x00..<0x20:
                if byte == 0x0A { throw error("a string is not closed before the end of the line") }
                throw error("control character in a string (escape it)")
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    mutating func hex4() throws(ParaReadyError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw truncated("four hex digits") }
        guard let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape: expected four hex digits")
        }
        index += 4
        return value
    }
}
