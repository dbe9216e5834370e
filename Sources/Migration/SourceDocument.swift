import Foundation
import ParaReadyCore

/// A text file split into lines, remembering its line terminator and whether the last line ends with one.
///
/// Lines are stored without terminators. A file is CRLF when most of its terminated lines end in `\r\n`; new
/// lines get that terminator, existing lines keep their own bytes.
public struct SourceDocument: Hashable, Sendable {
    /// The path relative to the repository root.
    public var path: String
    /// The lines without `\n`; a `\r` that belongs to a CRLF terminator is kept in ``terminators``.
    public private(set) var lines: [String]
    /// Each line's terminator as written: `\n`, `\r\n`, or empty for a last line without one.
    public private(set) var terminators: [String]
    /// The terminator new lines get.
    public let newline: String

    public init(path: String, text: String) {
        self.path = path
        var lines: [String] = []
        var terminators: [String] = []
        // Split on bytes: a Swift `Character` joins `\r\n` into one grapheme, which `split` would not cut.
        var parts = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let endsWithNewline = parts.last?.isEmpty == true
        if endsWithNewline { parts.removeLast() }
        for (index, part) in parts.enumerated() {
            let last = index == parts.count - 1
            if last && !endsWithNewline {
                lines.append(String(decoding: part, as: UTF8.self))
                terminators.append("")
            } else if part.last == 0x0D {
                lines.append(String(decoding: part.dropLast(), as: UTF8.self))
                terminators.append("\r\n")
            } else {
                lines.append(String(decoding: part, as: UTF8.self))
                terminators.append("\n")
            }
        }
        self.lines = lines
        self.terminators = terminators
        let crlf = terminators.filter { $0 == "\r\n" }.count
        let lf = terminators.filter { $0 == "\n" }.count
        self.newline = crlf > lf ? "\r\n" : "\n"
    }

    /// The number of lines.
    public var count: Int { lines.count }

    /// Line `number` (1-based) without its terminator; empty past the end.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The leading spaces and tabs of line `number`.
    public func indentation(of number: Int) -> String {
        String(line(number).prefix { $0 == " " || $0 == "\t" })
    }

    /// One level of indentation as the file writes it: a tab, or the smallest positive run of leading spaces.
    public var indentUnit: String {
        var smallest = Int.max
        var tabs = 0
        var spaced = 0
        for line in lines {
            if line.hasPrefix("\t") {
                tabs += 1
            } else if line.hasPrefix(" ") {
                let width = line.prefix { $0 == " " }.count
                if line.count > width { smallest = min(smallest, width) }
                spaced += 1
            }
        }
        if tabs >= spaced || smallest == Int.max { return tabs > 0 || smallest == Int.max ? "\t" : "    " }
        return String(repeating: " ", count: smallest)
    }

    /// The full text, terminators as written.
    public var text: String {
        var out = ""
        for (line, terminator) in zip(lines, terminators) { out += line + terminator }
        return out
    }

    /// The document after `edits` (which must not overlap). Lines keep their terminators; new lines get
    /// ``newline``; a file whose last line had no terminator keeps it that way.
    public func applying(_ edits: [TextEdit]) throws(ParaReadyError) -> SourceDocument {
        let sorted = edits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.end > b.start || (a.start == b.start && a.end == b.end) {
            throw ParaReadyError(
                .internal, "two changes overlap", at: SourceLocation(file: path, line: b.start),
                causes: ["lines \(a.start)..<\(a.end) and \(b.start)..<\(b.end)"])
        }
        var newLines: [String] = []
        var newTerminators: [String] = []
        var cursor = 1
        for edit in sorted {
            guard edit.start >= 1, edit.end <= lines.count + 1, edit.start <= edit.end else {
                throw ParaReadyError(
                    .internal, "a change lies outside the file", at: SourceLocation(file: path, line: edit.start))
            }
            while cursor < edit.start {
                newLines.append(lines[cursor - 1])
                newTerminators.append(terminators[cursor - 1])
                cursor += 1
            }
            for line in edit.lines {
                newLines.append(line)
                newTerminators.append(newline)
            }
            cursor = edit.end
        }
        while cursor <= lines.count {
            newLines.append(lines[cursor - 1])
            newTerminators.append(terminators[cursor - 1])
            cursor += 1
        }
        // Only the last line may lack a terminator, and only when the original's last line lacked one.
        for index in newTerminators.indices.dropLast() where newTerminators[index].isEmpty {
            newTerminators[index] = newline
        }
        if !newTerminators.isEmpty {
            newTerminators[newTerminators.count - 1] = terminators.last == "" ? "" : newTerminators.last!
        }
        var copy = self
        copy.lines = newLines
        copy.terminators = newTerminators
        return copy
    }
}
