import Foundation
import ParaReadyCore

/// A Discourse topic as read from a saved export (topic RSS or topic JSON), before conversion.
public struct DiscourseTopic: Sendable {
    /// Which kind of export the topic came from.
    public enum Format: String, Sendable {
        case rss
        case json
    }

    /// One post of the topic.
    public struct Post: Sendable {
        public var postNumber: Int
        /// The post's database id (topic JSON only).
        public var postID: Int?
        public var username: String
        /// The display name, when the forum shows names.
        public var name: String?
        public var created: ContentDate
        /// The last edit (topic JSON `updated_at` when `version` > 1); RSS exports do not carry it.
        public var edited: ContentDate?
        /// `updated_at` as exported, whether or not the post was edited (topic JSON only).
        public var updatedAt: ContentDate?
        /// The post's HTML ("cooked"), untrusted.
        public var html: String
        /// Where the post is in the export file.
        public var location: SourceLocation
        /// Why the post is not imported (a moderator note, hidden, deleted), if so.
        public var skipReason: String?
    }

    public var format: Format
    /// Scheme and host of the forum (`https://forum.polkadot.network`).
    public var forumURL: String
    public var topicID: Int
    public var slug: String
    public var title: String
    public var posts: [Post]
    /// RSS `lastBuildDate` (when the topic was last bumped), the only time an RSS export gives beyond posts.
    public var lastBuildDate: ContentDate?
    /// How many posts the topic has (topic JSON `post_stream.stream`), when the export says.
    public var totalPosts: Int?

    /// The canonical URL of post `number`: `https://host/t/slug/id/number`.
    public func url(ofPost number: Int) -> String {
        "\(forumURL)/t/\(slug)/\(topicID)/\(number)"
    }

    /// Reads an export, deciding the format from its first character (`<` RSS, `{` JSON).
    public static func read(
        _ text: String, path: String, forumURL: String
    ) throws(ParaReadyError) -> DiscourseTopic {
        let start = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        switch start {
        case "<": return try DiscourseRSSReader.read(text, path: path)
        case "{", "[": return try DiscourseJSONReader.read(text, path: path, forumURL: forumURL)
        case nil: throw ParaReadyError(.syntax, "the export is empty", file: path)
        default:
            throw ParaReadyError(
                .syntax, "not a Discourse topic export: expected the topic RSS (<rss …>) or topic JSON ({…})",
                file: path)
        }
    }

    /// Splits a topic URL (`https://host/t/slug/6176[/3]`) into forum, slug, topic id and post number.
    static func parseTopicURL(_ url: String) -> (forum: String, slug: String, topic: Int, post: Int?)? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        guard let pathStart = afterScheme.firstIndex(of: "/") else { return nil }
        let forum = String(url[..<pathStart])
        var path = afterScheme[pathStart...]
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        var parts = path.split(separator: "/").map(String.init)
        if parts.last?.hasSuffix(".rss") == true || parts.last?.hasSuffix(".json") == true {
            let last = parts.removeLast()
            parts.append(String(last.prefix { $0 != "." }))
        }
        guard let t = parts.firstIndex(of: "t") else { return nil }
        let rest = Array(parts[(t + 1)...])
        // /t/slug/id[/n] or /t/id[/n]
        if rest.count >= 2, let topic = Int(rest[1]) {
            return (forum, rest[0], topic, rest.count >= 3 ? Int(rest[2]) : nil)
        }
        if rest.count >= 1, let topic = Int(rest[0]) {
            return (forum, "topic", topic, rest.count >= 2 ? Int(rest[1]) : nil)
        }
        return nil
    }
}
