import Foundation
import ParaReadyCore
import Yams

/// The whole checklist, loaded from Markdown documents and ordered phase by phase.
public struct Checklist: Sendable {
    public private(set) var items: [ChecklistItem]
    private var byID: [String: ChecklistItem]

    public init(items: [ChecklistItem]) throws(ParaReadyError) {
        var seen: [String: String] = [:]
        for item in items {
            if let other = seen[item.id] {
                throw ParaReadyError(
                    .conflict, "checklist id '\(item.id)' is used by both \(other) and \(item.path)",
                    file: item.path)
            }
            seen[item.id] = item.path
        }
        self.items = items.sorted { ($0.phase, $0.order, $0.id) < ($1.phase, $1.order, $1.id) }
        self.byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
    }

    public subscript(id: String) -> ChecklistItem? { byID[id] }

    /// Loads every `*.md` in `directory` except section index files (`_index.md`).
    public static func load(directory: String, displayPrefix: String = "checklist") throws(ParaReadyError) -> Checklist
    {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ParaReadyError(.io, "cannot list the checklist directory", file: directory)
        }
        var documents: [(path: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix("_") {
            let shown = displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)"
            documents.append((shown, try TextFile.read(directory + "/" + name, displayPath: shown)))
        }
        return try parse(documents)
    }

    /// Parses checklist documents given as (display path, text) pairs.
    public static func parse(_ documents: [(path: String, text: String)]) throws(ParaReadyError) -> Checklist {
        var items: [ChecklistItem] = []
        for document in documents {
            items.append(try ChecklistDocumentParser.parse(document.text, path: document.path))
        }
        return try Checklist(items: items)
    }

    /// The checklist bundled into the binary (generated from content/checklist by scripts/embed-content.sh).
    public static func bundled() throws(ParaReadyError) -> Checklist {
        try parse(EmbeddedChecklist.documents.map { (path: $0.path, text: $0.text) })
    }
}
