/// Where each key, table header and array element of a TOML text starts (line and column).
///
/// TOMLKit validates and gives values but no positions, so this is a light scanner over the same text: it
/// follows table headers, dotted keys, inline tables, arrays (also across lines), strings of all four kinds and
/// comments. It never fails: on text it does not understand it moves on by one character. It is meant to run
/// after the parser accepted the text; its answers for text the parser rejects are best effort.
///
/// Paths are the TOML key paths, with two additions: the n-th `[[name]]` table is the component `"n"` (0-based)
/// after `name`, and the n-th element of an array is the component `"[n]"`.
struct TOMLKeyIndex: Sendable {
    struct Entry: Sendable, Equatable {
        var path: [String]
        var line: Int
        var column: Int
    }

    /// Every position found, in source order.
    private(set) var entries: [Entry] = []
    private var firstIndex: [[String]: Int] = [:]

    init(text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.scanDocument()
        entries = scanner.entries
        // Sized once (growing the table rehashed every path seen so far), and filled from the last entry back so
        // that one write per entry leaves each path's first position.
        firstIndex.reserveCapacity(entries.count)
        for index in entries.indices.reversed() { firstIndex[entries[index].path] = index }
    }

    /// The position of `path` itself, or else of the first entry below it (a table defined by dotted keys).
    func position(of path: [String]) -> (line: Int, column: Int)? {
        if let index = firstIndex[path] {
            let entry = entries[index]
            return (entry.line, entry.column)
        }
        guard !path.isEmpty else { return nil }
        for index in entries.indices where Self.isStrictlyBelow(entries[index].path, path) {
            return (entries[index].line, entries[index].column)
        }
        return nil
    }

    /// Whether a byte can be part of a bare key (`A-Za-z0-9_-`); ``FastTOMLParser`` reads keys by the same rule.
    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The keys directly below `path`, in the order they first appear in the text.
    func childKeys(of path: [String]) -> [String] {
        var seen: Set<String> = []
        var keys: [String] = []
        for index in entries.indices where Self.isStrictlyBelow(entries[index].path, path) {
            let key = entries[index].path[path.count]
            if seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    /// Whether `path` starts with `prefix` and is longer; compares in place (a manifest asks this of every
    /// entry for each of its dependency tables, and slicing each path into a new array was the cost).
    private static func isStrictlyBelow(_ path: [String], _ prefix: [String]) -> Bool {
        guard path.count > prefix.count else { return false }
        for index in prefix.indices where path[index] != prefix[index] { return false }
        return true
    }
}

extension TOMLKeyIndex {
    /// The scanner proper: a cursor over UTF-8 bytes that records entries as it goes.
    fileprivate struct Scanner {
        let bytes: [UInt8]
        var offset = 0
        var line = 1
        var column = 1
        var entries: [Entry] = []
        var arrayTableCounts: [[String]: Int] = [:]
        var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var atEnd: Bool { offset >= bytes.count }
        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        func peek(_ distance: Int) -> UInt8? {
            offset + distance < bytes.count ? bytes[offset + distance] : nil
        }

        mutating func advance() {
            guard offset < bytes.count else { return }
            let byte = bytes[offset]
            offset += 1
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }

        mutating func advance(_ count: Int) {
            for _ in 0..<count { advance() }
        }

        mutating func skipSpaces() {
            while let byte = current, byte == 0x20 || byte == 0x09 { advance() }
        }

        /// Skips spaces, newlines and comments (inside arrays, and between top-level lines).
        mutating func skipBlank() {
            while let byte = current {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    advance()
                } else if byte == UInt8(ascii: "#") {
                    skipToLineEnd()
                } else {
                    return
                }
            }
        }

        mutating func skipToLineEnd() {
            while let byte = current, byte != 0x0A { advance() }
        }

        mutating func record(_ path: [String], line: Int, column: Int) {
            entries.append(Entry(path: path, line: line, column: column))
        }

        mutating func scanDocument() {
            var table: [String] = []
            while true {
                skipBlank()
                guard let byte = current else { return }
                let startLine = line
                let startColumn = column
                let startOffset = offset
                if byte == UInt8(ascii: "[") {
                    let isArrayTable = peek(1) == UInt8(ascii: "[")
                    advance(isArrayTable ? 2 : 1)
                    skipSpaces()
                    let key = scanKey()
                    skipSpaces()
                    if isArrayTable {
                        let count = arrayTableCounts[key, default: 0]
                        arrayTableCounts[key] = count + 1
                        record(key, line: startLine, column: startColumn)
                        table = key + [String(count)]
                    } else {
                        table = resolveHeader(key)
                    }
                    record(table, line: startLine, column: startColumn)
                    skipToLineEnd()
                } else {
                    let key = scanKey()
                    skipSpaces()
                    if !key.isEmpty, current == UInt8(ascii: "=") {
                        record(table + key, line: startLine, column: startColumn)
                        advance()
                        skipSpaces()
                        scanValue(path: table + key)
                    }
                    skipToLineEnd()
                }
                if offset == startOffset { advance() }
            }
        }

        /// Maps `[a.b]` onto the latest `[[a]]` entry when `a` is an array of tables.
        func resolveHeader(_ key: [String]) -> [String] {
            var resolved: [String] = []
            for (position, component) in key.enumerated() {
                resolved.append(component)
                if position < key.count - 1, let count = arrayTableCounts[resolved], count > 0 {
                    resolved.append(String(count - 1))
                }
            }
            return resolved
        }

        /// A dotted key: bare, "basic" or 'literal' parts separated by dots. Stops at `=`, `]` or line end.
        mutating func scanKey() -> [String] {
            var parts: [String] = []
            while let byte = current {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    parts.append(scanString() ?? "")
                } else if TOMLKeyIndex.isBareKeyByte(byte) {
                    let start = offset
                    while let next = current, TOMLKeyIndex.isBareKeyByte(next) { advance() }
                    parts.append(String(decoding: bytes[start..<offset], as: UTF8.self))
                } else {
                    break
                }
                skipSpaces()
                guard current == UInt8(ascii: ".") else { break }
                advance()
                skipSpaces()
            }
            return parts
        }

        mutating func scanValue(path: [String]) {
            guard let byte = current else { return }
            depth += 1
            defer { depth -= 1 }
            if depth > 128 {
                skipToLineEnd()
                return
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                _ = scanString()
            case UInt8(ascii: "["):
                scanArray(path: path)
            case UInt8(ascii: "{"):
                scanInlineTable(path: path)
            default:
                while let next = current,
                    next != UInt8(ascii: ","), next != UInt8(ascii: "]"), next != UInt8(ascii: "}"),
                    next != UInt8(ascii: "#"), next != 0x0A, next != 0x0D
                {
                    advance()
                }
            }
        }

        mutating func scanArray(path: [String]) {
            advance()
            var index = 0
            while true {
                skipBlank()
                guard let byte = current else { return }
                if byte == UInt8(ascii: "]") {
                    advance()
                    return
                }
                if byte == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                let before = offset
                let elementPath = path + ["[\(index)]"]
                record(elementPath, line: line, column: column)
                scanValue(path: elementPath)
                index += 1
                if offset == before { advance() }
            }
        }

        mutating func scanInlineTable(path: [String]) {
            advance()
            while true {
                skipSpaces()
                guard let byte = current, byte != 0x0A else { return }
                if byte == UInt8(ascii: "}") {
                    advance()
                    return
                }
                if byte == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                let before = offset
                let keyLine = line
                let keyColumn = column
                let key = scanKey()
                skipSpaces()
                if !key.isEmpty, current == UInt8(ascii: "=") {
                    record(path + key, line: keyLine, column: keyColumn)
                    advance()
                    skipSpaces()
                    scanValue(path: path + key)
                }
                if offset == before { advance() }
            }
        }

        /// Scans any of the four string forms starting at the cursor and returns its (unescaped) content.
        mutating func scanString() -> String? {
            guard let quote = current else { return nil }
            let literal = quote == UInt8(ascii: "'")
            let multiline = peek(1) == quote && peek(2) == quote
            advance(multiline ? 3 : 1)
            var content: [UInt8] = []
            while let byte = current {
                if multiline {
                    if byte == quote && peek(1) == quote && peek(2) == quote {
                        // Up to two quotes may directly precede the closing delimiter.
                        var extra = 0
                        while peek(3 + extra) == quote && extra < 2 { extra += 1 }
                        for _ in 0..<extra { content.append(quote) }
                        advance(3 + extra)
                        return String(decoding: content, as: UTF8.self)
                    }
                } else if byte == quote {
                    advance()
                    return String(decoding: content, as: UTF8.self)
                } else if byte == 0x0A {
                    return String(decoding: content, as: UTF8.self)
                }
                if !literal && byte == UInt8(ascii: "\\") {
                    advance()
                    appendEscape(into: &content)
                    continue
                }
                content.append(byte)
                advance()
            }
            return String(decoding: content, as: UTF8.self)
        }

        mutating func appendEscape(into content: inout [UInt8]) {
            guard let byte = current else { return }
            switch byte {
            case UInt8(ascii: "n"): content.append(0x0A)
            case UInt8(ascii: "t"): content.append(0x09)
            case UInt8(ascii: "r"): content.append(0x0D)
            case UInt8(ascii: "b"): content.append(0x08)
            case UInt8(ascii: "f"): content.append(0x0C)
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = byte == UInt8(ascii: "u") ? 4 : 8
                var hex = ""
                var distance = 1
                while hex.count < width, let digit = peek(distance), digit < 0x80,
                    Character(Unicode.Scalar(digit)).isHexDigit
                {
                    hex.append(Character(Unicode.Scalar(digit)))
                    distance += 1
                }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    content.append(contentsOf: Array(String(Character(scalar)).utf8))
                }
                advance(distance)
                return
            case 0x0A, 0x20, 0x09, 0x0D:
                // A line-ending backslash in a multi-line string swallows the following whitespace.
                while let next = current, next == 0x0A || next == 0x20 || next == 0x09 || next == 0x0D { advance() }
                return
            default: content.append(byte)
            }
            advance()
        }
    }
}
