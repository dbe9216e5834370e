import Foundation
import ParaReadyCore

/// Turns a saved Discourse topic export into update entries in `content/updates/`, one per post.
///
/// Import is planned in full before anything is written: the export is read and checked, every existing entry
/// is parsed, and every new file text is built. Only then are files written, each atomically. Posts are matched
/// to entries through the entry's `source` URL (forum host, topic id and post number), so running an import
/// twice changes nothing, and a post whose converted body changed upstream gets a new body and `updated`.
/// Front matter a maintainer added (title, tags, milestones) is kept on such an update.
public struct DiscourseImporter: Sendable {
    /// How to import.
    public struct Options: Sendable {
        /// Only posts created on or after this date.
        public var since: ContentDate?
        /// The forum's address, for topic JSON exports (which do not carry it) and relative links.
        public var forumURL: String

        public init(since: ContentDate? = nil, forumURL: String = "https://forum.polkadot.network") {
            self.since = since
            var url = forumURL
            while url.hasSuffix("/") { url.removeLast() }
            self.forumURL = url
        }
    }

    /// One file the import writes.
    public struct Change: Hashable, Sendable {
        public enum Kind: String, Sendable {
            case create
            case update
        }

        public var kind: Kind
        /// File name inside the content directory.
        public var fileName: String
        public var postNumber: Int
        public var text: String
        /// What the sanitiser removed from the post (`script element`, `javascript: link`), sorted.
        public var removed: [String]
    }

    /// What an import would do.
    public struct Plan: Sendable {
        public var topic: DiscourseTopic
        /// Files to write, in post order.
        public var changes: [Change]
        /// Posts already imported and unchanged.
        public var unchanged: [Int]
        /// Posts left out and why (`3: before --since`).
        public var skipped: [(post: Int, reason: String)]
        /// Notes for the user (a partial topic JSON).
        public var notes: [String]
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Plans the import of the export `text` (named `exportPath` in messages) into `directory`.
    public func plan(
        exportText text: String, exportPath: String, directory: String, displayDirectory: String? = nil
    ) throws(ParaReadyError) -> Plan {
        let topic = try DiscourseTopic.read(text, path: exportPath, forumURL: options.forumURL)
        let existing = try ExistingUpdates.load(directory: directory, displayDirectory: displayDirectory ?? directory)
        var changes: [Change] = []
        var unchanged: [Int] = []
        var skipped: [(Int, String)] = []
        var notes: [String] = []
        var seen: Set<Int> = []
        if let total = topic.totalPosts, total > topic.posts.count {
            notes.append(
                "the export holds \(topic.posts.count) of the topic's \(total) posts; save the rest with "
                    + "\(topic.forumURL)/t/\(topic.topicID)/posts.json?post_ids[]=… and import that too")
        }
        for post in topic.posts.sorted(by: { $0.postNumber < $1.postNumber }) {
            guard seen.insert(post.postNumber).inserted else {
                throw ParaReadyError(
                    .invalidValue, "post \(post.postNumber) appears twice in the export", at: post.location)
            }
            if let reason = post.skipReason {
                skipped.append((post.postNumber, reason))
                continue
            }
            if let since = options.since, post.created < since.day {
                skipped.append((post.postNumber, "before --since \(since.isoDay)"))
                continue
            }
            var converter = HTMLToMarkdown(baseURL: topic.forumURL + "/")
            let tree = HTMLNode.parse(post.html)
            let body = converter.convert(tree.children)
            guard !body.isEmpty else {
                skipped.append((post.postNumber, "nothing left after sanitising"))
                continue
            }
            let key = ExistingUpdates.Key(
                host: Self.host(of: topic.forumURL), topic: topic.topicID, post: post.postNumber)
            let removed = converter.removed.sorted()
            if let entry = existing.entries[key] {
                guard let text = try updatedText(of: entry, body: body, post: post, topic: topic) else {
                    unchanged.append(post.postNumber)
                    continue
                }
                changes.append(
                    Change(
                        kind: .update, fileName: entry.fileName, postNumber: post.postNumber, text: text,
                        removed: removed))
            } else {
                let fileName = Self.fileName(topic: topic, post: post)
                guard !existing.fileNames.contains(fileName), !changes.contains(where: { $0.fileName == fileName })
                else {
                    throw ParaReadyError(
                        .conflict, "\(fileName) already exists but its `source` is not post \(post.postNumber)",
                        at: post.location)
                }
                let text = newEntryText(post: post, topic: topic, tree: tree, body: body)
                changes.append(
                    Change(kind: .create, fileName: fileName, postNumber: post.postNumber, text: text, removed: removed)
                )
            }
        }
        // Every planned file must itself be a valid update, or nothing is written.
        for change in changes {
            _ = try UpdateEntry.parse(change.text, path: (displayDirectory ?? directory) + "/" + change.fileName)
        }
        return Plan(topic: topic, changes: changes, unchanged: unchanged, skipped: skipped, notes: notes)
    }

    /// Writes the planned files into `directory` (created if missing), each atomically.
    public func apply(_ plan: Plan, directory: String) throws(ParaReadyError) {
        guard !plan.changes.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ParaReadyError(.io, "cannot create the updates directory", file: directory, causes: ["\(error)"])
        }
        for change in plan.changes {
            try AtomicFile.write(change.text, to: directory + "/" + change.fileName)
        }
    }

    // MARK: Entry text

    /// `YYYY-MM-DD-<topic-slug>-<post number>.md`.
    static func fileName(topic: DiscourseTopic, post: DiscourseTopic.Post) -> String {
        var slug = ""
        for scalar in topic.slug.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if keep {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty || slug == "topic" { slug = "topic-\(topic.topicID)" }
        return "\(post.created.isoDay)-\(slug.prefix(60))-\(post.postNumber).md"
            .replacingOccurrences(of: "--", with: "-")
    }

    static func host(of url: String) -> String {
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? url[...]
        return String(afterScheme.prefix { $0 != "/" && $0 != ":" }).lowercased()
    }

    func newEntryText(post: DiscourseTopic.Post, topic: DiscourseTopic, tree: HTMLNode, body: String) -> String {
        let title = PostSummary.title(of: tree) ?? "\(topic.title) (post \(post.postNumber))"
        let author = post.name ?? post.username
        var lines = ["---", "title: \(Self.yamlString(title))", "date: \(post.created.rfc3339)"]
        if let edited = post.edited, edited > post.created { lines.append("updated: \(edited.rfc3339)") }
        lines.append("authors: [\(Self.yamlString(author))]")
        let tags = PostSummary.tags(of: tree)
        if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
        lines.append("source: \(topic.url(ofPost: post.postNumber))")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body
    }

    /// The entry's new text when the post's body changed, else nil. Only `updated` and the body change.
    func updatedText(
        of entry: ExistingUpdates.Entry, body: String, post: DiscourseTopic.Post, topic: DiscourseTopic
    ) throws(ParaReadyError) -> String? {
        let oldBody = entry.entry.body.trimmingCharacters(in: .newlines)
        guard oldBody != body.trimmingCharacters(in: .newlines) else { return nil }
        // The edit time: topic JSON says it; RSS does not, so its topic bump time is the best available bound.
        var candidates = [post.created, entry.entry.lastModified]
        if let edited = post.edited ?? post.updatedAt { candidates.append(edited) }
        if topic.format == .rss, let bumped = topic.lastBuildDate { candidates.append(bumped) }
        let updated = candidates.max()!
        var frontMatter = entry.frontMatterLines
        let line = "updated: \(updated.rfc3339)"
        if let index = frontMatter.firstIndex(where: { $0.hasPrefix("updated:") }) {
            frontMatter[index] = line
        } else if let index = frontMatter.firstIndex(where: { $0.hasPrefix("date:") }) {
            frontMatter.insert(line, at: index + 1)
        } else {
            frontMatter.append(line)
        }
        return "---\n" + frontMatter.joined(separator: "\n") + "\n---\n\n" + body
    }

    /// A double-quoted YAML scalar.
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
