import Foundation

/// Line-level edits to Cargo manifests that keep their layout: one dependency per line, multi-line feature lists.
struct ManifestEditor {
    let document: SourceDocument

    /// The lines `(header, end)` of the table `[name]`: the header line and one past its last line.
    func table(_ name: String) -> (header: Int, end: Int)? {
        var header: Int?
        for number in 1...max(1, document.count) where number <= document.count {
            let text = document.line(number).trimmed(" \t")
            guard text.hasPrefix("[") else { continue }
            if let start = header { return (start, number) }
            if text == "[\(name)]" { header = number }
        }
        return header.map { ($0, document.count + 1) }
    }

    /// The line in `table` that declares dependency `key` (`key = …` or `key.workspace = …`).
    func dependencyLine(_ key: String, in table: String) -> Int? {
        guard let (header, end) = self.table(table) else { return nil }
        for number in (header + 1)..<end {
            let text = document.line(number).trimmed(" \t")
            if text.hasPrefix(key + " ") || text.hasPrefix(key + "=") || text.hasPrefix(key + ".") { return number }
        }
        return nil
    }

    /// The key of a `key = …` line, nil for comments, blanks and headers.
    static func key(of line: String) -> String? {
        let text = line.trimmed(" \t")
        guard let first = text.first, first.isLetter || first.isNumber || first == "_" || first == "-" else {
            return nil
        }
        let key = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return key.isEmpty ? nil : String(key)
    }

    /// `line` (an inline-table dependency) with `feature` added to its `features` array; nil when the line has
    /// another shape.
    static func addingFeature(_ feature: String, to line: String) -> String? {
        if line.contains("\"\(feature)\"") { return line }
        if let range = line.range(of: "features = [") ?? line.range(of: "features=[") {
            guard let close = line[range.upperBound...].firstIndex(of: "]") else { return nil }
            let inside = line[range.upperBound..<close].trimmed(" ")
            let addition = inside.isEmpty ? "\"\(feature)\"" : ", \"\(feature)\""
            let trimmedEnd = line[range.upperBound..<close].reversed().prefix { $0 == " " }.count
            let insertAt = line.index(close, offsetBy: -trimmedEnd)
            return String(line[..<insertAt]) + addition + String(line[insertAt...])
        }
        guard line.trimmed(" \t").hasSuffix("}"), let close = line.lastIndex(of: "}") else { return nil }
        var head = String(line[..<close])
        while head.hasSuffix(" ") { head.removeLast() }
        if head.hasSuffix(",") { head.removeLast() }
        return head + ", features = [\"\(feature)\"] " + String(line[close...])
    }

    /// `line` with `feature` removed from its `features` array (and the array removed when it empties).
    static func removingFeature(_ feature: String, from line: String) -> String? {
        let quoted = "\"\(feature)\""
        guard line.contains(quoted), let range = line.range(of: "features = [") ?? line.range(of: "features=["),
            let close = line[range.upperBound...].firstIndex(of: "]")
        else { return nil }
        let entries = line[range.upperBound..<close].split(separator: ",").map { $0.trimmed(" ") }
            .filter { !$0.isEmpty && $0 != quoted }
        if !entries.isEmpty {
            return String(line[..<range.upperBound]) + entries.joined(separator: ", ") + String(line[close...])
        }
        var head = String(line[..<range.lowerBound])
        while head.hasSuffix(" ") { head.removeLast() }
        if head.hasSuffix(",") { head.removeLast() }
        let tail = String(line[line.index(after: close)...])
        return head + (tail.hasPrefix(" ") ? tail : " " + tail.trimmed(","))
    }

    /// `line` without its `features = […]` entry.
    static func removingFeatures(from line: String) -> String {
        guard let range = line.range(of: "features = [") ?? line.range(of: "features=["),
            let close = line[range.upperBound...].firstIndex(of: "]")
        else { return line }
        var head = String(line[..<range.lowerBound])
        while head.hasSuffix(" ") { head.removeLast() }
        if head.hasSuffix(",") { head.removeLast() }
        var tail = String(line[line.index(after: close)...])
        while tail.hasPrefix(",") || tail.hasPrefix(" ") { tail.removeFirst() }
        return head + (tail.isEmpty ? "" : " " + tail)
    }

    /// The edit that adds `"entry"` to the multi-line array `name = [` in `[features]`, keeping the array's
    /// order when it is sorted; nil when the array is missing or written on one line.
    func addingArrayEntry(_ entry: String, toFeature name: String) -> TextEdit? {
        guard let (header, end) = table("features") else { return nil }
        for number in (header + 1)..<end {
            let text = document.line(number).trimmed(" \t")
            guard text.hasPrefix(name + " =") || text.hasPrefix(name + "=") else { continue }
            guard text.hasSuffix("[") else { return nil }
            var entries: [(line: Int, value: String)] = []
            var close = number + 1
            while close < end {
                let item = document.line(close).trimmed(" \t")
                if item.hasPrefix("]") { break }
                if item.hasPrefix("\"") { entries.append((close, item.trimmed("\",").trimmed(" \t"))) }
                close += 1
            }
            guard close < end else { return nil }
            if entries.contains(where: { $0.value == entry }) { return nil }
            let indent = entries.first.map { document.indentation(of: $0.line) } ?? document.indentUnit
            let sorted = entries.map(\.value) == entries.map(\.value).sorted()
            let before = sorted ? entries.first { $0.value > entry }?.line ?? close : close
            if before == close, let last = entries.last, !document.line(last.line).hasSuffix(",") { return nil }
            return .insert([indent + "\"\(entry)\","], before: before, in: document.path)
        }
        return nil
    }
}
