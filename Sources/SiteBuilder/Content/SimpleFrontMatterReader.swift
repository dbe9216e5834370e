import ParaReadyCore

/// Reads the common, flat shape of front matter without a YAML library: one `key: value` per line, where a value
/// is a plain scalar, a single- or double-quoted string (simple escapes only), or a one-line `[a, b]` list.
///
/// Anything else (nested blocks, multi-line values, anchors, tags, comments after values, unusual escapes) makes
/// it return nil, and the page goes through Yams instead: this reader only ever accepts a subset whose meaning
/// is the same in YAML.
enum SimpleFrontMatterReader {
    static func read(_ yaml: String, firstLine: Int, file: String) -> [(
        key: String, keyAt: SourceLocation, value: YAMLValue
    )]? {
        var pairs: [(key: String, keyAt: SourceLocation, value: YAMLValue)] = []
        var seen: Set<String> = []
        var lineNumber = firstLine - 1
        for rawLine in yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine[...]
            if line.last == 0x0D { line = line.dropLast() }
            while let last = line.last, last == 0x20 { line = line.dropLast() }
            guard let first = line.first else { continue }
            if first == 0x23 { continue }  // a comment line
            // key
            var i = line.startIndex
            while i < line.endIndex, isKeyByte(line[i]) { i = line.index(after: i) }
            guard i > line.startIndex, i < line.endIndex, line[i] == 0x3A else { return nil }
            let key = String(decoding: line[line.startIndex..<i], as: UTF8.self)
            guard seen.insert(key).inserted else { return nil }  // let Yams report duplicates
            i = line.index(after: i)
            guard i == line.endIndex || line[i] == 0x20 else { return nil }
            while i < line.endIndex, line[i] == 0x20 { i = line.index(after: i) }
            let column = line.distance(from: line.startIndex, to: i) + 1
            let at = SourceLocation(file: file, line: lineNumber, column: column)
            let keyAt = SourceLocation(file: file, line: lineNumber, column: 1)
            let rest = line[i...]
            guard let value = self.value(rest, at: at) else { return nil }
            pairs.append((key, keyAt, value))
        }
        return pairs
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }

    private static func value(_ text: Substring.UTF8View.SubSequence, at: SourceLocation) -> YAMLValue? {
        guard let first = text.first else { return nil }  // an empty value may start a nested block
        switch first {
        case 0x22, 0x27:
            guard let (string, end) = quoted(text, from: text.startIndex), end == text.endIndex else { return nil }
            return .scalar(string, plain: false, at: at)
        case 0x5B:
            guard text.last == 0x5D else { return nil }
            var items: [YAMLValue] = []
            var i = text.index(after: text.startIndex)
            let end = text.index(before: text.endIndex)
            var column = at.column + 1
            while i < end {
                while i < end, text[i] == 0x20 {
                    i = text.index(after: i)
                    column += 1
                }
                if i == end { break }
                let itemAt = SourceLocation(file: at.file, line: at.line, column: column)
                if text[i] == 0x22 || text[i] == 0x27 {
                    guard let (string, after) = quoted(text[..<end], from: i) else { return nil }
                    items.append(.scalar(string, plain: false, at: itemAt))
                    column += text.distance(from: i, to: after)
                    i = after
                } else {
                    let start = i
                    while i < end, text[i] != 0x2C { i = text.index(after: i) }
                    var itemEnd = i
                    while itemEnd > start, text[text.index(before: itemEnd)] == 0x20 {
                        itemEnd = text.index(before: itemEnd)
                    }
                    let item = text[start..<itemEnd]
                    guard !item.isEmpty, isSafePlain(item, inFlow: true) else { return nil }
                    items.append(.scalar(String(decoding: item, as: UTF8.self), plain: true, at: itemAt))
                    column += text.distance(from: start, to: i)
                }
                while i < end, text[i] == 0x20 {
                    i = text.index(after: i)
                    column += 1
                }
                if i < end {
                    guard text[i] == 0x2C else { return nil }
                    i = text.index(after: i)
                    column += 1
                }
            }
            return .sequence(items, at: at)
        default:
            guard isSafePlain(text, inFlow: false) else { return nil }
            return .scalar(String(decoding: text, as: UTF8.self), plain: true, at: at)
        }
    }

    /// Whether a plain scalar means the same thing here as in YAML: no indicator at the start, no `: ` or ` #`
    /// inside, and (in a flow list) no flow indicators.
    private static func isSafePlain(_ text: Substring.UTF8View.SubSequence, inFlow: Bool) -> Bool {
        guard let first = text.first else { return false }
        switch first {
        case 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return false
        case 0x2D, 0x3F, 0x3A:
            let second = text.dropFirst().first
            if second == nil || second == 0x20 { return false }
        default: break
        }
        var previous: UInt8 = 0
        for byte in text {
            if byte == 0x09 { return false }
            if byte == 0x23 && previous == 0x20 { return false }
            if previous == 0x3A && (byte == 0x20) { return false }
            if inFlow && (byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D || byte == 0x2C) { return false }
            previous = byte
        }
        return previous != 0x3A
    }

    /// A quoted string starting at `start`; returns the text and the index after the closing quote.
    private static func quoted(
        _ text: Substring.UTF8View.SubSequence, from start: Substring.UTF8View.Index
    ) -> (String, Substring.UTF8View.Index)? {
        let quote = text[start]
        var out: [UInt8] = []
        var i = text.index(after: start)
        while i < text.endIndex {
            let byte = text[i]
            if byte == quote {
                let next = text.index(after: i)
                if quote == 0x27 && next < text.endIndex && text[next] == 0x27 {
                    out.append(0x27)
                    i = text.index(after: next)
                    continue
                }
                return (String(decoding: out, as: UTF8.self), next)
            }
            if quote == 0x22 && byte == 0x5C {
                let next = text.index(after: i)
                guard next < text.endIndex else { return nil }
                switch text[next] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                default: return nil  // other escapes: leave them to Yams
                }
                i = text.index(after: next)
                continue
            }
            out.append(byte)
            i = text.index(after: i)
        }
        return nil
    }
}
