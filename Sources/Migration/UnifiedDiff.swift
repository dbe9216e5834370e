import Foundation
import ParaReadyCore

/// Writes unified diffs (`git diff` form) that `git apply` and `patch -p1` accept.
///
/// Hunks come straight from the edits, so the diff says exactly what the fixer changes: three lines of
/// context, neighbouring hunks merged, `a/` and `b/` prefixes, and `\ No newline at end of file` where a
/// file's last line has no terminator. CRLF lines keep their `\r`.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let context = 3

    /// The diff of one file from `old` to `old.applying(edits)`; empty when the edits change nothing.
    public static func render(_ old: SourceDocument, edits: [TextEdit]) throws(ParaReadyError) -> String {
        let new = try old.applying(edits)
        let sorted = edits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            .filter { edit in
                !(edit.start == edit.end && edit.lines.isEmpty)
                    && !(edit.lines == Array(old.lines[(edit.start - 1)..<(edit.end - 1)]))
            }
        if sorted.isEmpty && old.terminators == new.terminators { return "" }
        var groups: [[TextEdit]] = []
        for edit in sorted {
            if let last = groups.last?.last, edit.start - last.end <= 2 * context {
                groups[groups.count - 1].append(edit)
            } else {
                groups.append([edit])
            }
        }
        var out = "diff --git a/\(old.path) b/\(old.path)\n--- a/\(old.path)\n+++ b/\(old.path)\n"
        var delta = 0  // new line number minus old line number before the current group
        for group in groups {
            let oldStart = max(1, group[0].start - context)
            let oldEnd = min(old.count + 1, group[group.count - 1].end + context)
            var body = ""
            var oldCount = 0
            var newCount = 0
            var oldLine = oldStart
            let newStart = oldStart + delta
            var newLine = newStart
            func emitContext(until stop: Int) {
                while oldLine < stop {
                    let oldMissing = oldLine == old.count && old.terminators.last == ""
                    let newMissing = newLine == new.count && new.terminators.last == ""
                    let text = old.lines[oldLine - 1]
                    if oldMissing == newMissing {
                        body += " " + text + cr(old.terminators[oldLine - 1]) + "\n"
                        if oldMissing { body += "\\ No newline at end of file\n" }
                    } else {
                        body += "-" + text + cr(old.terminators[oldLine - 1]) + "\n"
                        if oldMissing { body += "\\ No newline at end of file\n" }
                        body += "+" + text + cr(new.terminators[newLine - 1]) + "\n"
                        if newMissing { body += "\\ No newline at end of file\n" }
                    }
                    oldCount += 1
                    newCount += 1
                    oldLine += 1
                    newLine += 1
                }
            }
            for edit in group {
                emitContext(until: edit.start)
                for number in edit.start..<edit.end {
                    body += "-" + old.lines[number - 1] + cr(old.terminators[number - 1]) + "\n"
                    if number == old.count && old.terminators.last == "" { body += "\\ No newline at end of file\n" }
                    oldCount += 1
                }
                for _ in edit.lines {
                    body += "+" + new.lines[newLine - 1] + cr(new.terminators[newLine - 1]) + "\n"
                    if newLine == new.count && new.terminators.last == "" {
                        body += "\\ No newline at end of file\n"
                    }
                    newLine += 1
                    newCount += 1
                }
                oldLine = edit.end
                delta += edit.lines.count - (edit.end - edit.start)
            }
            emitContext(until: oldEnd)
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            out += body
        }
        return out
    }

    private static func cr(_ terminator: String) -> String { terminator == "\r\n" ? "\r" : "" }

    /// `start,count`, where an empty range names the line before it (the unified diff convention).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start - 1),0" : "\(start),\(count)"
    }
}
