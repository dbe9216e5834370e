/// A one-pass reader for the TOML that Cargo manifests are written in, in front of the general parser.
///
/// It knows table headers (`[a.b]`, `[[bin]]`), dotted and quoted keys, basic and literal strings, decimal
/// integers, booleans, arrays (across lines, with comments) and inline tables. On anything else (floats, dates,
/// multi-line strings, other escapes, CRLF line ends, a key or table defined twice, or any other doubt) it
/// answers nil and ``TOMLKitParser`` reads the text, so invalid TOML still gets toml++'s located error. When it
/// answers, the tree is the one TOMLKit gives (tests hold the two equal). toml++ through TOMLKit cost about
/// 0.1 ms per manifest, most of reading a workspace of 60 members.
enum FastTOMLParser {
    static func parse(_ text: String) -> TOMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }

    /// A table while the document is read: how it came to exist decides what may still be added to it.
    final class Table {
        enum Origin {
            /// The root, or defined by its own `[header]`.
            case header
            /// Named only as a prefix of a header (`a` in `[a.b]`): a later `[a]` may still define it.
            case implicit
            /// Made by a dotted key (`a.b = 1` makes `a`).
            case dotted
        }

        var origin: Origin
        var entries: [String: Entry] = [:]

        init(_ origin: Origin) {
            self.origin = origin
        }

        var node: TOMLNode {
            .table(entries.mapValues(\.node))
        }
    }

    /// An array of tables (`[[bin]]`), one table per header.
    final class TableArray {
        var tables: [Table] = []
    }

    enum Entry {
        /// A value written whole: scalar, array or inline table (closed to later additions).
        case value(TOMLNode)
        case table(Table)
        case tableArray(TableArray)

        var node: TOMLNode {
            switch self {
            case .value(let node): return node
            case .table(let table): return table.node
            case .tableArray(let array): return .array(array.tables.map(\.node))
            }
        }
    }

    /// Thrown internally to abandon the fast path.
    struct Unsure: Error {}

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        /// Arrays and inline tables being read around the current value; deep nesting is left to toml++, which
        /// refuses it with an error (and this reader recurses).
        var depth = 0
        static let maximumDepth = 32

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func document() -> TOMLNode? {
            let root = Table(.header)
            var table = root
            do throws(Unsure) {
                // A byte-order mark is left to the general parser.
                if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { throw Unsure() }
                while true {
                    try skipBlankLines()
                    guard let byte = current else { break }
                    if byte == UInt8(ascii: "[") {
                        table = try header(root)
                    } else {
                        try keyValue(into: table)
                    }
                    try endOfLine()
                }
            } catch {
                return nil
            }
            return root.node
        }

        // MARK: Lines

        mutating func skipSpaces() {
            while let byte = current, byte == 0x20 || byte == 0x09 { offset += 1 }
        }

        /// Spaces, newlines and comments between lines (and inside arrays).
        mutating func skipBlankLines() throws(Unsure) {
            while let byte = current {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    offset += 1
                } else if byte == UInt8(ascii: "#") {
                    try comment()
                } else {
                    return
                }
            }
        }

        /// A comment up to (not including) its newline; control characters other than tab are not allowed.
        mutating func comment() throws(Unsure) {
            offset += 1
            while let byte = current, byte != 0x0A {
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { throw Unsure() }
                offset += 1
            }
        }

        /// What may follow a header or a key-value pair: spaces, a comment, then a newline or the end.
        mutating func endOfLine() throws(Unsure) {
            skipSpaces()
            if current == UInt8(ascii: "#") { try comment() }
            guard let byte = current else { return }
            guard byte == 0x0A else { throw Unsure() }
            offset += 1
        }

        // MARK: Tables

        /// `[a.b]` or `[[a.b]]`; returns the table that the following pairs go into.
        mutating func header(_ root: Table) throws(Unsure) -> Table {
            offset += 1
            let isArray = current == UInt8(ascii: "[")
            if isArray { offset += 1 }
            skipSpaces()
            let path = try key()
            skipSpaces()
            guard current == UInt8(ascii: "]") else { throw Unsure() }
            offset += 1
            if isArray {
                guard current == UInt8(ascii: "]") else { throw Unsure() }
                offset += 1
            }
            var table = root
            for component in path.dropLast() {
                switch table.entries[component] {
                case nil:
                    let made = Table(.implicit)
                    table.entries[component] = .table(made)
                    table = made
                case .table(let existing) where existing.origin != .dotted:
                    table = existing
                case .tableArray(let array):
                    guard let last = array.tables.last else { throw Unsure() }
                    table = last
                default:
                    throw Unsure()
                }
            }
            let name = path[path.count - 1]
            if isArray {
                let made = Table(.header)
                switch table.entries[name] {
                case nil:
                    let array = TableArray()
                    array.tables.append(made)
                    table.entries[name] = .tableArray(array)
                case .tableArray(let array):
                    array.tables.append(made)
                default:
                    throw Unsure()
                }
                return made
            }
            switch table.entries[name] {
            case nil:
                let made = Table(.header)
                table.entries[name] = .table(made)
                return made
            case .table(let existing) where existing.origin == .implicit:
                existing.origin = .header
                return existing
            default:
                throw Unsure()
            }
        }

        /// `a.b = value` into `table` (a section's table or an inline table being read). Dotted keys make, or
        /// extend, tables of their own; nothing else already there may be written again.
        mutating func keyValue(into table: Table) throws(Unsure) {
            let path = try key()
            skipSpaces()
            guard current == UInt8(ascii: "=") else { throw Unsure() }
            offset += 1
            skipSpaces()
            var target = table
            for component in path.dropLast() {
                switch target.entries[component] {
                case nil:
                    let made = Table(.dotted)
                    target.entries[component] = .table(made)
                    target = made
                case .table(let existing) where existing.origin == .dotted:
                    target = existing
                default:
                    throw Unsure()
                }
            }
            let name = path[path.count - 1]
            guard target.entries[name] == nil else { throw Unsure() }
            target.entries[name] = .value(try value())
        }

        /// A dotted key: bare, basic or literal parts with optional spaces around the dots.
        mutating func key() throws(Unsure) -> [String] {
            var parts: [String] = []
            while true {
                guard let byte = current else { throw Unsure() }
                if byte == UInt8(ascii: "\"") {
                    parts.append(try basicString())
                } else if byte == UInt8(ascii: "'") {
                    parts.append(try literalString())
                } else {
                    let start = offset
                    while let next = current, TOMLKeyIndex.isBareKeyByte(next) { offset += 1 }
                    guard offset > start else { throw Unsure() }
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
                }
                skipSpaces()
                guard current == UInt8(ascii: ".") else { return parts }
                offset += 1
                skipSpaces()
            }
        }

        // MARK: Values

        mutating func value() throws(Unsure) -> TOMLNode {
            guard let byte = current else { throw Unsure() }
            switch byte {
            case UInt8(ascii: "\""): return .string(try basicString())
            case UInt8(ascii: "'"): return .string(try literalString())
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "{"): return try inlineTable()
            case UInt8(ascii: "t"): return try word("true", .boolean(true))
            case UInt8(ascii: "f"): return try word("false", .boolean(false))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"): return try integer()
            default: throw Unsure()
            }
        }

        /// Whether a value may end before `byte` (nil: the end of the text).
        static func endsValue(_ byte: UInt8?) -> Bool {
            guard let byte else { return true }
            return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
        }

        mutating func word(_ spelling: StaticString, _ node: TOMLNode) throws(Unsure) -> TOMLNode {
            let count = spelling.utf8CodeUnitCount
            guard offset + count <= bytes.count else { throw Unsure() }
            for index in 0..<count where bytes[offset + index] != spelling.utf8Start[index] { throw Unsure() }
            offset += count
            guard Self.endsValue(current) else { throw Unsure() }
            return node
        }

        /// A decimal integer: optional sign, no leading zero, `_` only between digits, within 64 bits. Anything
        /// else that starts like a number (floats, dates, `0x…`, `inf`) is left to the general parser.
        mutating func integer() throws(Unsure) -> TOMLNode {
            var negative = false
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                negative = current == UInt8(ascii: "-")
                offset += 1
            }
            let start = offset
            var magnitude: UInt64 = 0
            var previousWasDigit = false
            while let byte = current {
                if byte >= 0x30 && byte <= 0x39 {
                    let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
                    let (sum, overflowSum) = times.addingReportingOverflow(UInt64(byte - 0x30))
                    guard !overflowTimes, !overflowSum else { throw Unsure() }
                    magnitude = sum
                    previousWasDigit = true
                } else if byte == UInt8(ascii: "_") {
                    guard previousWasDigit else { throw Unsure() }
                    previousWasDigit = false
                } else {
                    break
                }
                offset += 1
            }
            guard offset > start, previousWasDigit, Self.endsValue(current) else { throw Unsure() }
            // A leading zero is only `0` itself.
            if bytes[start] == UInt8(ascii: "0") && offset - start > 1 { throw Unsure() }
            if negative {
                guard magnitude <= UInt64(Int64.max) + 1 else { throw Unsure() }
                return .integer(magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(magnitude))
            }
            guard magnitude <= UInt64(Int64.max) else { throw Unsure() }
            return .integer(Int(magnitude))
        }

        /// `"…"` with the escapes TOML 1.0 defines; multi-line strings are left to the general parser.
        mutating func basicString() throws(Unsure) -> String {
            offset += 1
            if current == UInt8(ascii: "\"") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\"") {
                throw Unsure()
            }
            var start = offset
            var result = ""
            while let byte = current {
                if byte == UInt8(ascii: "\"") {
                    result += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    return result
                }
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { throw Unsure() }
                if byte == UInt8(ascii: "\\") {
                    result += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    result.unicodeScalars.append(try escape())
                    start = offset
                    continue
                }
                offset += 1
            }
            throw Unsure()
        }

        /// The character an escape after `\` stands for.
        mutating func escape() throws(Unsure) -> Unicode.Scalar {
            guard let byte = current else { throw Unsure() }
            offset += 1
            switch byte {
            case UInt8(ascii: "b"): return "\u{8}"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "f"): return "\u{C}"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = byte == UInt8(ascii: "u") ? 4 : 8
                guard offset + digits <= bytes.count else { throw Unsure() }
                var value: UInt32 = 0
                for _ in 0..<digits {
                    guard let digit = Self.hexValue(bytes[offset]) else { throw Unsure() }
                    value = value << 4 | UInt32(digit)
                    offset += 1
                }
                guard let scalar = Unicode.Scalar(value) else { throw Unsure() }
                return scalar
            default:
                throw Unsure()
            }
        }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
            default: return nil
            }
        }

        /// `'…'`, taken as written; multi-line literal strings are left to the general parser.
        mutating func literalString() throws(Unsure) -> String {
            offset += 1
            if current == UInt8(ascii: "'") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "'") {
                throw Unsure()
            }
            let start = offset
            while let byte = current {
                if byte == UInt8(ascii: "'") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    return text
                }
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { throw Unsure() }
                offset += 1
            }
            throw Unsure()
        }

        /// `[a, b, …]` across lines, with comments and a trailing comma.
        mutating func array() throws(Unsure) -> TOMLNode {
            offset += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw Unsure() }
            var elements: [TOMLNode] = []
            while true {
                try skipBlankLines()
                guard let byte = current else { throw Unsure() }
                if byte == UInt8(ascii: "]") {
                    offset += 1
                    return .array(elements)
                }
                elements.append(try value())
                try skipBlankLines()
                guard let next = current else { throw Unsure() }
                if next == UInt8(ascii: ",") {
                    offset += 1
                } else if next != UInt8(ascii: "]") {
                    throw Unsure()
                }
            }
        }

        /// `{ a = 1, b.c = "x" }` on one line, without a trailing comma (TOML 1.0).
        mutating func inlineTable() throws(Unsure) -> TOMLNode {
            offset += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw Unsure() }
            let table = Table(.header)
            skipSpaces()
            if current == UInt8(ascii: "}") {
                offset += 1
                return table.node
            }
            while true {
                skipSpaces()
                try keyValue(into: table)
                skipSpaces()
                guard let byte = current else { throw Unsure() }
                offset += 1
                if byte == UInt8(ascii: "}") { return table.node }
                guard byte == UInt8(ascii: ",") else { throw Unsure() }
            }
        }
    }
}
