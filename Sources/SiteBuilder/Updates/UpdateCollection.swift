import Foundation
import ParaReadyCore

/// Every development update of a site, newest first, with the tag index and the milestone timeline.
public struct UpdateCollection: Sendable {
    /// Newest first (date, then slug, descending).
    public let entries: [UpdateEntry]
    public let warnings: [UpdateWarning]

    /// Builds a collection from entries in any order; the result does not depend on that order.
    public init(entries: [UpdateEntry], warnings: [UpdateWarning] = []) {
        self.entries = entries.sorted(by: UpdateEntry.newestFirst)
        self.warnings = warnings.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < (
                $1.location.file, $1.location.line, $1.location.column
            )
        }
    }

    /// Loads every `*.md` in `directory` (files starting with `_` or `.` are skipped). A missing directory is empty.
    ///
    /// `displayPrefix` is how messages name the directory (`content/updates`).
    public static func load(directory: String, displayPrefix: String? = nil) throws(ParaReadyError) -> UpdateCollection
    {
        let shown = displayPrefix ?? directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            return UpdateCollection(entries: [])
        }
        guard isDirectory.boolValue else {
            throw ParaReadyError(.io, "expected a directory of updates", file: shown)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ParaReadyError(.io, "cannot list directory", file: shown, causes: ["\(error)"])
        }
        var entries: [UpdateEntry] = []
        var warnings: [UpdateWarning] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix("_") && !name.hasPrefix(".") {
            let path = shown + "/" + name
            let text = try TextFile.read(directory + "/" + name, displayPath: path)
            let parsed = try UpdateEntry.parse(text, path: path, fileName: name)
            entries.append(parsed.entry)
            warnings += parsed.warnings
        }
        return UpdateCollection(entries: entries, warnings: warnings)
    }

    /// Tags in use, in vocabulary order, with how many entries carry each.
    public var tags: [(tag: String, count: Int)] {
        var counts: [String: Int] = [:]
        for entry in entries { for tag in entry.tags { counts[tag, default: 0] += 1 } }
        return UpdateVocabulary.sorted(counts.keys).map { ($0, counts[$0]!) }
    }

    /// Entries carrying `tag`, newest first.
    public func entries(tagged tag: String) -> [UpdateEntry] {
        entries.filter { $0.tags.contains(tag) }
    }

    /// The latest update, if any.
    public var latest: UpdateEntry? { entries.first }

    /// The newest content date of all entries (nil when there are none).
    public var lastModified: ContentDate? { entries.map(\.lastModified).max() }

    /// Every milestone's latest status, built from all entries.
    public var timeline: MilestoneTimeline { MilestoneTimeline(entries: entries) }
}
