import Foundation

/// One line-based change to a file: replace lines `[start, end)` (1-based) with `lines`.
///
/// An insertion is an edit whose range is empty (`start == end`, before line `start`); a deletion has no
/// replacement lines. Replacement lines carry no line terminator: the document adds its own (`\n` or `\r\n`).
public struct TextEdit: Hashable, Sendable, Codable {
    /// The file, relative to the repository root.
    public var file: String
    /// The first replaced line (1-based); for an insertion, the line the new text goes before.
    public var start: Int
    /// One past the last replaced line.
    public var end: Int
    /// The new lines, without terminators.
    public var lines: [String]

    public init(file: String, start: Int, end: Int, lines: [String]) {
        self.file = file
        self.start = start
        self.end = end
        self.lines = lines
    }

    /// Inserts `lines` before line `line`.
    static func insert(_ lines: [String], before line: Int, in file: String) -> TextEdit {
        TextEdit(file: file, start: line, end: line, lines: lines)
    }

    /// Replaces the single line `line`.
    static func replace(line: Int, with lines: [String], in file: String) -> TextEdit {
        TextEdit(file: file, start: line, end: line + 1, lines: lines)
    }

    /// Deletes lines `[start, end)`.
    static func delete(_ start: Int, _ end: Int, in file: String) -> TextEdit {
        TextEdit(file: file, start: start, end: end, lines: [])
    }
}
