import ParaReadyCore

/// Reads a saved topic JSON (`/t/<id>.json`): the topic's `id`, `slug`, `title` and `post_stream.posts`.
enum DiscourseJSONReader {
    static func read(_ text: String, path: String, forumURL: String) throws(ParaReadyError) -> DiscourseTopic {
        let root = try LocatedJSON.parse(text, path: path)
        guard case .object = root else {
            throw ParaReadyError(
                .invalidValue, "a topic JSON export is an object, not \(root.kindName)", at: root.location)
        }
        let topicID = try int(root, "id", in: "the topic")
        let slug = try string(root, "slug", in: "the topic")
        let title = try string(root, "title", in: "the topic")
        guard let stream = root["post_stream"] else {
            throw ParaReadyError(
                .invalidValue, "missing `post_stream`: save the topic JSON (/t/<id>.json), not a topic list",
                at: root.location)
        }
        guard let postValues = stream["posts"]?.array else {
            throw ParaReadyError(.invalidValue, "`post_stream.posts` must be an array", at: stream.location)
        }
        var posts: [DiscourseTopic.Post] = []
        for value in postValues {
            guard case .object = value else {
                throw ParaReadyError(
                    .invalidValue, "a post must be an object, not \(value.kindName)", at: value.location)
            }
            let number = try int(value, "post_number", in: "the post")
            let context = "post \(number)"
            if let topic = value["topic_id"]?.int, topic != topicID {
                throw ParaReadyError(
                    .invalidValue, "\(context) belongs to topic \(topic), not \(topicID)", at: value.location)
            }
            let created = try date(value, "created_at", in: context)
            let updatedAt = try value["updated_at"].flatMap { v throws(ParaReadyError) in
                v.isNull ? nil : try date(value, "updated_at", in: context)
            }
            let version = value["version"]?.int ?? 1
            var skip: String?
            if let type = value["post_type"]?.int, type != 1 {
                skip = type == 4 ? "a whisper" : "a moderator or system note"
            } else if value["hidden"]?.bool == true {
                skip = "hidden by the forum"
            } else if let deleted = value["deleted_at"], !deleted.isNull {
                skip = "deleted"
            } else if value["user_deleted"]?.bool == true {
                skip = "deleted by its author"
            }
            let name = value["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
            posts.append(
                DiscourseTopic.Post(
                    postNumber: number, postID: value["id"]?.int, username: try string(value, "username", in: context),
                    name: name, created: created, edited: version > 1 ? updatedAt.map { max($0, created) } : nil,
                    updatedAt: updatedAt, html: try string(value, "cooked", in: context, allowEmpty: true),
                    location: value.location, skipReason: skip))
        }
        let total = stream["stream"]?.array?.count
        return DiscourseTopic(
            format: .json, forumURL: forumURL, topicID: topicID, slug: slug, title: title, posts: posts,
            lastBuildDate: nil, totalPosts: total)
    }

    static func member(_ object: LocatedJSON, _ key: String, in context: String) throws(ParaReadyError) -> LocatedJSON {
        guard let value = object[key] else {
            throw ParaReadyError(.invalidValue, "\(context) has no `\(key)`", at: object.location)
        }
        return value
    }

    static func int(_ object: LocatedJSON, _ key: String, in context: String) throws(ParaReadyError) -> Int {
        let value = try member(object, key, in: context)
        guard let number = value.int else {
            throw ParaReadyError(
                .invalidValue, "`\(key)` of \(context) must be an integer, not \(value.kindName)", at: value.location)
        }
        return number
    }

    static func string(
        _ object: LocatedJSON, _ key: String, in context: String, allowEmpty: Bool = false
    ) throws(ParaReadyError) -> String {
        let value = try member(object, key, in: context)
        guard let text = value.string else {
            throw ParaReadyError(
                .invalidValue, "`\(key)` of \(context) must be a string, not \(value.kindName)", at: value.location)
        }
        guard allowEmpty || !text.isEmpty else {
            throw ParaReadyError(.invalidValue, "`\(key)` of \(context) is empty", at: value.location)
        }
        return text
    }

    static func date(_ object: LocatedJSON, _ key: String, in context: String) throws(ParaReadyError) -> ContentDate {
        let value = try member(object, key, in: context)
        guard let text = value.string, let date = ContentDate(iso: text), date.hasTime else {
            throw ParaReadyError(
                .invalidValue, "`\(key)` of \(context) must be an ISO 8601 date-time", at: value.location)
        }
        return date
    }
}
