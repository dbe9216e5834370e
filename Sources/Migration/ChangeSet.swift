import Foundation
import ParaReadyCore

/// The edits a fix makes, file by file, with the documents they apply to.
struct ChangeSet {
    private(set) var documents: [String: SourceDocument] = [:]
    private(set) var edits: [String: [TextEdit]] = [:]

    /// Records `edit`; an insertion at the point where another insertion already goes is appended to it.
    /// Returns false (and records nothing) when the edit would overlap one already recorded.
    @discardableResult
    mutating func add(_ edit: TextEdit, document: SourceDocument) -> Bool {
        documents[edit.file] = documents[edit.file] ?? document
        var list = edits[edit.file] ?? []
        if edit.start == edit.end,
            let index = list.firstIndex(where: { $0.start == edit.start && $0.end == edit.start })
        {
            list[index].lines += edit.lines
            edits[edit.file] = list
            return true
        }
        for other in list {
            let otherInsertion = other.start == other.end
            let insertion = edit.start == edit.end
            if insertion && !otherInsertion && edit.start > other.start && edit.start < other.end { return false }
            if otherInsertion && !insertion && other.start > edit.start && other.start < edit.end { return false }
            if !insertion && !otherInsertion && edit.start < other.end && other.start < edit.end { return false }
        }
        list.append(edit)
        edits[edit.file] = list
        return true
    }

    /// Whether all `edits` can be recorded together (none overlaps another recorded edit or each other).
    func accepts(_ new: [TextEdit], documents: [String: SourceDocument]) -> Bool {
        var copy = self
        for edit in new {
            guard let document = documents[edit.file] ?? self.documents[edit.file], copy.add(edit, document: document)
            else { return false }
        }
        return true
    }

    /// The files that change, sorted.
    var files: [String] { edits.keys.filter { !(edits[$0] ?? []).isEmpty }.sorted() }

    /// The unified diff of every file, in path order.
    func diff() throws(ParaReadyError) -> String {
        var out = ""
        for file in files {
            guard let document = documents[file] else { continue }
            out += try UnifiedDiff.render(document, edits: edits[file] ?? [])
        }
        return out
    }

    /// The new text of each changed file.
    func newTexts() throws(ParaReadyError) -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        for file in files {
            guard let document = documents[file] else { continue }
            out.append((file, try document.applying(edits[file] ?? []).text))
        }
        return out
    }
}
