import Foundation
import ParaReadyCore

/// The update entries already in a content directory, indexed by the forum post their `source` names.
struct ExistingUpdates {
    /// A forum post: host, topic id and post number (the topic slug may change upstream, these do not).
    struct Key: Hashable {
        var host: String
        var topic: Int
        var post: Int
    }

    struct Entry {
        var fileName: String
        var entry: UpdateEntry
        /// The front matter as written, line by line, without the fences.
        var frontMatterLines: [String]
    }

    var entries: [Key: Entry] = [:]
    var fileNames: Set<String> = []

    /// Parses every entry in `directory`; one that does not parse stops the import.
    static func load(directory: String, displayDirectory: String) throws(ParaReadyError) -> ExistingUpdates {
        var result = ExistingUpdates()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return result }
        guard isDirectory.boolValue else { throw ParaReadyError(.io, "expected a directory", file: displayDirectory) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ParaReadyError(.io, "cannot list directory", file: displayDirectory, causes: ["\(error)"])
        }
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") && !name.hasPrefix("_") {
            result.fileNames.insert(name)
            let shown = displayDirectory + "/" + name
            let text = try TextFile.read(directory + "/" + name, displayPath: shown)
            let entry = try UpdateEntry.parse(text, path: shown, fileName: name).entry
            guard let source = entry.source, let post = DiscourseTopic.parseTopicURL(source) else { continue }
            let key = Key(host: DiscourseImporter.host(of: post.forum), topic: post.topic, post: post.post ?? 1)
            if let other = result.entries[key] {
                throw ParaReadyError(
                    .conflict, "\(name) and \(other.fileName) both import \(source)", file: shown)
            }
            let split = try FrontMatterText(text, path: shown)
            result.entries[key] = Entry(
                fileName: name, entry: entry,
                frontMatterLines: split.yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return result
    }
}
